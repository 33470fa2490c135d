//! The names a Go file declares at top level, read lexically (no parse).
//!
//! This lets a package answer "which file declares `X`?" for the price of a byte scan, so a
//! question about one declaration parses one file instead of the whole package. The scan
//! tracks bracket depth and line starts (Go's automatic semicolons), skipping comments and
//! string, raw string and rune literals. On malformed input it returns what it has seen;
//! callers treat a missing name as unknown.

use crate::lexical::is_ident;

/// Top-level declared names of one file.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DeclNames {
    pub funcs: Vec<String>,
    /// (receiver base type name, method name).
    pub methods: Vec<(String, String)>,
    pub types: Vec<String>,
    /// Types that may be aliases (`type A = T`; also `type A[...` which may be a generic
    /// alias or an array type): a type not listed here is certainly not an alias.
    pub maybe_aliases: Vec<String>,
    /// Plain aliases of a named type: `type A = q.B` as (`A`, `Some("q")`, `B`) and
    /// `type A = B` as (`A`, `None`, `B`).
    pub alias_targets: Vec<AliasTarget>,
    pub vars: Vec<String>,
    pub consts: Vec<String>,
}

/// A plain alias declaration `type Name = qualifier.Target` (see
/// [`DeclNames::alias_targets`]).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AliasTarget {
    pub name: String,
    pub qualifier: Option<String>,
    pub target: String,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Tok<'a> {
    Ident(&'a [u8]),
    Punct(u8),
    /// A number, string, raw string or rune literal.
    Literal,
    Other,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Lexer<'a> {
    src: &'a [u8],
    pos: usize,
    /// Where the last token returned starts.
    start: usize,
    /// A semicolon was automatically inserted before the current token: a newline (or a
    /// comment containing one) followed a token that ends a statement (Go's rule).
    newline: bool,
    /// Whether the previous token can end a statement (identifier, literal, closing bracket).
    ends_statement: bool,
}

