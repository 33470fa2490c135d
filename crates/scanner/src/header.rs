//! A cheap lexical read of a Go file's header: the `package` clause and the import block.
//!
//! This is what lets the loader group files into packages and build the import map without a
//! full tree-sitter parse. It understands just enough Go lexis for the header: whitespace,
//! `//` and `/* */` comments, identifiers, interpreted and raw string literals, `(`, `)` and `;`.
//! It stops at the first token that cannot belong to the header (normally the first `func`,
//! `type`, `var` or `const`). Malformed input never panics; it only yields a shorter header.

/// One import spec as written: `alias "path"`, `_ "path"`, `. "path"` or `"path"`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportSpec {
    /// The local name given in the spec (`_`, `.`, or an identifier), if any.
    pub name: Option<String>,
    /// The unquoted import path.
    pub path: String,
    /// Byte offset of the path literal.
    pub offset: usize,
}

/// The header of a Go file.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Header {
    /// Package name and the byte offset of the name.
    pub package: Option<(String, usize)>,
    pub imports: Vec<ImportSpec>,
    /// The offset of a token that cannot be in a grouped import declaration, if the header
    /// has one: a syntax error Go's parser reports there.
    pub import_error: Option<usize>,
}

#[derive(Debug, PartialEq, Eq)]
enum Token {
    Ident(usize, usize),
    Str(String, usize),
    LParen,
    RParen,
    Semi,
    Dot,
    Other,
    Eof,
}

struct Lexer<'a> {
    src: &'a [u8],
    pos: usize,
}

impl<'a> Lexer<'a> {
    fn new(src: &'a [u8]) -> Self {
        let pos = if src.starts_with(b"\xEF\xBB\xBF") {
            3
        } else {
            0
        };
        Lexer { src, pos }
    }

    fn peek_byte(&self, off: usize) -> Option<u8> {
        self.src.get(self.pos + off).copied()
    }

    /// Skips whitespace and comments. Newlines are not significant for the header grammar we
    /// accept (automatic semicolons only matter between specs, where we accept either).
    fn skip_trivia(&mut self) {
        while let Some(b) = self.peek_byte(0) {
            match b {
                b' ' | b'\t' | b'\r' | b'\n' => self.pos += 1,
                b'/' if self.peek_byte(1) == Some(b'/') => {
                    while let Some(c) = self.peek_byte(0) {
                        if c == b'\n' {
                            break;
                        }
                        self.pos += 1;
                    }
                }
                b'/' if self.peek_byte(1) == Some(b'*') => {
                    self.pos += 2;
                    loop {
                        match self.peek_byte(0) {
                            None => return,
                            Some(b'*') if self.peek_byte(1) == Some(b'/') => {
                                self.pos += 2;
                                break;
                            }
                            Some(_) => self.pos += 1,
                        }
                    }
                }
                _ => return,
            }
        }
    }

    fn next(&mut self) -> Token {
        self.skip_trivia();
        let start = self.pos;
        let Some(b) = self.peek_byte(0) else {
            return Token::Eof;
        };
        match b {
            b'(' => {
                self.pos += 1;
                Token::LParen
            }
            b')' => {
                self.pos += 1;
                Token::RParen
            }
            b';' => {
                self.pos += 1;
                Token::Semi
            }
            b'.' => {
                self.pos += 1;
                Token::Dot
            }
            b'"' => {
                self.pos += 1;
                let mut out = Vec::new();
                loop {
                    match self.peek_byte(0) {
                        None | Some(b'\n') => return Token::Other,
                        Some(b'"') => {
                            self.pos += 1;
                            break;
                        }
                        Some(b'\\') => {
                            // Import paths never need escapes; keep the escaped byte verbatim.
                            if let Some(c) = self.peek_byte(1) {
                                out.push(c);
                            }
                            self.pos += 2;
                        }
                        Some(c) => {
                            out.push(c);
                            self.pos += 1;
                        }
                    }
                }
                Token::Str(String::from_utf8_lossy(&out).into_owned(), start)
            }
            b'`' => {
                self.pos += 1;
                let body_start = self.pos;
                while let Some(c) = self.peek_byte(0) {
                    if c == b'`' {
                        let s = String::from_utf8_lossy(&self.src[body_start..self.pos]);
                        self.pos += 1;
                        return Token::Str(s.into_owned(), start);
                    }
                    self.pos += 1;
                }
                Token::Other
            }
            c if is_ident_byte(c) => {
                while self.peek_byte(0).is_some_and(is_ident_byte) {
                    self.pos += 1;
                }
                Token::Ident(start, self.pos)
            }
            _ => {
                self.pos += 1;
                Token::Other
            }
        }
    }

