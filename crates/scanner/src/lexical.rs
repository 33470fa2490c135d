//! Lexical questions about source text, answered without parsing (prefilters).

/// Whether a byte can be part of a Go identifier (any non-ASCII byte is taken to be).
pub fn is_ident(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b >= 0x80
}

/// The positions where `name` occurs as a whole identifier followed (after blanks) by `(`,
/// `[…](` (an instantiation called) or `)(`: a call. Comments and strings may give false
/// candidates; no call is missed.
pub fn call_sites<'s>(src: &'s [u8], name: &'s str) -> impl Iterator<Item = usize> + 's {
    let name = name.as_bytes();
    memchr::memmem::find_iter(src, name).filter(move |&at| {
        if at > 0 && is_ident(src[at - 1]) {
            return false;
        }
        let rest = &src[at + name.len()..];
        if rest.first().is_some_and(|b| is_ident(*b)) {
            return false;
        }
        called_next(rest)
    })
}

/// Whether the name ending at `end` is a callee (followed by `(`, `[…](`, or `)(`).
pub fn is_called(src: &[u8], end: usize) -> bool {
    called_next(&src[end..])
}

/// Whether the name ending at `end` is called as a variable is (followed by `(` or `)(`; a
/// variable is never instantiated).
pub fn is_called_directly(src: &[u8], end: usize) -> bool {
    let rest = &src[end..];
    match next_token(rest) {
        Some((b'(', _)) => true,
        Some((b')', at)) => matches!(next_token(&rest[at + 1..]), Some((b'(', _))),
        _ => false,
    }
}

/// Whether what follows a name makes it a callee: `(`, an instantiation and `(` (`[T](`;
/// not an index or a slice, `x[i]`, `x[:n]`), or `)(` for a parenthesised callee
/// (`(g.Go)(f)`).
fn called_next(rest: &[u8]) -> bool {
    match next_token(rest) {
        Some((b'(', _)) => true,
        Some((b'[', at)) => match closing_bracket(&rest[at..]) {
            Some(close) => {
                let after = &rest[at + close + 1..];
                match next_token(after) {
                    Some((b'(', _)) => true,
                    Some((b')', p)) => matches!(next_token(&after[p + 1..]), Some((b'(', _))),
                    _ => false,
                }
            }
            None => true,
        },
        Some((b')', at)) => matches!(next_token(&rest[at + 1..]), Some((b'(', _))),
        _ => false,
    }
}

/// How far into `rest` (which starts with `[`) its matching `]` is, looked for within
/// [`MAX_INSTANTIATION`] bytes (comments and literals not told apart); `None` when not found
/// there.
fn closing_bracket(rest: &[u8]) -> Option<usize> {
    let mut depth = 0usize;
    for (i, b) in rest.iter().take(MAX_INSTANTIATION).enumerate() {
        match b {
            b'[' | b'(' | b'{' => depth += 1,
            b']' | b')' | b'}' => {
                depth = depth.checked_sub(1)?;
                if depth == 0 {
                    return (*b == b']').then_some(i);
                }
            }
            _ => {}
        }
    }
    None
}

/// How many bytes an instantiation's brackets are looked through for (a longer one is
/// taken for a call).
const MAX_INSTANTIATION: usize = 256;

/// The first byte of `rest` that is not blank or inside a comment, and its offset.
fn next_token(rest: &[u8]) -> Option<(u8, usize)> {
    let mut i = 0;
    while i < rest.len() {
        match rest[i] {
            b' ' | b'\t' | b'\r' | b'\n' => i += 1,
            b'/' if rest.get(i + 1) == Some(&b'/') => {
                i = rest[i..]
                    .iter()
                    .position(|b| *b == b'\n')
                    .map_or(rest.len(), |p| i + p);
            }
            b'/' if rest.get(i + 1) == Some(&b'*') => {
                i = memchr::memmem::find(&rest[i + 2..], b"*/")
                    .map_or(rest.len(), |p| i + 2 + p + 2);
            }
            b => return Some((b, i)),
        }
    }
    None
}