impl<'a> Lexer<'a> {
    fn next(&mut self) -> Option<Tok<'a>> {
        let tok = self.lex();
        self.ends_statement = matches!(
            tok,
            Some(Tok::Ident(_) | Tok::Literal | Tok::Punct(b')' | b']' | b'}'))
        );
        tok
    }

    /// Just after an opening bracket: skips to the bracket that closes it (any kind; the
    /// brackets inside are only counted) and reads it, leaving the lexer as reading every
    /// token on the way would (see [`Lexer::skip_tokens`], the reference). `has_go`: set when
    /// the identifier `go` occurs on the way. `None` at the end of the input.
    ///
    /// Function bodies are most of a file's bytes and nothing in them is a declaration: this
    /// steps over them without making tokens (a table lookup per byte of blanks and
    /// operators, a tight loop per identifier, number or literal).
    fn skip_nested(&mut self, has_go: Option<&mut bool>) -> Option<()> {
        #[cfg(test)]
        let reference = {
            let mut slow = *self;
            let mut go = false;
            let found = slow.skip_tokens(Some(&mut go));
            (found, slow, go)
        };
        let mut go = false;
        let found = self.skip_bytes(&mut go);
        if let Some(g) = has_go {
            *g |= go;
        }
        #[cfg(test)]
        {
            let (want, slow, want_go) = reference;
            assert_eq!(found, want, "skip_nested result at {}", self.pos);
            if found.is_some() {
                assert_eq!((*self, go), (slow, want_go), "skip_nested state");
            }
        }
        found
    }

    /// [`Lexer::skip_nested`] by bytes.
    fn skip_bytes(&mut self, has_go: &mut bool) -> Option<()> {
        let src = self.src;
        let mut depth = 1usize;
        let mut i = self.pos;
        // Since the last token: a line break outside tokens (Go's automatic semicolon).
        let mut saw_newline = false;
        // Whether the last token can end a statement (the opening bracket cannot).
        let mut prev_ends = self.ends_statement;
        loop {
            let Some(&b) = src.get(i) else {
                self.pos = i;
                return None;
            };
            let start = i;
            let ends = match SKIP_CLASS[b as usize] {
                SkipClass::Blank => {
                    saw_newline |= b == b'\n';
                    i += 1;
                    continue;
                }
                SkipClass::Slash => match src.get(i + 1) {
                    Some(b'/') => {
                        i = memchr::memchr(b'\n', &src[i..]).map_or(src.len(), |p| i + p);
                        continue;
                    }
                    Some(b'*') => match memchr::memmem::find(&src[i + 2..], b"*/") {
                        Some(p) => {
                            saw_newline |= memchr::memchr(b'\n', &src[i + 2..i + 2 + p]).is_some();
                            i += 2 + p + 2;
                            continue;
                        }
                        None => {
                            self.pos = src.len() + 2;
                            return None;
                        }
                    },
                    _ => {
                        i += 1;
                        false
                    }
                },
                SkipClass::Letter => {
                    i += 1;
                    i += src[i..]
                        .iter()
                        .position(|&c| !is_ident(c))
                        .unwrap_or(src.len() - i);
                    if &src[start..i] == b"go" {
                        *has_go = true;
                    }
                    true
                }
                SkipClass::Digit => {
                    i += 1;
                    while src
                        .get(i)
                        .is_some_and(|&c| c.is_ascii_alphanumeric() || c == b'_' || c == b'.')
                    {
                        i += 1;
                    }
                    true
                }
                SkipClass::Quote => {
                    i += 1;
                    while let Some(&c) = src.get(i) {
                        i += 1;
                        if c == b'\\' {
                            i += 1;
                        } else if c == b || c == b'\n' {
                            break;
                        }
                    }
                    true
                }
                SkipClass::Backquote => {
                    i = memchr::memchr(b'`', &src[i + 1..]).map_or(src.len(), |p| i + 1 + p + 1);
                    true
                }
                SkipClass::Open => {
                    depth += 1;
                    i += 1;
                    false
                }
                SkipClass::Close => {
                    depth -= 1;
                    i += 1;
                    if depth == 0 {
                        self.start = start;
                        self.pos = i;
                        self.newline = saw_newline && prev_ends;
                        self.ends_statement = true;
                        return Some(());
                    }
                    true
                }
                SkipClass::Other => {
                    i += 1;
                    false
                }
            };
            prev_ends = ends;
            saw_newline = false;
        }
    }

    /// [`Lexer::skip_nested`] a token at a time: the reference the byte skip is tested
    /// against.
    #[cfg(test)]
    fn skip_tokens(&mut self, mut has_go: Option<&mut bool>) -> Option<()> {
        let mut depth = 1usize;
        loop {
            match self.next()? {
                Tok::Punct(b'(' | b'[' | b'{') => depth += 1,
                Tok::Punct(b')' | b']' | b'}') => {
                    depth -= 1;
                    if depth == 0 {
                        return Some(());
                    }
                }
                Tok::Ident(b"go") => {
                    if let Some(g) = has_go.as_deref_mut() {
                        *g = true;
                    }
                }
                _ => {}
            }
        }
    }

    fn lex(&mut self) -> Option<Tok<'a>> {
        let ends_statement = self.ends_statement;
        self.newline = false;
        let mut saw_newline = false;
        let tok = self.lex_raw(&mut saw_newline);
        self.newline = saw_newline && ends_statement;
        tok
    }

    fn lex_raw(&mut self, saw_newline: &mut bool) -> Option<Tok<'a>> {
        loop {
            let b = *self.src.get(self.pos)?;
            match b {
                b'\n' => {
                    *saw_newline = true;
                    self.pos += 1;
                }
                b' ' | b'\t' | b'\r' => self.pos += 1,
                b'/' if self.src.get(self.pos + 1) == Some(&b'/') => {
                    while self.src.get(self.pos).is_some_and(|&c| c != b'\n') {
                        self.pos += 1;
                    }
                }
                b'/' if self.src.get(self.pos + 1) == Some(&b'*') => {
                    self.pos += 2;
                    while self.pos < self.src.len() && !self.src[self.pos..].starts_with(b"*/") {
                        if self.src[self.pos] == b'\n' {
                            *saw_newline = true;
                        }
                        self.pos += 1;
                    }
                    self.pos += 2;
                }
                _ => break,
            }
        }
        let start = self.pos;
        self.start = start;
        let b = self.src[start];
        if b.is_ascii_alphabetic() || b == b'_' || b >= 0x80 {
            while self
                .src
                .get(self.pos)
                .is_some_and(|&c| c.is_ascii_alphanumeric() || c == b'_' || c >= 0x80)
            {
                self.pos += 1;
            }
            return Some(Tok::Ident(&self.src[start..self.pos]));
        }
        if b.is_ascii_digit() {
            while self
                .src
                .get(self.pos)
                .is_some_and(|&c| c.is_ascii_alphanumeric() || c == b'_' || c == b'.')
            {
                self.pos += 1;
            }
            return Some(Tok::Literal);
        }
        self.pos += 1;
        match b {
            b'"' | b'\'' => {
                while let Some(&c) = self.src.get(self.pos) {
                    self.pos += 1;
                    if c == b'\\' {
                        self.pos += 1;
                    } else if c == b || c == b'\n' {
                        break;
                    }
                }
                Some(Tok::Literal)
            }
            b'`' => {
                while let Some(&c) = self.src.get(self.pos) {
                    self.pos += 1;
                    if c == b'`' {
                        break;
                    }
                }
                Some(Tok::Literal)
            }
            b'(' | b')' | b'{' | b'}' | b'[' | b']' | b',' | b'*' | b';' | b'=' | b'.' => {
                Some(Tok::Punct(b))
            }
            _ => Some(Tok::Other),
        }
    }
}

