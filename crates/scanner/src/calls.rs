//! Call sites of given names, lexically and knowing Go's tokens: the calls in function
//! declarations' bodies (comments, literals, signatures and package-level initialisers left
//! out), with what qualifies each callee, and how a few watched identifiers are used in the
//! file. spawnerlabel's prefilters ask this before any parse, only of files where the plain
//! text search (`lexical::call_sites`) found a candidate.
//!
//! Function declarations are found as Go's grammar has them: the keyword `func` at the top
//! level (outside all brackets) that starts a declaration (not after `=`, `,` or an operator),
//! whose body is the next top-level `{` not opening a `struct` or `interface` type. A file
//! whose brackets do not pair, or with an unterminated comment or raw string, is not scanned
//! (`None`): its structure is not known.

use crate::lexical::CodeScan;

fn is_ident(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b >= 0x80
}

/// How a call's callee is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Callee<'s> {
    /// `Name(…)`.
    Bare,
    /// `q.Name(…)`, `q` an identifier not itself selected.
    Qualified(&'s [u8]),
    /// `x.q.Name(…)`: `q`, itself selected (a field or method).
    SelectedQualifier(&'s [u8]),
    /// `f().Name(…)`, `x[i].Name(…)`, …
    Selected,
}

/// A call (`Name(`, `Name[…](`, or `Name)(` for a parenthesised callee) of one of the asked
/// names in a function declaration's body.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CallSite<'s> {
    /// Offset of the name.
    pub at: usize,
    pub name: &'s [u8],
    pub callee: Callee<'s>,
}

/// How a watched identifier occurs in a file's code (anywhere, not only in bodies); a set of
/// the `USE_*` bits.
pub type Uses = u8;
/// Selected: `x.id`.
pub const USE_SELECTED: Uses = 1;
/// A qualifier: `id.x` (not itself selected).
pub const USE_QUALIFIER: Uses = 2;
/// Called: `id(`, `id[…](`, `id)(` (not selected), other than in a declaration of variables or
/// parameters (`var id (T)`, `func f(id (T))`).
pub const USE_CALLED: Uses = 4;
/// The name of a function declaration: `func id(`.
pub const USE_FUNC_NAME: Uses = 8;
/// An import's name: `import id "path"`.
pub const USE_IMPORT_NAME: Uses = 16;
/// Anything else: declared as a variable, parameter, field, label, key, assigned, …
pub const USE_OTHER: Uses = 32;

/// What [`scan_calls`] found.
#[derive(Debug, Default)]
pub struct FileCalls<'s> {
    pub sites: Vec<CallSite<'s>>,
    uses: Vec<(Box<[u8]>, Uses)>,
}