/// Whether `name` occurs in `src` as a whole identifier (comments and literals included: a
/// false candidate only costs a parse).
pub fn has_identifier(src: &[u8], name: &str) -> bool {
    memchr::memmem::find_iter(src, name.as_bytes()).any(|at| is_whole_word(src, at, name.len()))
}

/// The offsets of `name` as a whole word in `src` (plain text: comments and literals
/// included).
pub fn identifier_offsets<'s>(src: &'s [u8], name: &'s [u8]) -> impl Iterator<Item = usize> + 's {
    memchr::memmem::find_iter(src, name).filter(move |&at| is_whole_word(src, at, name.len()))
}

/// Whether the `len` bytes at `at` are a whole identifier (no identifier byte on either side).
fn is_whole_word(src: &[u8], at: usize, len: usize) -> bool {
    let before = at > 0 && is_ident(src[at - 1]);
    let after = src.get(at + len).is_some_and(|b| is_ident(*b));
    !before && !after
}

/// Whether `src` may assign variable `name` with `=` (lexically and generously): the name
/// as a whole word followed, after blanks, by `=` but not `==`, or by `,` (a tuple
/// assignment's target, or any list), or by a comment (which may stand before either).
/// Comments and literals may give false candidates.
pub fn may_be_assigned(src: &[u8], name: &str) -> bool {
    memchr::memmem::find_iter(src, name.as_bytes()).any(|at| {
        if !is_whole_word(src, at, name.len()) {
            return false;
        }
        let rest = &src[at + name.len()..];
        let next = rest.iter().position(|b| !matches!(b, b' ' | b'\t' | b'\r'));
        match next.map(|i| (rest[i], rest.get(i + 1))) {
            Some((b',', _)) | Some((b'/', Some(b'*'))) => true,
            Some((b'=', next)) => next != Some(&b'='),
            _ => false,
        }
    })
}

/// Every identifier followed (after blanks) by `(` or `[`, in order: the names a piece of
/// code may call.
pub fn called_identifiers(src: &[u8]) -> impl Iterator<Item = &[u8]> {
    identifiers_of(src).filter(move |name| {
        let end = name.as_ptr() as usize - src.as_ptr() as usize + name.len();
        called_next(&src[end..])
    })
}

/// Every identifier, in order, called or not (comments and literals included): the names a
/// piece of code may call, or take as a function value to call later.
pub fn identifiers(src: &[u8]) -> impl Iterator<Item = &[u8]> {
    identifiers_of(src)
}

fn identifiers_of(src: &[u8]) -> impl Iterator<Item = &[u8]> {
    let mut i = 0;
    std::iter::from_fn(move || {
        while i < src.len() {
            if !is_ident(src[i]) || src[i].is_ascii_digit() {
                i += 1;
                continue;
            }
            let start = i;
            while i < src.len() && is_ident(src[i]) {
                i += 1;
            }
            return Some(&src[start..i]);
        }
        None
    })
}

/// Whether the code right before `at` ends with a `.`, blanks and comments aside (Go allows
/// both between a selector's dot and its name). Over-approximates: a line comment is tried
/// from each `//` of its line, so a `//` inside a string can only add candidates.
pub fn dot_before(src: &[u8], at: usize) -> bool {
    selector_dots(src, at).next().is_some()
}