    fn text(&self, start: usize, end: usize) -> &'a [u8] {
        &self.src[start..end]
    }
}

fn is_ident_byte(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_' || c >= 0x80
}

/// Reads the package clause and the import declarations at the top of `src`.
pub fn scan_header(src: &[u8]) -> Header {
    let mut lx = Lexer::new(src);
    let mut header = Header::default();
    match lx.next() {
        Token::Ident(s, e) if lx.text(s, e) == b"package" => {}
        _ => return header,
    }
    match lx.next() {
        Token::Ident(s, e) => {
            let name = String::from_utf8_lossy(lx.text(s, e)).into_owned();
            header.package = Some((name, s));
        }
        _ => return header,
    }
    loop {
        match lx.next() {
            Token::Semi => continue,
            Token::Ident(s, e) if lx.text(s, e) == b"import" => {}
            _ => return header,
        }
        match lx.next() {
            Token::LParen => loop {
                lx.skip_trivia();
                let at = lx.pos;
                match lx.next() {
                    Token::RParen => break,
                    Token::Semi => continue,
                    tok => {
                        if tok == Token::Eof || !read_spec(&mut lx, tok, &mut header.imports) {
                            header.import_error = Some(at);
                            return header;
                        }
                    }
                }
            },
            tok => {
                if !read_spec(&mut lx, tok, &mut header.imports) {
                    return header;
                }
            }
        }
    }
}

/// Reads one import spec starting with the already-lexed token `first`.
fn read_spec(lx: &mut Lexer<'_>, first: Token, out: &mut Vec<ImportSpec>) -> bool {
    let (name, tok) = match first {
        Token::Ident(s, e) => (
            Some(String::from_utf8_lossy(lx.text(s, e)).into_owned()),
            lx.next(),
        ),
        Token::Dot => (Some(".".to_string()), lx.next()),
        tok => (None, tok),
    };
    match tok {
        Token::Str(path, offset) => {
            out.push(ImportSpec { name, path, offset });
            true
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paths(h: &Header) -> Vec<(Option<&str>, &str)> {
        h.imports
            .iter()
            .map(|i| (i.name.as_deref(), i.path.as_str()))
            .collect()
    }

    #[test]
    fn reads_package_and_grouped_imports() {
        let src = br#"// Copyright
/* block */
package foo // trailing

import (
	"context"
	errgroup "golang.org/x/sync/errgroup"
	_ "embed"; . "strings"
	// comment
	raw `net/http`
)
import "sync"

func main() {}
"#;
        let h = scan_header(src);
        assert_eq!(h.package.as_ref().map(|p| p.0.as_str()), Some("foo"));
        assert_eq!(
            paths(&h),
            vec![
                (None, "context"),
                (Some("errgroup"), "golang.org/x/sync/errgroup"),
                (Some("_"), "embed"),
                (Some("."), "strings"),
                (Some("raw"), "net/http"),
                (None, "sync"),
            ]
        );
    }

    #[test]
    fn grouped_imports_that_cannot_be_are_errors() {
        assert_eq!(
            scan_header(b"package a\nimport (\n\"x\"\n)\n").import_error,
            None
        );
        assert_eq!(
            scan_header(b"package a\nimport (\n\"x\"\n(ctx, \"y\"\n)\n").import_error,
            Some(23)
        );
        assert_eq!(
            scan_header(b"package a\nimport (\n\"x\"\n").import_error,
            Some(23)
        );
    }

    #[test]
    fn stops_at_first_declaration() {
        let h = scan_header(b"package a\nvar x = 1\nimport \"fmt\"\n");
        assert!(h.imports.is_empty());
    }

    #[test]
    fn tolerates_garbage() {
        for src in [
            &b""[..],
            b"package",
            b"package \"x\"",
            b"package a; import (",
            b"package a; import \"unterminated",
            b"/* unterminated",
            b"\xff\xfe\x00package a",
            b"package a; import `raw",
        ] {
            let _ = scan_header(src);
        }
        let h = scan_header(b"\xEF\xBB\xBFpackage b\nimport \"x\"");
        assert_eq!(h.package.unwrap().0, "b");
        assert_eq!(h.imports.len(), 1);
    }
}