fn name(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// Scans the top-level declarations of `src`.
pub fn scan_decl_names(src: &[u8]) -> DeclNames {
    let mut out = DeclNames::default();
    let mut lx = Lexer {
        src,
        pos: 0,
        start: 0,
        newline: false,
        ends_statement: false,
    };
    let mut depth: i32 = 0;
    // Inside a `var (`/`const (`/`type (` group: the keyword and the group's depth.
    let mut group: Option<(&[u8], i32)> = None;
    let mut expect_spec = false;
    // Declarations start a statement: at the start of the file, a line, or after `;`.
    let mut statement_start = true;
    while let Some(tok) = lx.next() {
        let at_start = statement_start || lx.newline;
        statement_start = matches!(tok, Tok::Punct(b';'));
        if let Some((kw, gdepth)) = group {
            if depth == gdepth && (lx.newline || expect_spec) {
                if let Tok::Ident(id) = tok {
                    expect_spec = false;
                    read_spec(&mut lx, kw, id, &mut out);
                    continue;
                }
            }
            expect_spec = false;
        }
        match tok {
            // Brackets deeper than the top level (or a group's level) hold no declaration:
            // skipped to their closing bracket, which is read.
            Tok::Punct(b'(' | b'{' | b'[') if depth + 1 > group.map_or(0, |(_, g)| g) => {
                if lx.skip_nested(None).is_none() {
                    break;
                }
                expect_spec = false;
            }
            Tok::Punct(b'(' | b'{' | b'[') => depth += 1,
            Tok::Punct(b')' | b'}' | b']') => {
                depth -= 1;
                if group.is_some_and(|(_, g)| depth < g) {
                    group = None;
                }
            }
            Tok::Punct(b';') => expect_spec = group.is_some(),
            Tok::Ident(kw) if depth == 0 && at_start => match kw {
                b"func" => read_func(&mut lx, &mut out, &mut depth),
                b"type" | b"var" | b"const" => match lx.next() {
                    Some(Tok::Punct(b'(')) => {
                        depth += 1;
                        group = Some((kw, depth));
                        expect_spec = true;
                    }
                    Some(Tok::Ident(id)) => read_spec(&mut lx, kw, id, &mut out),
                    _ => {}
                },
                _ => {}
            },
            _ => {}
        }
    }
    // Cached for the file's life: no spare capacity (a large file's lists are long).
    out.funcs.shrink_to_fit();
    out.methods.shrink_to_fit();
    out.types.shrink_to_fit();
    out.maybe_aliases.shrink_to_fit();
    out.alias_targets.shrink_to_fit();
    out.vars.shrink_to_fit();
    out.consts.shrink_to_fit();
    out
}

/// One spec of a `type`/`var`/`const` declaration whose first name is `first`.
fn read_spec<'a>(lx: &mut Lexer<'a>, kw: &[u8], first: &'a [u8], out: &mut DeclNames) {
    let list = match kw {
        b"type" => &mut out.types,
        b"var" => &mut out.vars,
        _ => &mut out.consts,
    };
    list.push(name(first));
    if kw == b"type" {
        let saved = (lx.pos, lx.newline, lx.ends_statement);
        match lx.next() {
            Some(Tok::Punct(b'=')) => {
                out.maybe_aliases.push(name(first));
                let keyword =
                    |a: &[u8]| matches!(a, b"map" | b"chan" | b"func" | b"struct" | b"interface");
                if let Some(Tok::Ident(a)) = lx
                    .next()
                    .filter(|t| !matches!(t, Tok::Ident(a) if keyword(a)))
                {
                    let after = (lx.pos, lx.newline, lx.ends_statement);
                    let target = match (lx.next(), lx.next()) {
                        (Some(Tok::Punct(b'.')), Some(Tok::Ident(b))) => (Some(name(a)), name(b)),
                        _ => {
                            (lx.pos, lx.newline, lx.ends_statement) = after;
                            (None, name(a))
                        }
                    };
                    out.alias_targets.push(AliasTarget {
                        name: name(first),
                        qualifier: target.0,
                        target: target.1,
                    });
                }
            }
            Some(Tok::Punct(b'[')) => out.maybe_aliases.push(name(first)),
            _ => {}
        }
        (lx.pos, lx.newline, lx.ends_statement) = saved;
        return;
    }
    // `var a, b, c T` / `const a, b = ...`: more names after commas. Anything else is left
    // for the caller (it may be the next spec's name, or a bracket to count).
    loop {
        let saved = (lx.pos, lx.newline, lx.ends_statement);
        if lx.next() != Some(Tok::Punct(b',')) {
            (lx.pos, lx.newline, lx.ends_statement) = saved;
            return;
        }
        let saved = (lx.pos, lx.newline, lx.ends_statement);
        match lx.next() {
            Some(Tok::Ident(id)) => list.push(name(id)),
            _ => {
                (lx.pos, lx.newline, lx.ends_statement) = saved;
                return;
            }
        }
    }
}