/// The offsets of the dots that may select the name at `at` (see [`dot_before`]): the `.`
/// right before it (blanks aside), or one before comments between them, each candidate
/// start of a line comment tried (at most 64).
pub fn selector_dots(src: &[u8], at: usize) -> impl Iterator<Item = usize> + '_ {
    let mut starts = vec![at];
    let mut tried = 1;
    std::iter::from_fn(move || {
        while let Some(mut i) = starts.pop() {
            loop {
                while i > 0 && matches!(src[i - 1], b' ' | b'\t' | b'\r' | b'\n') {
                    i -= 1;
                }
                if i == 0 {
                    break;
                }
                if src[i - 1] == b'.' {
                    return Some(i - 1);
                }
                if i >= 2 && &src[i - 2..i] == b"*/" {
                    match memchr::memmem::rfind(&src[..i - 2], b"/*") {
                        Some(open) => {
                            i = open;
                            continue;
                        }
                        None => break,
                    }
                }
                // The text before `i` on its line may be a line comment that follows the dot.
                let line = memchr::memrchr(b'\n', &src[..i]).map_or(0, |p| p + 1);
                for p in memchr::memmem::find_iter(&src[line..i], b"//") {
                    if tried == 64 {
                        break;
                    }
                    tried += 1;
                    starts.push(line + p);
                }
                break;
            }
        }
        None
    })
}

/// The identifier ending right before `at` when `src[at - 1]` is a `.` (the `q` of `q.Name`).
pub fn qualifier_before(src: &[u8], at: usize) -> Option<&[u8]> {
    if at < 2 || src[at - 1] != b'.' {
        return None;
    }
    let end = at - 1;
    let start = src[..end]
        .iter()
        .rposition(|b| !is_ident(*b))
        .map_or(0, |p| p + 1);
    (start < end).then(|| &src[start..end])
}

/// A token Go's scanner would never close: the whole rest of the file is inside it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unterminated {
    /// `/*` without `*/`.
    Comment,
    /// A raw string without its closing backquote.
    RawString,
}

impl Unterminated {
    /// Go's scanner's message for it.
    pub fn message(self) -> &'static str {
        match self {
            Unterminated::Comment => "comment not terminated",
            Unterminated::RawString => "raw string literal not terminated",
        }
    }
}

/// What one pass over a file's tokens finds, comments and literals told apart from code.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CodeScan {
    /// The keyword `go` occurs in code (not in a comment or literal): the file has a `go`
    /// statement, or a syntax error where one was meant.
    pub has_go_keyword: bool,
    /// An unterminated block comment or raw string, and the offset where it starts.
    pub unterminated: Option<(usize, Unterminated)>,
    /// Where the brackets first go wrong, if they do: see [`BracketBreak`].
    pub bracket_break: Option<BracketBreak>,
}

/// The first place where a file's brackets do not pair up, found lexically. Used to place a
/// syntax error when the parser's recovery blames the whole file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BracketBreak {
    /// A closing bracket with no matching opener (or the wrong one), at this offset.
    Unexpected(usize),
    /// A top-level declaration keyword (`func`, `type`, `var`, `const`, `import` at the start
    /// of a line) while a bracket is still open: the block before it was never closed.
    DeclInBlock(usize),
    /// Brackets still open at the end of the file.
    Eof,
}