impl FileCalls<'_> {
    /// How a watched identifier occurs (0: not at all, or not watched).
    pub fn uses(&self, id: &[u8]) -> Uses {
        self.uses
            .iter()
            .find(|(w, _)| **w == *id)
            .map_or(0, |(_, u)| *u)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Tok {
    Ident,
    /// A string, rune or number literal.
    Lit,
    Punct(u8),
}

#[derive(Clone, Copy, Debug)]
struct Token {
    kind: Tok,
    start: usize,
    end: usize,
}

/// A bracket being open, and what it opens.
#[derive(Clone, Copy, Debug, Default)]
struct Group {
    /// Inside a function declaration's body (this group or an enclosing one is the body).
    in_body: bool,
    /// A parameter, receiver or result list (opened right after `func`, `func name`, a
    /// method's name, or another such list), or a `var (`, `const (` or `import (` group.
    declares: bool,
    /// A `var` or `const` keyword occurred directly in this group.
    has_var: bool,
}

/// The calls of `names` in the bodies of `src`'s function declarations, and how each of
/// `watched` occurs anywhere in its code. `None` when the file's structure is not known
/// (unpaired brackets, unterminated comment or raw string: `code` is `src`'s
/// [`crate::lexical::scan_code`], `SourceFile::code_scan`).
pub fn scan_calls<'s>(
    src: &'s [u8],
    code: &CodeScan,
    names: &[&str],
    watched: &[&str],
) -> Option<FileCalls<'s>> {
    if code.unterminated.is_some() || code.bracket_break.is_some() {
        return None;
    }
    let toks = tokens(src);
    let text = |t: &Token| &src[t.start..t.end];
    let is_punct = |t: Option<&Token>, p: u8| t.is_some_and(|t| t.kind == Tok::Punct(p));
    let is_word =
        |t: Option<&Token>, w: &[u8]| t.is_some_and(|t| t.kind == Tok::Ident && text(t) == w);
    let mut out = FileCalls {
        sites: Vec::new(),
        uses: watched.iter().map(|w| (w.as_bytes().into(), 0)).collect(),
    };
    // Where each opening bracket closes, found when first needed.
    let closing = std::cell::OnceCell::new();
    let mut stack: Vec<Group> = Vec::new();
    // A top-level `func` starting a declaration was seen, its body not yet.
    let mut pending_body = false;
    // The index of the token closing the last parameter-like group.
    let mut closed_declares: Option<usize> = None;
    for (i, t) in toks.iter().enumerate() {
        let prev = i.checked_sub(1).map(|p| &toks[p]);
        let next = toks.get(i + 1);
        match t.kind {
            Tok::Punct(open @ (b'(' | b'[' | b'{')) => {
                let parent = stack.last().copied().unwrap_or_default();
                let after_func = |k: usize| is_word(toks.get(k), b"func");
                let after_declares = |k: usize| closed_declares == Some(k);
                let declares = open == b'('
                    && (is_word(prev, b"func")
                        || is_word(prev, b"var")
                        || is_word(prev, b"const")
                        || is_word(prev, b"import")
                        || i.checked_sub(1).is_some_and(after_declares)
                        || (prev.is_some_and(|p| p.kind == Tok::Ident)
                            && i.checked_sub(2)
                                .is_some_and(|k| after_func(k) || after_declares(k))));
                let body = stack.is_empty()
                    && open == b'{'
                    && pending_body
                    && !is_word(prev, b"struct")
                    && !is_word(prev, b"interface");
                if body {
                    pending_body = false;
                }
                stack.push(Group {
                    in_body: parent.in_body || body,
                    declares,
                    has_var: false,
                });
            }
            Tok::Punct(close @ (b')' | b']' | b'}')) => {
                let group = stack.pop();
                if close == b')' && group.is_some_and(|g| g.declares) {
                    closed_declares = Some(i);
                }
            }
            Tok::Ident => {
                let word = text(t);
                if stack.is_empty() {
                    match word {
                        b"func" => {
                            // A declaration starts after the end of another (or of the
                            // package clause), not inside an expression.
                            pending_body = match prev {
                                None => true,
                                Some(p) => matches!(
                                    p.kind,
                                    Tok::Ident | Tok::Lit | Tok::Punct(b'}' | b')' | b']' | b';')
                                ),
                            };
                        }
                        b"var" | b"const" | b"type" | b"import" => pending_body = false,
                        _ => {}
                    }
                }
                if matches!(word, b"var" | b"const") {
                    if let Some(g) = stack.last_mut() {
                        g.has_var = true;
                    }
                }
                let selected = is_punct(prev, b'.');
                let called = match next.map(|n| n.kind) {
                    Some(Tok::Punct(b'(')) => true,
                    // An instantiation (`Name[T](…)`), not an index or a slice (`x.Name[i]`,
                    // `x.Name[:n]`): the bracket is followed by a call's parenthesis.
                    Some(Tok::Punct(b'[')) => {
                        let close = closing.get_or_init(|| closing_brackets(&toks))[i + 1];
                        let after = close as usize + 1;
                        is_punct(toks.get(after), b'(')
                            || (is_punct(toks.get(after), b')')
                                && is_punct(toks.get(after + 1), b'('))
                    }
                    Some(Tok::Punct(b')')) => is_punct(toks.get(i + 2), b'('),
                    _ => false,
                };
                if called && names.iter().any(|n| n.as_bytes() == word) {
                    let in_body = stack.last().is_some_and(|g| g.in_body);
                    if in_body {
                        let callee = if !selected {
                            Callee::Bare
                        } else {
                            match i.checked_sub(2).map(|k| &toks[k]) {
                                Some(q) if q.kind == Tok::Ident => {
                                    if is_punct(i.checked_sub(3).map(|k| &toks[k]), b'.') {
                                        Callee::SelectedQualifier(text(q))
                                    } else {
                                        Callee::Qualified(text(q))
                                    }
                                }
                                _ => Callee::Selected,
                            }
                        };
                        out.sites.push(CallSite {
                            at: t.start,
                            name: word,
                            callee,
                        });
                    }
                }
                if let Some(slot) = out.uses.iter_mut().find(|(w, _)| **w == *word) {
                    let group = stack.last().copied().unwrap_or_default();
                    // `var id (T)`, `var a, id (T)`, `func f(id (T))`: declarations.
                    let declared = is_word(prev, b"var")
                        || is_word(prev, b"const")
                        || ((is_punct(prev, b',') || is_punct(prev, b'('))
                            && (group.declares || group.has_var));
                    slot.1 |= if selected {
                        USE_SELECTED
                    } else if is_punct(next, b'.') {
                        USE_QUALIFIER
                    } else if called && stack.is_empty() && is_word(prev, b"func") {
                        USE_FUNC_NAME
                    } else if called && !declared {
                        USE_CALLED
                    } else if next.is_some_and(|n| n.kind == Tok::Lit)
                        && (stack.is_empty() || is_word(prev, b"import") || group.declares)
                    {
                        USE_IMPORT_NAME
                    } else {
                        USE_OTHER
                    };
                }
            }
            _ => {}
        }
    }
    Some(out)
}