/// After `func`: a function name, or a receiver and a method name.
fn read_func(lx: &mut Lexer<'_>, out: &mut DeclNames, depth: &mut i32) {
    match lx.next() {
        Some(Tok::Ident(id)) => out.funcs.push(name(id)),
        Some(Tok::Punct(b'(')) => {
            // The receiver: its base type is the last identifier outside square brackets
            // (type arguments), at any depth of parentheses (`(w (*Workers))`).
            let mut inner = 0;
            let mut square = 0;
            let mut base: Option<&[u8]> = None;
            loop {
                match lx.next() {
                    None => return,
                    Some(Tok::Punct(b'(' | b'{')) => inner += 1,
                    Some(Tok::Punct(b'[')) => square += 1,
                    Some(Tok::Punct(b']')) => square -= 1,
                    Some(Tok::Punct(b')' | b'}')) => {
                        if inner == 0 {
                            break;
                        }
                        inner -= 1;
                    }
                    Some(Tok::Ident(id)) if square == 0 => base = Some(id),
                    _ => {}
                }
            }
            if let (Some(Tok::Ident(m)), Some(b)) = (lx.next(), base) {
                out.methods.push((name(b), name(m)));
            }
        }
        Some(Tok::Punct(b'{' | b'[')) => *depth += 1,
        _ => {}
    }
}

/// Whether `src` may declare a type alias (`type A = T`, `type A[P any] = T`, or anything in
/// a `type (…)` group), by a byte search that is much cheaper than [`scan_decl_names`]: false
/// means certainly not. A comment after `type` or after the name counts as a candidate, and
/// so may literals and block comments elsewhere; the word in a line comment does not
/// ("the type (or …"), nor does a type with an array or slice type (`type V [4]byte`) or a
/// generic type that is not an alias (`type L[T any] struct{…}`).
pub fn may_declare_alias(src: &[u8]) -> bool {
    let blank = |b: &u8| matches!(b, b' ' | b'\t' | b'\r' | b'\n');
    let ident = |b: &u8| is_ident(*b);
    memchr::memmem::find_iter(src, b"type").any(|at| {
        if at > 0 && ident(&src[at - 1]) {
            return false;
        }
        if in_line_comment(src, at) {
            return false;
        }
        let rest = &src[at + 4..];
        let mut i = rest.iter().position(|b| !blank(b)).unwrap_or(rest.len());
        if i == 0 && rest.first().is_some_and(ident) {
            return false; // `typeName`, not the keyword
        }
        match rest.get(i) {
            Some(b'(') => return group_may_alias(&rest[i + 1..]),
            Some(b'/') => return true,
            Some(b) if ident(b) => {}
            _ => return false,
        }
        while rest.get(i).is_some_and(ident) {
            i += 1;
        }
        while rest
            .get(i)
            .is_some_and(|b| matches!(b, b' ' | b'\t' | b'\r'))
        {
            i += 1;
        }
        match rest.get(i) {
            Some(b'=' | b'/') => true,
            Some(b'[') => brackets_then_alias(&rest[i + 1..]),
            _ => false,
        }
    })
}

/// Whether the word at `at` lies in a `//` comment: the text before it on its line holds
/// `//`, and nothing that could make those slashes part of something else or end a comment
/// or literal begun on an earlier line (a quote, `/*`, `*/`).
fn in_line_comment(src: &[u8], at: usize) -> bool {
    let start = memchr::memrchr(b'\n', &src[..at]).map_or(0, |p| p + 1);
    let before = &src[start..at];
    memchr::memmem::find(before, b"//").is_some()
        && !before.iter().any(|b| matches!(b, b'"' | b'`' | b'\''))
        && memchr::memmem::find(before, b"/*").is_none()
        && memchr::memmem::find(before, b"*/").is_none()
}

/// After `type Name[`: whether what follows the brackets is `=` (a generic alias,
/// `type A[P any] = B[P]`) rather than a type (a generic type, `type L[T any] struct{…}`, or
/// an array or slice, `type V [4]byte`). Brackets that do not close within a few KiB, or
/// hold a comment or literal, count as a candidate.
fn brackets_then_alias(after_open: &[u8]) -> bool {
    const BOUND: usize = 4096;
    let mut depth = 1usize;
    for (i, &b) in after_open.iter().take(BOUND).enumerate() {
        match b {
            b'[' => depth += 1,
            b']' => {
                depth -= 1;
                if depth == 0 {
                    let rest = &after_open[i + 1..];
                    let next = rest
                        .iter()
                        .position(|b| !matches!(b, b' ' | b'\t' | b'\r' | b'\n'));
                    return next.is_none_or(|n| matches!(rest[n], b'=' | b'/'));
                }
            }
            b'/' | b'"' | b'`' | b'\'' => return true,
            _ => {}
        }
    }
    true
}