/// Scans `src` once, linearly, knowing comments, interpreted and raw strings and rune
/// literals. An unterminated interpreted string or rune literal ends at its line's end, as
/// Go's scanner ends it; an unterminated block comment or raw string ends the scan.
///
/// Only a few bytes start something the scan looks at (brackets, `/`, quotes, `g` and line
/// breaks, see [`SCAN_STOPS`]); everything else is stepped over a table lookup at a time.
/// A stop inside an identifier is no word start: the byte before it is an identifier byte.
pub fn scan_code(src: &[u8]) -> CodeScan {
    let mut out = CodeScan::default();
    let mut open: Vec<u8> = Vec::new();
    let n = src.len();
    let mut i = 0;
    while i < n {
        // To the next byte that starts something (a tight loop over the rest).
        match src[i..].iter().position(|&b| SCAN_STOPS[b as usize]) {
            Some(skip) => i += skip,
            None => break,
        }
        let b = src[i];
        match b {
            b'(' | b'[' | b'{' => {
                open.push(b);
                i += 1;
            }
            b')' | b']' | b'}' => {
                let opener = match b {
                    b')' => b'(',
                    b']' => b'[',
                    _ => b'{',
                };
                if open.pop() != Some(opener) && out.bracket_break.is_none() {
                    out.bracket_break = Some(BracketBreak::Unexpected(i));
                }
                i += 1;
            }
            b'/' if src.get(i + 1) == Some(&b'/') => {
                i = memchr::memchr(b'\n', &src[i..]).map_or(n, |p| i + p + 1);
                if i < n {
                    note_line_start(src, i, &open, &mut out);
                }
            }
            b'/' if src.get(i + 1) == Some(&b'*') => {
                match memchr::memmem::find(&src[i + 2..], b"*/") {
                    Some(p) => i = i + 2 + p + 2,
                    None => {
                        out.unterminated = Some((i, Unterminated::Comment));
                        return out;
                    }
                }
            }
            b'`' => match memchr::memchr(b'`', &src[i + 1..]) {
                Some(p) => i = i + 1 + p + 1,
                None => {
                    out.unterminated = Some((i, Unterminated::RawString));
                    return out;
                }
            },
            b'"' | b'\'' => i = skip_quoted(src, i, b),
            b'\n' => {
                i += 1;
                note_line_start(src, i, &open, &mut out);
            }
            b'g' => {
                let word_start = i == 0 || !is_ident(src[i - 1]);
                if word_start
                    && src.get(i + 1) == Some(&b'o')
                    && src.get(i + 2).is_none_or(|&c| !is_ident(c))
                {
                    out.has_go_keyword = true;
                }
                i += 1;
            }
            _ => i += 1,
        }
    }
    if !open.is_empty() && out.bracket_break.is_none() {
        out.bracket_break = Some(BracketBreak::Eof);
    }
    out
}

/// The bytes [`scan_code`] stops at: brackets, `/` (comments), quotes, `g` (the `go`
/// keyword) and line breaks (a declaration keyword at a line's start).
const SCAN_STOPS: [bool; 256] = {
    let mut t = [false; 256];
    let stops = b"()[]{}/`\"'g\n";
    let mut k = 0;
    while k < stops.len() {
        t[stops[k] as usize] = true;
        k += 1;
    }
    t
};

/// At the start of a line (`at`, just after a line break, or 0): a top-level declaration
/// keyword there while a bracket is open is where the brackets first go wrong, if nothing
/// went wrong before.
fn note_line_start(src: &[u8], at: usize, open: &[u8], out: &mut CodeScan) {
    if open.is_empty() || out.bracket_break.is_some() {
        return;
    }
    let rest = &src[at..];
    let word = rest
        .iter()
        .position(|&c| !is_ident(c))
        .unwrap_or(rest.len());
    if matches!(
        &rest[..word],
        b"func" | b"type" | b"var" | b"const" | b"import"
    ) {
        out.bracket_break = Some(BracketBreak::DeclInBlock(at));
    }
}

/// One past the interpreted string or rune literal whose quote `q` is at `start`: after its
/// closing quote, or at its line's end, where Go's scanner ends an unterminated one (an
/// escape never spans a line break).
pub(crate) fn skip_quoted(src: &[u8], start: usize, q: u8) -> usize {
    closed_quoted(src, start, q)
        .unwrap_or_else(|| memchr::memchr(b'\n', &src[start..]).map_or(src.len(), |p| start + p))
}

/// One past the closing quote of the interpreted string or rune literal whose quote `q` is
/// at `start`, when it is closed on its line.
fn closed_quoted(src: &[u8], start: usize, q: u8) -> Option<usize> {
    let mut i = start + 1;
    while let Some(&c) = src.get(i) {
        match c {
            b'\\' if src.get(i + 1) != Some(&b'\n') => i += 2,
            b'\n' => return None,
            c if c == q => return Some(i + 1),
            _ => i += 1,
        }
    }
    None
}