/// For each token, the index of the token closing it when it is an opening bracket (its own
/// index otherwise, and for a bracket never closed: the brackets of a scanned file pair).
fn closing_brackets(toks: &[Token]) -> Vec<u32> {
    let mut out: Vec<u32> = (0..toks.len() as u32).collect();
    let mut open = Vec::new();
    for (i, t) in toks.iter().enumerate() {
        match t.kind {
            Tok::Punct(b'(' | b'[' | b'{') => open.push(i),
            Tok::Punct(b')' | b']' | b'}') => {
                if let Some(o) = open.pop() {
                    out[o] = i as u32;
                }
            }
            _ => {}
        }
    }
    out
}

/// The file's tokens, comments left out. Assumes no unterminated comment or raw string.
fn tokens(src: &[u8]) -> Vec<Token> {
    // Go source averages more than five bytes a token.
    let mut out = Vec::with_capacity(src.len() / 5);
    let n = src.len();
    let mut i = 0;
    while i < n {
        let start = i;
        let kind = match src[i] {
            b' ' | b'\t' | b'\r' | b'\n' => {
                i += 1;
                continue;
            }
            b'/' if src.get(i + 1) == Some(&b'/') => {
                i = memchr::memchr(b'\n', &src[i..]).map_or(n, |p| i + p + 1);
                continue;
            }
            b'/' if src.get(i + 1) == Some(&b'*') => {
                i = memchr::memmem::find(&src[i + 2..], b"*/").map_or(n, |p| i + 2 + p + 2);
                continue;
            }
            b'`' => {
                i = memchr::memchr(b'`', &src[i + 1..]).map_or(n, |p| i + 1 + p + 1);
                Tok::Lit
            }
            q @ (b'"' | b'\'') => {
                i = crate::lexical::skip_quoted(src, i, q);
                Tok::Lit
            }
            c if is_ident(c) => {
                while i < n && is_ident(src[i]) {
                    i += 1;
                }
                if c.is_ascii_digit() {
                    Tok::Lit
                } else {
                    Tok::Ident
                }
            }
            c => {
                i += 1;
                Tok::Punct(c)
            }
        };
        out.push(Token {
            kind,
            start,
            end: i.min(n),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexical::scan_code;

    fn calls_of(src: &[u8]) -> Option<FileCalls<'_>> {
        scan_calls(src, &scan_code(src), &["Go"], &[])
    }

    fn sites(src: &str) -> Vec<(String, Callee<'_>)> {
        scan_calls(
            src.as_bytes(),
            &scan_code(src.as_bytes()),
            &["Go", "Map"],
            &[],
        )
        .expect("scanned")
        .sites
        .iter()
        .map(|s| (String::from_utf8_lossy(s.name).into_owned(), s.callee))
        .collect()
    }

    #[test]
    fn only_calls_in_function_bodies_count() {
        let src = r#"package p

// Map(f) in a comment, g.Go(f)
var v = g.Go(f)
var w = func() { g.Go(f) }

type F func() Map[int]

func Map(f func()) Map[int] { s := "Go(x)"; return x.Map(f) }

func (wg *WaitGroup) Go(f func(m *Map[int])) struct{ a Map[int] } {
	Map(f)
	y.x.Go(f)
	(g.Go)(f)
	h().Go(f)
}
"#;
        assert_eq!(
            sites(src),
            [
                ("Map".to_string(), Callee::Qualified(b"x")),
                ("Map".to_string(), Callee::Bare),
                ("Go".to_string(), Callee::SelectedQualifier(b"x")),
                ("Go".to_string(), Callee::Qualified(b"g")),
                ("Go".to_string(), Callee::Selected),
            ]
        );
    }

    #[test]
    fn an_index_or_a_slice_is_no_call() {
        let src = "package p\n\nfunc f() {\n\tn.Go[:len(n.Go)-9] = x\n\t_ = m.Map[k]\n\tg.Go[int](f)\n\t(x.Map[K, V])(f)\n\tfs.Go[0](f)\n}\n";
        assert_eq!(
            sites(src),
            [
                ("Go".to_string(), Callee::Qualified(b"g")),
                ("Map".to_string(), Callee::Qualified(b"x")),
                ("Go".to_string(), Callee::Qualified(b"fs")),
            ]
        );
    }

    #[test]
    fn a_literal_at_the_top_level_is_no_declaration() {
        let src = "package p\n\nvar a = 1 +\nfunc() int { g.Go(f); return 1 }()\n\nfunc b() { g.Go(f) }\n";
        assert_eq!(sites(src), [("Go".to_string(), Callee::Qualified(b"g"))]);
    }

    #[test]
    fn unpaired_brackets_are_not_scanned() {
        assert!(calls_of(b"package p\nfunc f() { g.Go(f) \n").is_none());
        assert!(calls_of(b"package p\nfunc f() {} /* g.Go(f)").is_none());
    }

    #[test]
    fn uses_of_watched_identifiers() {
        let src = r#"package p

import (
	str "strings"
	"bytes"
)

func Map(f func()) {}

func a(Go (func()), b int) {
	var x, Go2 (func())
	_ = str.Map(f)
	Map(f)
	y.strings.Map(f)
	bytes := 1
	z := Go
}
"#;
        let watched = ["str", "strings", "bytes", "Map", "Go", "Go2"];
        let calls = scan_calls(
            src.as_bytes(),
            &scan_code(src.as_bytes()),
            &["Map"],
            &watched,
        )
        .expect("scanned");
        assert_eq!(calls.uses(b"str"), USE_IMPORT_NAME | USE_QUALIFIER);
        assert_eq!(calls.uses(b"strings"), USE_SELECTED);
        assert_eq!(calls.uses(b"bytes"), USE_OTHER);
        assert_eq!(
            calls.uses(b"Map"),
            USE_FUNC_NAME | USE_CALLED | USE_SELECTED
        );
        assert_eq!(calls.uses(b"Go"), USE_OTHER);
        assert_eq!(calls.uses(b"Go2"), USE_OTHER);
        assert_eq!(calls.uses(b"nothing"), 0);
    }
}