/// Whether a `type (…)` group, from just after its `(`, may declare an alias: an `=` in its
/// code (type specs hold none otherwise; comments and literals are skipped), or a group not
/// closed, or one whose tokens cannot be told apart.
fn group_may_alias(group: &[u8]) -> bool {
    let mut depth = 1usize;
    let mut i = 0;
    while i < group.len() {
        match group[i] {
            b'=' => return true,
            b'(' | b'[' | b'{' => depth += 1,
            b')' | b']' | b'}' => {
                depth -= 1;
                if depth == 0 {
                    return false;
                }
            }
            b'/' if group.get(i + 1) == Some(&b'/') => {
                i += memchr::memchr(b'\n', &group[i..]).unwrap_or(group.len() - i);
                continue;
            }
            b'/' if group.get(i + 1) == Some(&b'*') => {
                match memchr::memmem::find(&group[i + 2..], b"*/") {
                    Some(p) => i += 2 + p + 2,
                    None => return true,
                }
                continue;
            }
            b'`' | b'"' | b'\'' => match crate::lexical::closed_literal_end(group, i) {
                Some(end) => {
                    i = end;
                    continue;
                }
                None => return true,
            },
            _ => {}
        }
        i += 1;
    }
    true
}

/// A top-level function or method declaration with a body, found lexically.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FuncBody {
    /// Offset of the `func` keyword.
    pub func: usize,
    /// The function's or method's name.
    pub name: String,
    /// A method (it has a receiver).
    pub method: bool,
    /// Offset of the body's `{`.
    pub open: usize,
    /// One past the body's matching `}`.
    pub end: usize,
    /// The keyword `go` occurs in the body's code (not in a comment or literal).
    pub has_go: bool,
}

/// Every top-level function and method body of `src`, in order, found lexically (comments,
/// strings, raw strings and runes skipped; Go's automatic semicolons followed, so a
/// declaration without a body ends at its line's end). `None` when the file's brackets or
/// declarations do not read as Go's: callers then use the whole file. On a file that parses,
/// the bodies are exactly the `body` fields of go/ast's (and tree-sitter's) declarations:
/// after the signature, the first `{` at the signature's own bracket depth that does not
/// follow `struct` or `interface` opens the body.
pub fn func_bodies(src: &[u8]) -> Option<Vec<FuncBody>> {
    let mut out = Vec::new();
    top_level_statements(src, b"func", |lx| {
        if let Some(body) = read_func_body(lx)? {
            out.push(body);
        }
        Some(())
    })?;
    out.shrink_to_fit();
    Some(out)
}

/// Walks `src`'s tokens (brackets paired, Go's automatic semicolons followed) and calls
/// `read` after each `keyword` that starts a top-level statement, with the lexer just past
/// it; `read` consumes what it reads (leaving what ends the declaration to be read again).
/// `None` when the brackets do not pair or `read` fails.
fn top_level_statements(
    src: &[u8],
    keyword: &[u8],
    mut read: impl FnMut(&mut Lexer<'_>) -> Option<()>,
) -> Option<()> {
    let mut lx = Lexer {
        src,
        pos: 0,
        start: 0,
        newline: false,
        ends_statement: false,
    };
    let mut depth: i32 = 0;
    let mut statement_start = true;
    while let Some(tok) = lx.next() {
        let at_start = statement_start || lx.newline;
        statement_start = matches!(tok, Tok::Punct(b';'));
        match tok {
            // Nothing in brackets is a top-level statement: skipped to the closing one.
            Tok::Punct(b'(' | b'{' | b'[') if depth == 0 => lx.skip_nested(None)?,
            Tok::Punct(b'(' | b'{' | b'[') => depth += 1,
            Tok::Punct(b')' | b'}' | b']') => {
                depth -= 1;
                if depth < 0 {
                    return None;
                }
            }
            Tok::Ident(k) if k == keyword && depth == 0 && at_start => read(&mut lx)?,
            _ => {}
        }
    }
    (depth == 0).then_some(())
}

/// After a top-level `func`: the declaration's body, `Ok(None)` for a declaration without
/// one, `None` when it does not read as a declaration.
fn read_func_body(lx: &mut Lexer<'_>) -> Option<Option<FuncBody>> {
    let func = lx.start;
    let mut tok = lx.next()?;
    let method = tok == Tok::Punct(b'(');
    if method {
        skip_balanced(lx, None)?;
        tok = lx.next()?;
    }
    let Tok::Ident(name_bytes) = tok else {
        return None;
    };
    let mut after_struct = false;
    loop {
        let saved = (lx.pos, lx.start, lx.newline, lx.ends_statement);
        let Some(tok) = lx.next() else {
            return Some(None);
        };
        if lx.newline {
            // An automatic semicolon: the declaration ended without a body. The token
            // starts what follows and is read again by the caller.
            (lx.pos, lx.start, lx.newline, lx.ends_statement) = saved;
            return Some(None);
        }
        match tok {
            Tok::Punct(b';') => {
                (lx.pos, lx.start, lx.newline, lx.ends_statement) = saved;
                return Some(None);
            }
            Tok::Punct(b'{') if !after_struct => {
                let open = lx.start;
                let mut has_go = false;
                skip_balanced(lx, Some(&mut has_go))?;
                return Some(Some(FuncBody {
                    func,
                    name: name(name_bytes),
                    method,
                    open,
                    end: lx.pos,
                    has_go,
                }));
            }
            Tok::Punct(b'(' | b'[' | b'{') => skip_balanced(lx, None)?,
            Tok::Punct(b')' | b']' | b'}') => return None,
            _ => {}
        }
        after_struct = matches!(tok, Tok::Ident(b"struct" | b"interface"));
    }
}

/// The body (`{…}`) of a composite literal that initialises a package-level variable
/// (`var cases = []testCase{…}`), found lexically: the braces' offsets, as
/// [`FuncBody::open`] and [`FuncBody::end`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LiteralBody {
    /// Offset of the `{`.
    pub open: usize,
    /// One past the matching `}`.
    pub end: usize,
    /// The keyword `go` occurs in the body's code.
    pub has_go: bool,
}