/// One past the string, rune or raw string literal whose opening quote is at `start`, when
/// it is closed: an interpreted one on its line, a raw one anywhere after. `None` when it
/// is not (or `start` holds no quote).
pub fn closed_literal_end(src: &[u8], start: usize) -> Option<usize> {
    match src.get(start)? {
        b'`' => memchr::memchr(b'`', &src[start + 1..]).map(|p| start + 1 + p + 1),
        &q @ (b'"' | b'\'') => closed_quoted(src, start, q),
        _ => None,
    }
}

/// The first token of a file (after a byte-order mark, blanks and comments) as Go's parser
/// names it in "expected 'package', found …": keywords and operators quoted, identifiers and
/// literals as written, `'EOF'` at the end. With its offset.
pub fn first_token(src: &[u8]) -> (usize, String) {
    let mut i = if src.starts_with(b"\xEF\xBB\xBF") {
        3
    } else {
        0
    };
    match next_token(&src[i..]) {
        None => return (src.len(), "'EOF'".to_string()),
        Some((_, at)) => i += at,
    }
    let rest = &src[i..];
    let word = rest
        .iter()
        .position(|b| !is_ident(*b))
        .unwrap_or(rest.len());
    if word == 0 {
        let c = String::from_utf8_lossy(&rest[..1]).into_owned();
        return (i, format!("'{c}'"));
    }
    let text = String::from_utf8_lossy(&rest[..word]).into_owned();
    const KEYWORDS: [&str; 25] = [
        "break",
        "case",
        "chan",
        "const",
        "continue",
        "default",
        "defer",
        "else",
        "fallthrough",
        "for",
        "func",
        "go",
        "goto",
        "if",
        "import",
        "interface",
        "map",
        "package",
        "range",
        "return",
        "select",
        "struct",
        "switch",
        "type",
        "var",
    ];
    if KEYWORDS.contains(&text.as_str()) {
        (i, format!("'{text}'"))
    } else {
        (i, text)
    }
}

