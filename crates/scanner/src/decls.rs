//! The names a Go file declares at top level, read lexically (no parse).
//!
//! This lets a package answer "which file declares `X`?" for the price of a byte scan, so a
//! question about one declaration parses one file instead of the whole package. The scan
//! tracks bracket depth and line starts (Go's automatic semicolons), skipping comments and
//! string, raw string and rune literals. On malformed input it returns what it has seen;
//! callers treat a missing name as unknown.

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

struct Lexer<'a> {
    src: &'a [u8],
    pos: usize,
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

#[cfg(test)]
mod tests {
    use super::*;

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
}