/// The bodies of the composite literals written directly in the initialisers of top-level
/// `var` declarations (`var x = T{…}`, `var x = &T{…}`, `var ( a, b = T{…}, U{…} )`), in
/// source order. An initialiser that mentions `func` before a brace (a function literal or
/// a type holding functions) gives none from there on; a struct or interface type's braces
/// are not a literal's. `None` when the brackets do not pair.
pub fn var_literal_bodies(src: &[u8]) -> Option<Vec<LiteralBody>> {
    let mut out = Vec::new();
    top_level_statements(src, b"var", |lx| {
        let saved = (lx.pos, lx.start, lx.newline, lx.ends_statement);
        if lx.next()? == Tok::Punct(b'(') {
            read_var_specs(lx, true, &mut out)
        } else {
            (lx.pos, lx.start, lx.newline, lx.ends_statement) = saved;
            read_var_specs(lx, false, &mut out)
        }
    })?;
    out.shrink_to_fit();
    Some(out)
}

/// Reads `var` specs: one (`grouped` false: up to the end of its statement) or a group's
/// (up to its `)`, which is consumed). Records the literal bodies of their initialisers.
fn read_var_specs(lx: &mut Lexer<'_>, grouped: bool, out: &mut Vec<LiteralBody>) -> Option<()> {
    // Within the spec, at its own bracket level: after `=`; `func` seen since; the previous
    // token was `struct` or `interface`.
    let mut initialiser = false;
    let mut func_seen = false;
    let mut type_body = false;
    loop {
        let saved = (lx.pos, lx.start, lx.newline, lx.ends_statement);
        let Some(tok) = lx.next() else {
            return if grouped { None } else { Some(()) };
        };
        if lx.newline || tok == Tok::Punct(b';') {
            if !grouped {
                (lx.pos, lx.start, lx.newline, lx.ends_statement) = saved;
                return Some(());
            }
            initialiser = false;
            func_seen = false;
            type_body = false;
            if tok == Tok::Punct(b';') {
                continue;
            }
        }
        match tok {
            Tok::Punct(b')') if grouped => return Some(()),
            Tok::Punct(b')' | b']' | b'}') => return None,
            Tok::Punct(b'=') => initialiser = true,
            Tok::Ident(b"func") => func_seen = true,
            Tok::Punct(b'{') if initialiser && !func_seen && !type_body => {
                let open = lx.start;
                let mut has_go = false;
                skip_balanced(lx, Some(&mut has_go))?;
                out.push(LiteralBody {
                    open,
                    end: lx.pos,
                    has_go,
                });
            }
            Tok::Punct(b'(' | b'[' | b'{') => skip_balanced(lx, None)?,
            _ => {}
        }
        type_body = matches!(tok, Tok::Ident(b"struct" | b"interface"));
    }
}

/// Skips to the bracket closing the one just read (any kind; the brackets inside are only
/// counted). `has_go`: set when the keyword `go` occurs on the way. `None` at the end of
/// the input.
fn skip_balanced(lx: &mut Lexer<'_>, has_go: Option<&mut bool>) -> Option<()> {
    lx.skip_nested(has_go)
}

/// How [`Lexer::skip_bytes`] treats a byte.
#[derive(Clone, Copy)]
enum SkipClass {
    /// Space, tab, carriage return, line break.
    Blank,
    Slash,
    /// Starts an identifier: a letter, `_` or a non-ASCII byte.
    Letter,
    Digit,
    /// `"` or `'`.
    Quote,
    Backquote,
    Open,
    Close,
    /// A one-byte token of no interest.
    Other,
}

const SKIP_CLASS: [SkipClass; 256] = {
    let mut t = [SkipClass::Other; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        t[b] = match c {
            b' ' | b'\t' | b'\r' | b'\n' => SkipClass::Blank,
            b'/' => SkipClass::Slash,
            b'0'..=b'9' => SkipClass::Digit,
            b'a'..=b'z' | b'A'..=b'Z' | b'_' | 0x80..=0xff => SkipClass::Letter,
            b'"' | b'\'' => SkipClass::Quote,
            b'`' => SkipClass::Backquote,
            b'(' | b'[' | b'{' => SkipClass::Open,
            b')' | b']' | b'}' => SkipClass::Close,
            _ => SkipClass::Other,
        };
        b += 1;
    }
    t
};