#[cfg(test)]
/// The byte-at-a-time form of [`scan_code`] (its reference in tests): scans `src` once, linearly, knowing comments, interpreted and raw strings and rune
/// literals. An unterminated interpreted string or rune literal ends at its line's end, as
/// Go's scanner ends it; an unterminated block comment or raw string ends the scan.
pub(crate) fn scan_code_bytewise(src: &[u8]) -> CodeScan {
    let mut out = CodeScan::default();
    let mut open: Vec<u8> = Vec::new();
    let mut i = 0;
    let n = src.len();
    while i < n {
        match src[i] {
            b @ (b'(' | b'[' | b'{') => {
                open.push(b);
                i += 1;
            }
            b @ (b')' | b']' | b'}') => {
                let opener = match b {
                    b')' => b'(',
                    b']' => b'[',
                    _ => b'{',
                };
                if open.pop() != Some(opener) && out.bracket_break.is_none() {
                    out.bracket_break = Some(BracketBreak::Unexpected(i));
                }
                i += 1;
            }
            b'/' if src.get(i + 1) == Some(&b'/') => {
                i = memchr::memchr(b'\n', &src[i..]).map_or(n, |p| i + p + 1);
            }
            b'/' if src.get(i + 1) == Some(&b'*') => {
                match memchr::memmem::find(&src[i + 2..], b"*/") {
                    Some(p) => i = i + 2 + p + 2,
                    None => {
                        out.unterminated = Some((i, Unterminated::Comment));
                        return out;
                    }
                }
            }
            b'`' => match memchr::memchr(b'`', &src[i + 1..]) {
                Some(p) => i = i + 1 + p + 1,
                None => {
                    out.unterminated = Some((i, Unterminated::RawString));
                    return out;
                }
            },
            q @ (b'"' | b'\'') => i = skip_quoted(src, i, q),
            c if is_ident(c) => {
                let start = i;
                while i < n && is_ident(src[i]) {
                    i += 1;
                }
                let word = &src[start..i];
                if word == b"go" {
                    out.has_go_keyword = true;
                } else if !open.is_empty()
                    && out.bracket_break.is_none()
                    && (start == 0 || src[start - 1] == b'\n')
                    && matches!(word, b"func" | b"type" | b"var" | b"const" | b"import")
                {
                    out.bracket_break = Some(BracketBreak::DeclInBlock(start));
                }
            }
            _ => i += 1,
        }
    }
    if !open.is_empty() && out.bracket_break.is_none() {
        out.bracket_break = Some(BracketBreak::Eof);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The table-driven scan finds what the byte-at-a-time reference finds: on token soup
    /// (keywords, brackets, comment and quote openers, line breaks, non-ASCII bytes) and on
    /// the repository's fixtures and the installed Go tree (when there is one).
    #[test]
    fn scan_code_matches_its_bytewise_reference() {
        const PIECES: [&[u8]; 24] = [
            b"go",
            b"g",
            b"o",
            b"func",
            b"type",
            b"var",
            b"import",
            b"\n",
            b" ",
            b"\t",
            b"(",
            b")",
            b"[",
            b"]",
            b"{",
            b"}",
            b"/",
            b"*",
            b"`",
            b"\"",
            b"'",
            b"\\",
            b"x1",
            "\u{e9}".as_bytes(),
        ];
        for src in goroutinectx_testkit::token_soups(&PIECES, 0x9e37_79b9_7f4a_7c15) {
            let soup = String::from_utf8_lossy(&src);
            assert_eq!(scan_code(&src), scan_code_bytewise(&src), "{soup:?}");
        }
        let src = crate::GoEnv::from_process().goroot_src();
        let files = goroutinectx_testkit::lexical_corpus(src.as_deref());
        for path in files {
            let src = std::fs::read(&path).unwrap_or_default();
            assert_eq!(
                scan_code(&src),
                scan_code_bytewise(&src),
                "{}",
                path.display()
            );
        }
    }

    #[test]
    fn finds_calls_only() {
        let src = b"g.Go(f); x := Gopher(); Go [int](y); var Go int; g.Go\n\t(h); g.Go /* c */ (i); (g.Go)(j); f(r.Go) + 1; n.Go[:2]; n.Go[i] = 1; n.Go[i][j](k); (x.Go[K, V])(l)";
        let at: Vec<usize> = call_sites(src, "Go").collect();
        assert_eq!(at.len(), 6, "{at:?}");
        assert_eq!(qualifier_before(src, at[0]), Some(&b"g"[..]));
        assert_eq!(qualifier_before(src, at[1]), None);
    }

    #[test]
    fn closed_literals() {
        assert_eq!(closed_literal_end(b"x \"a)\\\"b\" y", 2), Some(9));
        assert_eq!(closed_literal_end(b"'\\''", 0), Some(4));
        assert_eq!(closed_literal_end(b"`a\nb` c", 0), Some(5));
        assert_eq!(closed_literal_end(b"\"a\nb\"", 0), None, "not on its line");
        assert_eq!(
            closed_literal_end(b"\"a\\\nb\"", 0),
            None,
            "no escaped line break"
        );
        assert_eq!(closed_literal_end(b"`a", 0), None);
        assert_eq!(closed_literal_end(b"a", 0), None);
        assert_eq!(skip_quoted(b"\"a\nb", 0, b'"'), 2);
    }

    #[test]
    fn an_instantiation_is_looked_through_within_a_bound() {
        let long = format!("x.Go[{}](f)", "a, ".repeat(100));
        assert!(is_called(long.as_bytes(), 4));
        let long = format!("x.Go[{}]", "a, ".repeat(100));
        assert!(
            is_called(long.as_bytes(), 4),
            "past the bound: taken for a call"
        );
        assert!(!is_called(b"x.Go[a, b] = 1", 4));
        assert!(is_called(b"x.Go[a)(", 4), "unpaired: taken for a call");
    }

    #[test]
    fn identifiers_in_order() {
        let src = b"x := f(a) + g [int](b); 9z r.Go) _x \xc3\xa9t";
        let got: Vec<&[u8]> = identifiers(src).collect();
        assert_eq!(
            got,
            [
                &b"x"[..],
                b"f",
                b"a",
                b"g",
                b"int",
                b"b",
                b"z",
                b"r",
                b"Go",
                b"_x",
                "ét".as_bytes()
            ]
        );
    }

    /// Whether `name` occurs in `src` as a selected name, `x.name`.
    fn has_selected(src: &[u8], name: &str) -> bool {
        identifier_offsets(src, name.as_bytes()).any(|at| dot_before(src, at))
    }

    #[test]
    fn identifiers_and_selected_names() {
        let src = b"x := g.Go; y := Gopher; z := p.\n\tMap(f); Go2";
        assert!(has_identifier(src, "Go"));
        assert!(has_selected(src, "Go"));
        assert!(has_selected(src, "Map"));
        assert!(!has_identifier(src, "Goph"));
        assert!(!has_selected(b"func Go() {}; Go()", "Go"));
        assert!(has_selected(b"g. /* c */ Go(f)", "Go"));
        assert!(has_selected(b"g. // c\n\tGo(f)", "Go"));
        assert!(has_selected(b"x := \"a//b\"; g. // c // d\n Go(f)", "Go"));
        assert!(!has_selected(b"// just words\nGo(f)", "Go"));
        assert!(has_identifier(b"func Go() {}; Go()", "Go"));
    }

    #[test]
    fn code_scan_knows_comments_and_literals() {
        let s = scan_code(b"package a // go\n/* go */ var x = \"go\" + `go` + 'g'\n");
        assert!(!s.has_go_keyword);
        assert_eq!(s.unterminated, None);
        assert!(scan_code(b"package a\nfunc f() { go g() }").has_go_keyword);
        assert!(!scan_code(b"package a\nvar gopher, ago = 1, 2").has_go_keyword);
        // An unterminated string ends at the line's end.
        assert!(scan_code(b"package a\nvar s = \"x\ngo f()").has_go_keyword);
        assert!(scan_code(b"var s = \"\\\"\" + f(); go g()").has_go_keyword);
        let s = scan_code(b"package a\n/* go func() {}()\n");
        assert_eq!(s.unterminated, Some((10, Unterminated::Comment)));
        assert!(!s.has_go_keyword);
        assert_eq!(
            scan_code(b"package a\nfunc f() { g(x[1]) }").bracket_break,
            None
        );
        assert_eq!(
            scan_code(b"package a\nfunc f() { g(x]) }").bracket_break,
            Some(BracketBreak::Unexpected(24))
        );
        assert_eq!(
            scan_code(b"package a\nfunc f() {\nif x {\n}\nfunc g() {}\n").bracket_break,
            Some(BracketBreak::DeclInBlock(30))
        );
        assert_eq!(
            scan_code(b"package a\nfunc f() {\n").bracket_break,
            Some(BracketBreak::Eof)
        );
        let s = scan_code(b"package a\nvar s = `go\n");
        assert_eq!(s.unterminated, Some((18, Unterminated::RawString)));
    }

    #[test]
    fn first_tokens_as_go_names_them() {
        assert_eq!(first_token(b"func f() {}"), (0, "'func'".to_string()));
        assert_eq!(first_token(b"// c\n/* d */ foo"), (13, "foo".to_string()));
        assert_eq!(first_token(b"  \n"), (3, "'EOF'".to_string()));
        assert_eq!(first_token(b"{"), (0, "'{'".to_string()));
        assert_eq!(first_token(b"\xEF\xBB\xBFpackage a").1, "'package'");
    }
}