#[cfg(test)]
mod tests {
    use super::*;

    /// Every skip of brackets by bytes leaves the lexer as reading token by token would
    /// (`Lexer::skip_nested` asserts it in tests): the three scans that skip bodies, run on
    /// token soup, the fixtures and every third file of the installed Go tree (when there
    /// is one).
    #[test]
    fn byte_skips_match_token_skips() {
        let scan = |src: &[u8]| {
            scan_decl_names(src);
            func_bodies(src);
            var_literal_bodies(src);
        };
        const PIECES: [&[u8]; 26] = [
            b"func f() ",
            b"var x = T",
            b"type (",
            b"go",
            b"x",
            b"1.5",
            b"\n",
            b" ",
            b"(",
            b")",
            b"[",
            b"]",
            b"{",
            b"}",
            b"/",
            b"*",
            b"//",
            b"/*",
            b"*/",
            b"`",
            b"\"",
            b"'",
            b"\\",
            b";",
            b"=",
            "\u{e9}".as_bytes(),
        ];
        for src in goroutinectx_testkit::token_soups(&PIECES, 0x2545_f491_4f6c_dd1d) {
            scan(&src);
        }
        let src = crate::GoEnv::from_process().goroot_src();
        let files = goroutinectx_testkit::lexical_corpus(src.as_deref());
        for path in files {
            scan(&std::fs::read(&path).unwrap_or_default());
        }
    }

    #[test]
    fn finds_top_level_names() {
        let d = scan_decl_names(
            br#"package p
import "fmt"
// func Fake() in a comment
func Run(f func()) { var inner = 1; _ = inner; s := "func Nope()"; _ = s }
func (r *Rand) N[Int intType](n Int) Int { return n }
func (p Pool[T]) Go(f func()) {}
func (w (*Workers)) ParenGo(f func()) {}
type (
	A int
	B = map[string]func()
	C[T any] struct{ x T }
)
type D struct {
	e int
}
type F func()
func After() {}
var x, y = 1, 2
var (
	z int
	w, v = f()
)
const (
	K = iota
	L
	M, N = 1, 2
	P = K |
		L
)
const One = 1
"#,
        );
        assert_eq!(d.funcs, vec!["Run", "After"]);
        assert_eq!(
            d.methods,
            vec![
                ("Rand".to_string(), "N".to_string()),
                ("Pool".to_string(), "Go".to_string()),
                ("Workers".to_string(), "ParenGo".to_string())
            ]
        );
        assert_eq!(d.types, vec!["A", "B", "C", "D", "F"]);
        assert_eq!(d.maybe_aliases, vec!["B", "C"]);
        assert_eq!(d.vars, vec!["x", "y", "z", "w", "v"]);
        assert_eq!(d.consts, vec!["K", "L", "M", "N", "P", "One"]);
    }

    #[test]
    fn alias_targets_are_read() {
        let d = scan_decl_names(
            b"package p\ntype (\n\tC = context.Context\n\tL = Local\n\tG[T any] = List[T]\n\tM = map[string]int\n)\ntype N = stdctx.Context // renamed\n",
        );
        let t = |n: &str, q: Option<&str>, t: &str| AliasTarget {
            name: n.to_string(),
            qualifier: q.map(str::to_string),
            target: t.to_string(),
        };
        assert_eq!(
            d.alias_targets,
            vec![
                t("C", Some("context"), "Context"),
                t("L", None, "Local"),
                t("N", Some("stdctx"), "Context"),
            ]
        );
        assert_eq!(d.maybe_aliases, vec!["C", "L", "G", "M", "N"]);
    }

    #[test]
    fn garbage_does_not_panic() {
        for src in [
            &b"func"[..],
            b"func (",
            b"type (",
            b"var a,",
            b"/* unterminated",
            b"\"unterminated",
            b"`raw",
            b")))}}}",
        ] {
            let _ = scan_decl_names(src);
        }
    }

    #[test]
    fn alias_candidates() {
        for (src, want) in [
            ("type A = context.Context", true),
            ("type A[T any] = List[T]", true),
            ("type (\n\tA int\n)", false),
            ("type (\n\tA int\n\tB = context.Context\n)", true),
            (
                "type (\n\tA struct{ f func(int) `json:\")=\"` }\n\t// ) =\n\tB = C\n)",
                true,
            ),
            ("type (\n\tA [2]int /* ) */\n\tB = C\n)", true),
            ("type (\n\tA struct{ s string \"a)\" }\n) var x = 1", false),
            ("type (\n\tA int", true),
            ("type (\n\tA int\n)\ntype B = C", true),
            ("type\tC=B", true),
            ("type /* the context */ C = context.Context", true),
            ("type C /* alias */ = context.Context", true),
            ("type A struct{}\ntype B int", false),
            ("var typeName = 1; x.type_ = 2", false),
            ("func f(typ int) {}", false),
            // Arrays, slices and generic types are no aliases; generic aliases are.
            ("type V [4096]uint8\ntype S []int\ntype P [N]*T", false),
            (
                "type L[T any] struct{ v T }\ntype M[K comparable, V any] map[K]V",
                false,
            ),
            ("type L[T interface{ ~[]E }, E any] []T", false),
            ("type A[T any] = L[T]", true),
            ("type A[T any]\n= L[T]", true),
            ("type A[T []int] = L[T]", true),
            ("type A[T any /* c */] L[T]", true),
            ("type A[T any] /* c */ = L[T]", true),
            ("type A[T any", true),
            // The word in a line comment is none; where the line could hold a literal or
            // close a block comment begun earlier, it counts.
            (
                "// the type (or its alias) = x\n// of the type\n// = y\nvar x = 1",
                false,
            ),
            ("\t// Determine the type (or if it's free).\nx = 1", false),
            ("var s = \"//\"; type A = B", true),
            ("var s = `\n// `; type A = B", true),
            ("/*\n // */ type A = B", true),
            ("/* // */ type A = B", true),
            ("x // see /* type A = B", true),
        ] {
            assert_eq!(may_declare_alias(src.as_bytes()), want, "{src}");
            // Never false where the full scan finds a plain alias (the full scan also lists
            // every `type A[…` among its possible aliases).
            if !scan_decl_names(src.as_bytes()).alias_targets.is_empty() {
                assert!(want, "{src}");
            }
        }
    }

    #[test]
    fn finds_var_literal_bodies() {
        let src = "package p\n\
            var cases = []testCase{\n\t{name: \"a\", run: func() {}},\n}\n\
            var p = &T{a: 1}\n\
            var s = struct{ a int }{a: 1}\n\
            var (\n\tm = map[string]int{\"a\": 1}\n\tf = func() {}\n\th = map[string]func(){}\n\
            \tx, y = A{}, B{go1: true}\n\tz int\n)\n\
            var call = f(T{1})\n\
            var g = T{} // }\n\
            func F() { var local = T{1}; _ = local }\n\
            var l = List[int]{1, 2}\n";
        let bodies = var_literal_bodies(src.as_bytes()).unwrap();
        let texts: Vec<&str> = bodies.iter().map(|b| &src[b.open..b.end]).collect();
        assert_eq!(
            texts,
            [
                "{\n\t{name: \"a\", run: func() {}},\n}",
                "{a: 1}",
                "{a: 1}",
                "{\"a\": 1}",
                "{}",
                "{go1: true}",
                "{}",
                "{1, 2}",
            ]
        );
        assert!(bodies.iter().all(|b| !b.has_go));
        let with_go = var_literal_bodies(b"package p\nvar t = T{f: func() { go g() }}\n").unwrap();
        assert_eq!(with_go.len(), 1);
        assert!(with_go[0].has_go);
        assert_eq!(var_literal_bodies(b"package p\nvar t = T{\n"), None);
    }

    #[test]
    fn finds_function_bodies() {
        let src = br#"package p
// func Fake() { go x() } in a comment
func Run(f func()) { s := "}"; go f(); _ = s }
func (r *Rand) N[Int intType](n Int) Int { return n }
func S() struct{ a int } { return struct{ a int }{} }
func I() (x interface{ M() }, err error) {
	return nil, nil
}
func Asm(x int) int
func Gen[T any](t T) func() T { return func() T { return t } }
var v = func() { go g() }
func Last() {}"#;
        let bodies = func_bodies(src).unwrap();
        let text = |b: &FuncBody| {
            std::str::from_utf8(&src[b.open..b.end])
                .unwrap()
                .to_string()
        };
        let got: Vec<(String, bool, bool, String)> = bodies
            .iter()
            .map(|b| (b.name.clone(), b.method, b.has_go, text(b)))
            .collect();
        let want = |n: &str, m: bool, g: bool, t: &str| (n.to_string(), m, g, t.to_string());
        assert_eq!(
            got,
            vec![
                want("Run", false, true, r#"{ s := "}"; go f(); _ = s }"#),
                want("N", true, false, "{ return n }"),
                want("S", false, false, "{ return struct{ a int }{} }"),
                want("I", false, false, "{\n\treturn nil, nil\n}"),
                want("Gen", false, false, "{ return func() T { return t } }"),
                want("Last", false, false, "{}"),
            ]
        );
        assert!(src[bodies[0].func..].starts_with(b"func Run"));
    }

    #[test]
    fn malformed_files_have_no_bodies() {
        for src in [
            &b"package p\nfunc f() {"[..],
            b"package p\n}\nfunc f() {}",
            b"package p\nfunc {}",
            b"package p\nfunc f() ) {}",
        ] {
            assert_eq!(func_bodies(src), None, "{}", String::from_utf8_lossy(src));
        }
    }
}
