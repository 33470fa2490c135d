//! Parsers for Go's module metadata: `go.mod`, `go.work` and `vendor/modules.txt`, plus
//! module-cache path escaping and Go language-version comparison.
//!
//! The `go.mod`/`go.work` lexer follows `golang.org/x/mod/modfile`: `//` comments run to the end
//! of the line (`/* */` comments are an error), tokens are separated by spaces, tabs and `\r`,
//! `( ) [ ] { } ,` are punctuation, `"..."` strings take Go escapes and `` `...` `` strings are
//! raw, and neither may span lines. A statement is one line, or a directive followed by a
//! parenthesised block whose lines each form one entry (`require ( ... )`, also `require ()`).
//!
//! Limits, by design:
//! - Only `module`, `go`, `require`, `exclude` and `replace` (`go.mod`) and `go`, `use` and
//!   `replace` (`go.work`) are interpreted. Other directives (`toolchain`, `godebug`, `retract`,
//!   `tool`, `ignore`, and any future ones) are accepted and skipped, block forms included.
//! - Comments are discarded, so `// indirect` and `// Deprecated:` markers are not reported.
//! - Argument counts, repeated `module`/`go` statements, the `go` version format and the
//!   shape of `replace` are checked as `x/mod` does. Module paths and versions are not
//!   validated or canonicalised (`x/mod` rejects e.g. `v1.2`; here it is kept verbatim).
//! - Back-quoted strings are accepted as arguments, where `x/mod` only lexes them and then
//!   rejects them; a leading UTF-8 byte-order mark is ignored.
//! - "Printable" identifier characters are approximated with Rust's character classes.
//! - Nothing is ever written back: these are read-only views.
//!
//! `vendor/modules.txt` is read the way `cmd/go` reads it: lines it does not understand are
//! ignored, so that parser cannot fail.

use std::collections::HashMap;
use std::fmt;

/// The interpreted content of a `go.mod` file.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ModFile {
    /// The `module` path, unquoted.
    pub module: Option<String>,
    /// The `go` directive, e.g. "1.25.6".
    pub go_version: Option<String>,
    /// `require` entries in file order.
    pub requires: Vec<Require>,
    /// `replace` entries in file order.
    pub replaces: Vec<Replace>,
    /// `exclude` entries in file order.
    pub excludes: Vec<Require>,
}

/// A module path and version, as in a `require` or `exclude` line.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Require {
    pub path: String,
    pub version: String,
}

/// A `replace old [v] => new [v]` directive.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Replace {
    pub old_path: String,
    /// `None` replaces every version of `old_path`.
    pub old_version: Option<String>,
    pub new_path: String,
    /// `None` exactly when the replacement is a directory.
    pub new_version: Option<String>,
}

impl Replace {
    /// A local replacement (`=> ./x`, `=> ../x`, `=> /abs`, Windows-style too): new_path starts with
    /// "./", "../", "/", ".\\", "..\\" or a drive letter, or is exactly "." / "..".
    ///
    /// Like `modfile.IsDirectoryPath`, a leading `\` also counts as rooted.
    pub fn is_local(&self) -> bool {
        is_directory_path(&self.new_path)
    }
}

/// The interpreted content of a `go.work` file.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct WorkFile {
    /// The `go` directive, e.g. "1.23.0".
    pub go_version: Option<String>,
    /// `use` directories, unquoted, in file order (relative to the go.work directory).
    pub uses: Vec<String>,
    /// `replace` entries in file order.
    pub replaces: Vec<Replace>,
}

/// One module listed in `vendor/modules.txt`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct VendoredModule {
    pub path: String,
    /// Empty for a wildcard replacement line (`# path => new`).
    pub version: String,
    /// The `=> path [version]` part, if present and understood.
    pub replacement: Option<(String, Option<String>)>,
    /// `## explicit`: the main module requires it directly.
    pub explicit: bool,
    /// `## go 1.21`: the module's own go version.
    pub go_version: Option<String>,
    /// The packages vendored from this module, in file order.
    pub packages: Vec<String>,
}

/// A syntax or usage error in a `go.mod` or `go.work` file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ModFileError {
    /// 1-based line number.
    pub line: usize,
    pub message: String,
}

impl ModFileError {
    fn new(line: usize, message: impl Into<String>) -> Self {
        ModFileError {
            line,
            message: message.into(),
        }
    }
}

impl fmt::Display for ModFileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

impl std::error::Error for ModFileError {}

type Result<T> = std::result::Result<T, ModFileError>;

// ---------------------------------------------------------------------------------------------
// Lexer
// ---------------------------------------------------------------------------------------------

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Ident,
    /// A quoted string; `text` keeps the quotes.
    Str,
    Punct(char),
    Newline,
}

#[derive(Clone, Debug)]
struct Token {
    kind: Kind,
    text: String,
    line: usize,
}

struct Cursor<'a> {
    rest: &'a str,
    line: usize,
}

impl Cursor<'_> {
    fn peek(&self) -> Option<char> {
        self.rest.chars().next()
    }

    fn starts_with(&self, prefix: &str) -> bool {
        self.rest.starts_with(prefix)
    }

    fn bump(&mut self) -> Option<char> {
        let mut it = self.rest.chars();
        let c = it.next()?;
        self.rest = it.as_str();
        if c == '\n' {
            self.line += 1;
        }
        Some(c)
    }
}

/// `modfile`'s `isIdent`: printable, not space, not punctuation.
fn is_ident_char(c: char) -> bool {
    match c {
        '(' | ')' | '[' | ']' | '{' | '}' | ',' => false,
        _ => !c.is_whitespace() && is_printable(c),
    }
}

/// Approximates Go's `unicode.IsPrint` for non-space characters: rejects control and format
/// characters and private-use code points.
fn is_printable(c: char) -> bool {
    if c.is_control() {
        return false;
    }
    !matches!(c as u32,
        0xAD
        | 0x600..=0x605
        | 0x61C
        | 0x6DD
        | 0x70F
        | 0x8E2
        | 0x180E
        | 0x200B..=0x200F
        | 0x202A..=0x202E
        | 0x2060..=0x206F
        | 0xFEFF
        | 0xFFF9..=0xFFFB
        | 0xE000..=0xF8FF
        | 0xE0000..=0xE007F
        | 0xF0000..)
}

fn lex(text: &str) -> Result<Vec<Token>> {
    let mut cur = Cursor {
        rest: text.strip_prefix('\u{feff}').unwrap_or(text),
        line: 1,
    };
    let mut toks = Vec::new();
    while let Some(c) = cur.peek() {
        let line = cur.line;
        match c {
            ' ' | '\t' | '\r' => {
                cur.bump();
            }
            '\n' => {
                cur.bump();
                toks.push(Token {
                    kind: Kind::Newline,
                    text: "\n".to_string(),
                    line,
                });
            }
            '/' if cur.starts_with("//") => {
                while cur.peek().is_some_and(|c| c != '\n') {
                    cur.bump();
                }
            }
            '/' if cur.starts_with("/*") => {
                return Err(ModFileError::new(
                    line,
                    "mod files must use // comments, not /* */ comments",
                ));
            }
            '(' | ')' | '[' | ']' | '{' | '}' | ',' => {
                cur.bump();
                toks.push(Token {
                    kind: Kind::Punct(c),
                    text: c.to_string(),
                    line,
                });
            }
            '"' | '`' => toks.push(lex_string(&mut cur, c)?),
            c if is_ident_char(c) => {
                let mut s = String::new();
                while let Some(c) = cur.peek() {
                    if !is_ident_char(c) || cur.starts_with("//") {
                        break;
                    }
                    if cur.starts_with("/*") {
                        return Err(ModFileError::new(
                            cur.line,
                            "mod files must use // comments, not /* */ comments",
                        ));
                    }
                    s.push(c);
                    cur.bump();
                }
                toks.push(Token {
                    kind: Kind::Ident,
                    text: s,
                    line,
                });
            }
            c => {
                return Err(ModFileError::new(
                    line,
                    format!("unexpected input character {c:?}"),
                ));
            }
        }
    }
    Ok(toks)
}

/// Scans a quoted string starting at `quote`; the token keeps its quotes.
fn lex_string(cur: &mut Cursor<'_>, quote: char) -> Result<Token> {
    let line = cur.line;
    let mut s = String::new();
    if let Some(q) = cur.bump() {
        s.push(q);
    }
    loop {
        match cur.peek() {
            None => return Err(ModFileError::new(line, "unexpected EOF in string")),
            Some('\n') => return Err(ModFileError::new(line, "unexpected newline in string")),
            Some(_) => {}
        }
        let Some(c) = cur.bump() else {
            return Err(ModFileError::new(line, "unexpected EOF in string"));
        };
        s.push(c);
        if c == quote {
            break;
        }
        if c == '\\' && quote == '"' {
            match cur.bump() {
                None => return Err(ModFileError::new(line, "unexpected EOF in string")),
                Some('\n') => {
                    return Err(ModFileError::new(line, "unexpected newline in string"));
                }
                Some(e) => s.push(e),
            }
        }
    }
    Ok(Token {
        kind: Kind::Str,
        text: s,
        line,
    })
}

/// Go's `strconv.Unquote` for a double-quoted literal (quotes included).
fn unquote_go(lit: &str) -> std::result::Result<String, String> {
    let inner = lit
        .strip_prefix('"')
        .and_then(|s| s.strip_suffix('"'))
        .ok_or_else(|| "invalid quoted string".to_string())?;
    let mut out: Vec<u8> = Vec::with_capacity(inner.len());
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            let mut buf = [0u8; 4];
            out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
            continue;
        }
        let esc = chars.next().ok_or("invalid escape at end of string")?;
        let simple = match esc {
            'a' => Some(0x07),
            'b' => Some(0x08),
            'f' => Some(0x0C),
            'n' => Some(b'\n'),
            'r' => Some(b'\r'),
            't' => Some(b'\t'),
            'v' => Some(0x0B),
            '\\' => Some(b'\\'),
            '"' => Some(b'"'),
            _ => None,
        };
        if let Some(b) = simple {
            out.push(b);
            continue;
        }
        match esc {
            'x' => {
                let v = take_digits(&mut chars, 2, 16)?;
                out.push(u8::try_from(v).map_err(|_| "invalid \\x escape")?);
            }
            '0'..='7' => {
                let rest = take_digits(&mut chars, 2, 8)?;
                let v = esc.to_digit(8).unwrap_or(0) * 64 + rest;
                out.push(u8::try_from(v).map_err(|_| "octal escape value > 255")?);
            }
            'u' | 'U' => {
                let n = if esc == 'u' { 4 } else { 8 };
                let v = take_digits(&mut chars, n, 16)?;
                let ch = char::from_u32(v).ok_or("invalid Unicode code point in escape")?;
                let mut buf = [0u8; 4];
                out.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
            }
            other => return Err(format!("invalid escape sequence \\{other}")),
        }
    }
    String::from_utf8(out).map_err(|_| "string is not valid UTF-8".to_string())
}

fn take_digits(
    chars: &mut std::str::Chars<'_>,
    n: usize,
    radix: u32,
) -> std::result::Result<u32, String> {
    let mut v: u32 = 0;
    for _ in 0..n {
        let d = chars
            .next()
            .and_then(|c| c.to_digit(radix))
            .ok_or("invalid escape sequence")?;
        v = v * radix + d;
    }
    Ok(v)
}

// ---------------------------------------------------------------------------------------------
// Statement structure
// ---------------------------------------------------------------------------------------------

struct Line {
    toks: Vec<Token>,
    line: usize,
}

enum Stmt {
    Line(Line),
    Block {
        prefix: Vec<Token>,
        line: usize,
        lines: Vec<Line>,
    },
}

type Toks = std::iter::Peekable<std::vec::IntoIter<Token>>;

fn parse_stmts(text: &str) -> Result<Vec<Stmt>> {
    let mut it = lex(text)?.into_iter().peekable();
    let mut stmts = Vec::new();
    while let Some(tok) = it.next() {
        if tok.kind != Kind::Newline {
            stmts.push(parse_stmt(tok, &mut it)?);
        }
    }
    Ok(stmts)
}

fn parse_stmt(first: Token, it: &mut Toks) -> Result<Stmt> {
    let line = first.line;
    let mut toks = Vec::new();
    let mut next = Some(first);
    while let Some(tok) = next {
        match tok.kind {
            Kind::Newline => break,
            Kind::Punct('(') => return parse_block(line, toks, it),
            _ => toks.push(tok),
        }
        next = it.next();
    }
    Ok(Stmt::Line(Line { toks, line }))
}

fn parse_block(line: usize, prefix: Vec<Token>, it: &mut Toks) -> Result<Stmt> {
    let mut lines = Vec::new();
    loop {
        let Some(tok) = it.next() else {
            return Err(ModFileError::new(
                line,
                format!("syntax error (unterminated block started at line {line})"),
            ));
        };
        match tok.kind {
            Kind::Newline => {}
            Kind::Punct(')') => {
                if let Some(after) = it.peek() {
                    if after.kind != Kind::Newline {
                        return Err(ModFileError::new(
                            after.line,
                            "syntax error (expected newline after closing paren)",
                        ));
                    }
                }
                return Ok(Stmt::Block {
                    prefix,
                    line,
                    lines,
                });
            }
            _ => {
                let l = tok.line;
                let mut toks = vec![tok];
                while let Some(t) = it.next_if(|t| t.kind != Kind::Newline) {
                    toks.push(t);
                }
                lines.push(Line { toks, line: l });
            }
        }
    }
}

/// One interpreted directive: a one-line statement or one line of a block.
struct Directive<'a> {
    verb: &'a str,
    args: &'a [Token],
    line: usize,
}

/// Flattens statements into directives for the `known` verbs, skipping unknown ones.
/// Blocks are allowed only for `blockable` verbs.
fn directives<'a>(
    stmts: &'a [Stmt],
    known: &[&str],
    blockable: &[&str],
) -> Result<Vec<Directive<'a>>> {
    let mut out = Vec::new();
    for stmt in stmts {
        match stmt {
            Stmt::Line(l) => {
                let Some((verb, args)) = l.toks.split_first() else {
                    continue;
                };
                check_verb(verb)?;
                if verb.kind == Kind::Ident && known.contains(&verb.text.as_str()) {
                    out.push(Directive {
                        verb: &verb.text,
                        args,
                        line: l.line,
                    });
                }
            }
            Stmt::Block {
                prefix,
                line,
                lines,
            } => {
                let Some(verb) = prefix.first() else {
                    return Err(ModFileError::new(
                        *line,
                        "syntax error (block without directive)",
                    ));
                };
                check_verb(verb)?;
                if verb.kind != Kind::Ident || !known.contains(&verb.text.as_str()) {
                    continue;
                }
                if prefix.len() > 1 || !blockable.contains(&verb.text.as_str()) {
                    let words: Vec<&str> = prefix.iter().map(|t| t.text.as_str()).collect();
                    return Err(ModFileError::new(
                        *line,
                        format!("unknown block type: {}", words.join(" ")),
                    ));
                }
                for l in lines {
                    out.push(Directive {
                        verb: &verb.text,
                        args: &l.toks,
                        line: l.line,
                    });
                }
            }
        }
    }
    Ok(out)
}

fn check_verb(verb: &Token) -> Result<()> {
    match verb.kind {
        Kind::Punct(c) => Err(ModFileError::new(
            verb.line,
            format!("syntax error (unexpected '{c}')"),
        )),
        _ => Ok(()),
    }
}

/// `modfile`'s `parseString`: unquotes strings; bare words may not contain quotes.
fn parse_string(tok: &Token, line: usize) -> Result<String> {
    match tok.kind {
        Kind::Str if tok.text.starts_with('`') => Ok(tok
            .text
            .strip_prefix('`')
            .and_then(|s| s.strip_suffix('`'))
            .unwrap_or_default()
            .to_string()),
        Kind::Str => unquote_go(&tok.text).map_err(|m| ModFileError::new(line, m)),
        _ if tok.text.contains(['"', '\'', '`']) => Err(ModFileError::new(
            line,
            "unquoted string cannot contain quote",
        )),
        _ => Ok(tok.text.clone()),
    }
}

fn is_arrow(tok: &Token) -> bool {
    tok.kind == Kind::Ident && tok.text == "=>"
}

fn single_arg<'a>(d: &Directive<'a>, usage: &str) -> Result<&'a Token> {
    match d.args {
        [a] => Ok(a),
        _ => Err(ModFileError::new(d.line, usage)),
    }
}

fn parse_go_directive(d: &Directive<'_>, seen: bool) -> Result<String> {
    if seen {
        return Err(ModFileError::new(d.line, "repeated go statement"));
    }
    let arg = single_arg(d, "go directive expects exactly one argument")?;
    if arg.kind != Kind::Ident || !is_valid_go_version(&arg.text) {
        return Err(ModFileError::new(
            d.line,
            format!(
                "invalid go version '{}': must match format 1.23.0",
                arg.text
            ),
        ));
    }
    Ok(arg.text.clone())
}

fn parse_replace(d: &Directive<'_>) -> Result<Replace> {
    let usage = || {
        ModFileError::new(
            d.line,
            format!(
                "usage: {0} module/path [v1.2.3] => other/module v1.4\n\t or {0} module/path [v1.2.3] => ../local/directory",
                d.verb
            ),
        )
    };
    let (old, old_v, new, new_v) = match d.args {
        [o, a, n] if is_arrow(a) => (o, None, n, None),
        [o, a, n, nv] if is_arrow(a) => (o, None, n, Some(nv)),
        [_, a, ..] if is_arrow(a) => return Err(usage()),
        [o, ov, a, n] if is_arrow(a) => (o, Some(ov), n, None),
        [o, ov, a, n, nv] if is_arrow(a) => (o, Some(ov), n, Some(nv)),
        _ => return Err(usage()),
    };
    let old_path = parse_string(old, d.line)?;
    let old_version = old_v.map(|t| parse_string(t, d.line)).transpose()?;
    let new_path = parse_string(new, d.line)?;
    let new_version = new_v.map(|t| parse_string(t, d.line)).transpose()?;
    let dir = is_directory_path(&new_path);
    if new_version.is_none() && !dir {
        let msg = if new_path.contains('@') {
            "replacement module must match format 'path version', not 'path@version'"
        } else {
            "replacement module without version must be directory path (rooted or starting with ./ or ../)"
        };
        return Err(ModFileError::new(d.line, msg));
    }
    if new_version.is_some() && dir {
        return Err(ModFileError::new(
            d.line,
            format!("replacement module directory path {new_path:?} cannot have version"),
        ));
    }
    Ok(Replace {
        old_path,
        old_version,
        new_path,
        new_version,
    })
}

fn parse_require(d: &Directive<'_>) -> Result<Require> {
    match d.args {
        [p, v] => Ok(Require {
            path: parse_string(p, d.line)?,
            version: parse_string(v, d.line)?,
        }),
        _ => Err(ModFileError::new(
            d.line,
            format!("usage: {} module/path v1.2.3", d.verb),
        )),
    }
}

/// `modfile.IsDirectoryPath`: Unix and Windows syntaxes, whatever the host.
fn is_directory_path(p: &str) -> bool {
    let b = p.as_bytes();
    p == "."
        || p == ".."
        || p.starts_with("./")
        || p.starts_with(".\\")
        || p.starts_with("../")
        || p.starts_with("..\\")
        || p.starts_with('/')
        || p.starts_with('\\')
        || matches!(b, [d, b':', ..] if d.is_ascii_alphabetic())
}

/// Parses a `go.mod` file.
pub fn parse_go_mod(text: &str) -> Result<ModFile> {
    let stmts = parse_stmts(text)?;
    let ds = directives(
        &stmts,
        &["module", "go", "require", "exclude", "replace"],
        &["module", "require", "exclude", "replace"],
    )?;
    let mut mf = ModFile::default();
    for d in &ds {
        match d.verb {
            "module" => {
                if mf.module.is_some() {
                    return Err(ModFileError::new(d.line, "repeated module statement"));
                }
                let arg = single_arg(d, "usage: module module/path")?;
                mf.module = Some(parse_string(arg, d.line)?);
            }
            "go" => mf.go_version = Some(parse_go_directive(d, mf.go_version.is_some())?),
            "require" => mf.requires.push(parse_require(d)?),
            "exclude" => mf.excludes.push(parse_require(d)?),
            "replace" => mf.replaces.push(parse_replace(d)?),
            _ => {}
        }
    }
    Ok(mf)
}

/// Parses a `go.work` file.
pub fn parse_go_work(text: &str) -> Result<WorkFile> {
    let stmts = parse_stmts(text)?;
    let ds = directives(&stmts, &["go", "use", "replace"], &["use", "replace"])?;
    let mut wf = WorkFile::default();
    for d in &ds {
        match d.verb {
            "go" => wf.go_version = Some(parse_go_directive(d, wf.go_version.is_some())?),
            "use" => {
                let arg = single_arg(d, "usage: use local/dir")?;
                wf.uses.push(parse_string(arg, d.line)?);
            }
            "replace" => wf.replaces.push(parse_replace(d)?),
            _ => {}
        }
    }
    Ok(wf)
}

// ---------------------------------------------------------------------------------------------
// vendor/modules.txt
// ---------------------------------------------------------------------------------------------

/// vendor/modules.txt: lines "# path version", "# path version => replacement [version]", "## explicit; go 1.21",
/// and package lines (no leading '#'). Returns the modules in order with their package lists.
///
/// Mirrors `cmd/go`'s `readVendorList`: module lines whose version is not valid semver (and
/// not a wildcard `# path => new` replacement) are ignored together with the lines that
/// follow them; a module listed twice is merged into its first entry.
pub fn parse_vendor_modules_txt(text: &str) -> Vec<VendoredModule> {
    let mut mods: Vec<VendoredModule> = Vec::new();
    let mut index: HashMap<(String, String), usize> = HashMap::new();
    let mut current: Option<usize> = None;
    for line in text.split('\n') {
        let line = line.strip_suffix('\r').unwrap_or(line);
        if line.starts_with("# ") {
            let f: Vec<&str> = line.split_whitespace().collect();
            let (path, version, rest) = match f.as_slice() {
                [_, p, v, rest @ ..] if is_semver(v) => (*p, *v, rest),
                [_, p, rest @ ..] if rest.first() == Some(&"=>") => (*p, "", rest),
                _ => {
                    current = None;
                    continue;
                }
            };
            let key = (path.to_string(), version.to_string());
            let i = *index.entry(key).or_insert_with(|| {
                mods.push(VendoredModule {
                    path: path.to_string(),
                    version: version.to_string(),
                    ..VendoredModule::default()
                });
                mods.len() - 1
            });
            current = Some(i);
            let replacement = match rest {
                ["=>", p] => Some(Some(((*p).to_string(), None))),
                ["=>", p, v] if is_semver(v) => {
                    Some(Some(((*p).to_string(), Some((*v).to_string()))))
                }
                _ => None,
            };
            if let (Some(r), Some(m)) = (replacement, mods.get_mut(i)) {
                m.replacement = r;
            }
            continue;
        }
        let Some(m) = current.and_then(|i| mods.get_mut(i)) else {
            continue;
        };
        if let Some(annotations) = line.strip_prefix("## ") {
            for entry in annotations.split(';').map(str::trim) {
                if entry == "explicit" {
                    m.explicit = true;
                }
                if let Some(v) = entry.strip_prefix("go ") {
                    m.go_version = Some(v.trim().to_string());
                }
            }
            continue;
        }
        let mut fields = line.split_whitespace();
        if let (Some(pkg), None) = (fields.next(), fields.next()) {
            if is_import_path(pkg) {
                m.packages.push(pkg.to_string());
            }
        }
    }
    mods
}

/// A simplified `module.CheckImportPath`: slash-separated non-empty elements of
/// `[A-Za-z0-9._~+-]`, none starting or ending with a dot.
fn is_import_path(p: &str) -> bool {
    !p.is_empty()
        && p.split('/').all(|e| {
            !e.is_empty()
                && !e.starts_with('.')
                && !e.ends_with('.')
                && e.chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '.' | '_' | '~' | '+'))
        })
}

/// `golang.org/x/mod/semver.IsValid`: `vMAJOR[.MINOR[.PATCH[-PRE][+BUILD]]]`.
fn is_semver(v: &str) -> bool {
    fn num(s: &str) -> Option<&str> {
        let end = s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len());
        let (n, rest) = s.split_at(end);
        if n.is_empty() || (n.len() > 1 && n.starts_with('0')) {
            None
        } else {
            Some(rest)
        }
    }
    fn idents(s: &str, numeric_no_leading_zero: bool) -> bool {
        s.split('.').all(|id| {
            !id.is_empty()
                && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
                && !(numeric_no_leading_zero
                    && id.len() > 1
                    && id.starts_with('0')
                    && id.chars().all(|c| c.is_ascii_digit()))
        })
    }
    let Some(rest) = v.strip_prefix('v').and_then(num) else {
        return false;
    };
    if rest.is_empty() {
        return true;
    }
    let Some(rest) = rest.strip_prefix('.').and_then(num) else {
        return false;
    };
    if rest.is_empty() {
        return true;
    }
    let Some(rest) = rest.strip_prefix('.').and_then(num) else {
        return false;
    };
    let (pre_and_rest, build) = match rest.split_once('+') {
        Some((a, b)) => (a, Some(b)),
        None => (rest, None),
    };
    let pre_ok = match pre_and_rest.strip_prefix('-') {
        Some(pre) => idents(pre, true),
        None => pre_and_rest.is_empty(),
    };
    pre_ok && build.is_none_or(|b| idents(b, false))
}

// ---------------------------------------------------------------------------------------------
// Escaping and versions
// ---------------------------------------------------------------------------------------------

/// Module-cache path escaping (golang.org/x/mod/module.EscapePath): every upper-case ASCII
/// letter becomes '!' + its lower-case form. Returns `None` when the path already contains '!'
/// (the real function also rejects otherwise invalid paths; this one does not check them).
pub fn escape_module_path(path: &str) -> Option<String> {
    escape_string(path)
}

/// Module-cache version escaping (golang.org/x/mod/module.EscapeVersion), same rules as
/// [`escape_module_path`].
pub fn escape_version(v: &str) -> Option<String> {
    escape_string(v)
}

fn escape_string(s: &str) -> Option<String> {
    if s.contains('!') {
        return None;
    }
    let mut out = String::with_capacity(s.len() + 4);
    for c in s.chars() {
        if c.is_ascii_uppercase() {
            out.push('!');
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    Some(out)
}

/// `modfile.GoVersionRE`: `^([1-9][0-9]*)\.(0|[1-9][0-9]*)(\.(0|[1-9][0-9]*))?([a-z]+[0-9]+)?$`.
fn is_valid_go_version(v: &str) -> bool {
    fn num(s: &str, allow_zero: bool) -> Option<&str> {
        let end = s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len());
        let (n, rest) = s.split_at(end);
        let ok = match n.as_bytes() {
            [] => false,
            [b'0'] => allow_zero,
            [b'0', ..] => false,
            _ => true,
        };
        ok.then_some(rest)
    }
    let Some(rest) = num(v, false)
        .and_then(|r| r.strip_prefix('.'))
        .and_then(|r| num(r, true))
    else {
        return false;
    };
    let rest = match rest.strip_prefix('.') {
        Some(r) => match num(r, true) {
            Some(r) => r,
            None => return false,
        },
        None => rest,
    };
    if rest.is_empty() {
        return true;
    }
    let letters = rest
        .find(|c: char| !c.is_ascii_lowercase())
        .unwrap_or(rest.len());
    let (word, digits) = rest.split_at(letters);
    !word.is_empty() && !digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit())
}

/// Whether the Go version `v` ("1.14", "1.21.0", "1.22rc1", also "go1.21") is at least
/// `major.minor`. Only the language version (first two numbers) matters, so "1.22rc1" counts
/// as 1.22. Unparseable versions are never at least anything.
pub fn go_version_at_least(v: &str, major: u32, minor: u32) -> bool {
    fn num(s: &str) -> Option<(u64, &str)> {
        let end = s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len());
        let (n, rest) = s.split_at(end);
        if n.is_empty() {
            return None;
        }
        let v = n.bytes().fold(0u64, |acc, d| {
            acc.saturating_mul(10).saturating_add(u64::from(d - b'0'))
        });
        Some((v, rest))
    }
    let v = v.trim();
    let v = v.strip_prefix("go").unwrap_or(v);
    let Some((maj, rest)) = num(v) else {
        return false;
    };
    let min = rest.strip_prefix('.').and_then(num).map_or(0, |(m, _)| m);
    (maj, min) >= (u64::from(major), u64::from(minor))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn req(path: &str, version: &str) -> Require {
        Require {
            path: path.into(),
            version: version.into(),
        }
    }

    const REALISTIC: &str = r#"// Top comment
module example.com/my/mod // trailing comment

go 1.23.0

toolchain go1.24.2

require (
	github.com/BurntSushi/toml v1.5.0
	golang.org/x/sync v0.16.0 // indirect
	// a comment line inside the block

	"example.com/quoted" "v0.1.0"
)

require golang.org/x/text v0.20.0 // indirect

replace golang.org/x/sync => ./local/sync
replace example.com/old v1.0.0 => example.com/new v1.2.0
replace (
	example.com/a v1.0.0 => ../a
	example.com/b => example.com/c v0.0.0-20240101000000-abcdef123456
	example.com/win => C:\src\win
)

exclude example.com/bad v0.9.0
exclude (
	example.com/bad v0.9.1
)

retract (
	v1.0.1 // published by mistake
	[v1.1.0, v1.1.5]
)
retract v0.1.0

tool golang.org/x/tools/cmd/stringer
godebug (
	default=go1.21
	panicnil=1
)
ignore ./node_modules
"#;

    #[test]
    fn realistic_go_mod() {
        let mf = parse_go_mod(REALISTIC).expect("parses");
        assert_eq!(mf.module.as_deref(), Some("example.com/my/mod"));
        assert_eq!(mf.go_version.as_deref(), Some("1.23.0"));
        assert_eq!(
            mf.requires,
            vec![
                req("github.com/BurntSushi/toml", "v1.5.0"),
                req("golang.org/x/sync", "v0.16.0"),
                req("example.com/quoted", "v0.1.0"),
                req("golang.org/x/text", "v0.20.0"),
            ]
        );
        assert_eq!(
            mf.excludes,
            vec![
                req("example.com/bad", "v0.9.0"),
                req("example.com/bad", "v0.9.1")
            ]
        );
        assert_eq!(mf.replaces.len(), 5);
        let r = &mf.replaces;
        assert_eq!(
            r[0],
            Replace {
                old_path: "golang.org/x/sync".into(),
                old_version: None,
                new_path: "./local/sync".into(),
                new_version: None,
            }
        );
        assert!(r[0].is_local());
        assert_eq!(
            r[1],
            Replace {
                old_path: "example.com/old".into(),
                old_version: Some("v1.0.0".into()),
                new_path: "example.com/new".into(),
                new_version: Some("v1.2.0".into()),
            }
        );
        assert!(!r[1].is_local());
        assert_eq!(r[2].old_version.as_deref(), Some("v1.0.0"));
        assert_eq!(r[2].new_path, "../a");
        assert!(r[2].is_local());
        assert_eq!(r[3].old_version, None);
        assert_eq!(
            r[3].new_version.as_deref(),
            Some("v0.0.0-20240101000000-abcdef123456")
        );
        assert_eq!(r[4].new_path, "C:\\src\\win");
        assert!(r[4].is_local());
    }

    #[test]
    fn empty_and_comment_only_files() {
        assert_eq!(parse_go_mod(""), Ok(ModFile::default()));
        assert_eq!(parse_go_mod("\n\n  \t\n"), Ok(ModFile::default()));
        assert_eq!(
            parse_go_mod("// just a comment\n// another"),
            Ok(ModFile::default())
        );
        assert_eq!(parse_go_work(""), Ok(WorkFile::default()));
    }

    #[test]
    fn quoted_module_paths_and_escapes() {
        let mf = parse_go_mod("module \"example.com/q\"\n").expect("parses");
        assert_eq!(mf.module.as_deref(), Some("example.com/q"));
        let mf = parse_go_mod("module `example.com/raw\\x`\n").expect("parses");
        assert_eq!(mf.module.as_deref(), Some("example.com/raw\\x"));
        let mf = parse_go_mod(r#"module "a\x62\143\u0064\U00000065\t\"//""#).expect("parses");
        assert_eq!(mf.module.as_deref(), Some("abcde\t\"//"));
        // A `//` inside a string is not a comment.
        let mf = parse_go_mod("module \"x//y\" // real comment").expect("parses");
        assert_eq!(mf.module.as_deref(), Some("x//y"));
    }

    #[test]
    fn bad_strings() {
        for (src, line) in [
            ("module \"abc", 1),
            ("\nmodule \"abc\nfoo\"", 2),
            ("module `abc", 1),
            ("module `a\nb`", 1),
            ("module \"abc\\", 1),
        ] {
            let e = parse_go_mod(src).expect_err(src);
            assert_eq!(e.line, line, "{src}: {e}");
            assert!(e.message.contains("string"), "{src}: {e}");
        }
        // Invalid escapes are reported when the argument is used.
        for src in [
            r#"module "\q""#,
            r#"module "\'""#,
            r#"module "\xZZ""#,
            r#"module "\400""#,
            r#"module "\uD800""#,
            r#"module "\xff""#,
        ] {
            assert!(parse_go_mod(src).is_err(), "{src}");
        }
        // Quotes inside bare words are rejected.
        assert!(parse_go_mod("module a\"b\"").is_err());
        assert!(parse_go_mod("module 'a'").is_err());
    }

    #[test]
    fn comments_everywhere() {
        let src = "// c0\nmodule m// c1\n// c2\ngo 1.21 // c3\nrequire ( // c4\n// c5\na v1.0.0// c6\n) // c7\n// c8";
        let mf = parse_go_mod(src).expect("parses");
        assert_eq!(mf.module.as_deref(), Some("m"));
        assert_eq!(mf.go_version.as_deref(), Some("1.21"));
        assert_eq!(mf.requires, vec![req("a", "v1.0.0")]);
        let e = parse_go_mod("module m /* no */").expect_err("block comment");
        assert!(e.message.contains("// comments"));
        let e = parse_go_mod("module m/*x*/").expect_err("block comment in ident");
        assert_eq!(e.line, 1);
    }

    #[test]
    fn crlf_line_endings() {
        let src = REALISTIC.replace('\n', "\r\n");
        assert_eq!(parse_go_mod(&src), parse_go_mod(REALISTIC));
        let wf = parse_go_work("go 1.22\r\nuse (\r\n\t./a\r\n)\r\n").expect("parses");
        assert_eq!(wf.uses, vec!["./a"]);
        assert_eq!(wf.go_version.as_deref(), Some("1.22"));
    }

    #[test]
    fn bom_is_ignored() {
        let mf = parse_go_mod("\u{feff}module m\n").expect("parses");
        assert_eq!(mf.module.as_deref(), Some("m"));
    }

    #[test]
    fn unknown_directives_are_skipped() {
        let src = "module m\nfuture x y z\nfuture (\n  a b\n  c ( d\n)\nfuture2 with args (\n)\ntoolchain go1.25.0\n";
        let mf = parse_go_mod(src).expect("parses");
        assert_eq!(mf.module.as_deref(), Some("m"));
        assert!(mf.requires.is_empty());
    }

    #[test]
    fn empty_and_one_line_blocks() {
        let mf = parse_go_mod("require ()\nreplace (\n)\n").expect("parses");
        assert_eq!(mf, ModFile::default());
        let mf = parse_go_mod("require ( a v1.0.0\n)").expect("parses");
        assert_eq!(mf.requires, vec![req("a", "v1.0.0")]);
    }

    #[test]
    fn module_block_form() {
        let mf = parse_go_mod("module (\n\tex.com/m\n)\n").expect("parses");
        assert_eq!(mf.module.as_deref(), Some("ex.com/m"));
    }

    #[test]
    fn unterminated_block_reports_its_line() {
        let e = parse_go_mod("module m\n\nrequire (\n\ta v1.0.0\n").expect_err("unterminated");
        assert_eq!(e.line, 3);
        assert!(e.message.contains("unterminated block"), "{e}");
        assert_eq!(e.to_string(), format!("line 3: {}", e.message));
        let e = parse_go_work("use (\n./a").expect_err("unterminated");
        assert_eq!(e.line, 1);
        // Unknown directives' blocks must be terminated too.
        assert!(parse_go_mod("retract (\nv1.0.0\n").is_err());
    }

    #[test]
    fn paren_errors() {
        let e = parse_go_mod("require (\na v1\n) extra\n").expect_err("trailing");
        assert_eq!(e.line, 3);
        assert!(parse_go_mod(")\n").is_err());
        assert!(parse_go_mod("(\n)\n").is_err());
        assert!(parse_go_mod("go (\n1.21\n)\n").is_err());
        assert!(parse_go_mod("require foo (\na v1\n)\n").is_err());
    }

    #[test]
    fn usage_errors() {
        for (src, line) in [
            ("module", 1),
            ("module a b", 1),
            ("module a\nmodule b", 2),
            ("go", 1),
            ("go 1.21\ngo 1.22", 2),
            ("go 1.21-custom", 1),
            ("go v1.21", 1),
            ("go \"1.21\"", 1),
            ("require a", 1),
            ("require (\na v1\nb\n)", 3),
            ("exclude a v1 v2", 1),
            ("replace a", 1),
            ("replace a => b", 1),
            ("replace a => b@v1.0.0", 1),
            ("replace a v1 => ./b v1.0.0", 1),
            ("replace a => b v1 v2", 1),
            ("replace a v1 v2 => b", 1),
        ] {
            let e = parse_go_mod(src).expect_err(src);
            assert_eq!(e.line, line, "{src}: {e}");
        }
    }

    #[test]
    fn go_versions_accepted() {
        for v in [
            "1.21",
            "1.21.0",
            "1.22rc1",
            "1.21.0rc2",
            "1.0",
            "1.25.6",
            "10.3.12beta4",
        ] {
            let mf = parse_go_mod(&format!("go {v}")).expect(v);
            assert_eq!(mf.go_version.as_deref(), Some(v));
        }
        for v in ["01.2", "1", "1.02", "1.2.", "1.2rc", "1.2RC1", "1.2.3.4"] {
            assert!(parse_go_mod(&format!("go {v}")).is_err(), "{v}");
        }
    }

    #[test]
    fn garbage_never_panics() {
        // Bare words are unknown directives.
        assert_eq!(
            parse_go_mod("this is not a go.mod file"),
            Ok(ModFile::default())
        );
        assert!(parse_go_mod("\u{0}\u{1}\u{2}binary").is_err());
        assert!(parse_go_mod("module m\n\u{7f}").is_err());
        assert!(parse_go_mod("module\u{200b}m").is_err());
        let nasty = [
            "\"",
            "`",
            "(",
            ")",
            "((",
            "))",
            "=>",
            "replace =>",
            "replace => =>",
            "\\",
            "\"\\",
            "require (\n(\n)\n)",
            "module \"\\u",
            "module \"\\U0011FFFF\"",
            "ü ü ü (",
            "\r\r\r",
            "/",
            "/ /",
            "//",
            "/*",
            "module é",
        ];
        for s in nasty {
            let _ = parse_go_mod(s);
            let _ = parse_go_work(s);
            let _ = parse_vendor_modules_txt(s);
        }
        // Every prefix of a real file, cut at each char boundary.
        for (i, _) in REALISTIC.char_indices() {
            let _ = parse_go_mod(&REALISTIC[..i]);
            let _ = parse_go_work(&REALISTIC[..i]);
        }
    }

    #[test]
    fn punctuation_splits_tokens() {
        // `a,b` lexes as three tokens, so this is a usage error rather than a path.
        assert!(parse_go_mod("module a,b").is_err());
        // `=>` glued to a word is not an arrow.
        assert!(parse_go_mod("replace a=>./b").is_err());
        let mf = parse_go_mod("replace a =>./b").expect_err("glued arrow");
        assert_eq!(mf.line, 1);
    }

    #[test]
    fn is_local_variants() {
        let local = [
            "./x", "../x", "/abs", ".\\x", "..\\x", "C:\\x", "c:/x", ".", "..", "\\x",
        ];
        for p in local {
            let r = Replace {
                new_path: p.into(),
                ..Replace::default()
            };
            assert!(r.is_local(), "{p}");
        }
        for p in ["example.com/x", "x", ".x", "...", "1:x", "", "x/./y"] {
            let r = Replace {
                new_path: p.into(),
                ..Replace::default()
            };
            assert!(!r.is_local(), "{p}");
        }
    }

    #[test]
    fn go_work_uses_and_replaces() {
        let src = "go 1.23.4\n\nuse (\n\t./a\n\t../b // comment\n\t\"./with space\"\n)\nuse ./c\n\nreplace example.com/x v1.0.0 => ./x\ntoolchain go1.24.0\ngodebug (\n\tdefault=go1.21\n)\n";
        let wf = parse_go_work(src).expect("parses");
        assert_eq!(wf.go_version.as_deref(), Some("1.23.4"));
        assert_eq!(wf.uses, vec!["./a", "../b", "./with space", "./c"]);
        assert_eq!(wf.replaces.len(), 1);
        assert!(wf.replaces[0].is_local());
        assert!(parse_go_work("use a b").is_err());
        assert!(parse_go_work("use").is_err());
        assert!(parse_go_work("go 1.21\ngo 1.22").is_err());
        // `module` is not a go.work directive; it is skipped like any unknown one.
        assert_eq!(parse_go_work("module m"), Ok(WorkFile::default()));
    }

    const MODULES_TXT: &str = "# github.com/BurntSushi/toml v1.5.0
## explicit; go 1.18
github.com/BurntSushi/toml
github.com/BurntSushi/toml/internal
# golang.org/x/sync v0.16.0 => ./local/sync
## explicit; go 1.23
golang.org/x/sync/errgroup
# example.com/old v1.0.0 => example.com/new v1.2.0
";

    #[test]
    fn vendor_modules_txt() {
        let mods = parse_vendor_modules_txt(MODULES_TXT);
        assert_eq!(
            mods,
            vec![
                VendoredModule {
                    path: "github.com/BurntSushi/toml".into(),
                    version: "v1.5.0".into(),
                    replacement: None,
                    explicit: true,
                    go_version: Some("1.18".into()),
                    packages: vec![
                        "github.com/BurntSushi/toml".into(),
                        "github.com/BurntSushi/toml/internal".into()
                    ],
                },
                VendoredModule {
                    path: "golang.org/x/sync".into(),
                    version: "v0.16.0".into(),
                    replacement: Some(("./local/sync".into(), None)),
                    explicit: true,
                    go_version: Some("1.23".into()),
                    packages: vec!["golang.org/x/sync/errgroup".into()],
                },
                VendoredModule {
                    path: "example.com/old".into(),
                    version: "v1.0.0".into(),
                    replacement: Some(("example.com/new".into(), Some("v1.2.0".into()))),
                    explicit: false,
                    go_version: None,
                    packages: vec![],
                },
            ]
        );
        let crlf = MODULES_TXT.replace('\n', "\r\n");
        assert_eq!(parse_vendor_modules_txt(&crlf), mods);
    }

    #[test]
    fn vendor_modules_txt_odd_lines() {
        let src = "orphan/pkg\n## explicit\n# bad-line\n# m notaversion\nm/pkg\n# w => ./w\n## explicit\n## go 1.21\n# x v1.0.0 => y what\nx/pkg\nnot a package\n#x/nope\n# x v1.0.0\nx/pkg2\n# y v1.0.0+incompatible\n# z v2.0.0-rc.1\n# z v1.2.3-01\n";
        let mods = parse_vendor_modules_txt(src);
        let names: Vec<(&str, &str)> = mods
            .iter()
            .map(|m| (m.path.as_str(), m.version.as_str()))
            .collect();
        assert_eq!(
            names,
            vec![
                ("w", ""),
                ("x", "v1.0.0"),
                ("y", "v1.0.0+incompatible"),
                ("z", "v2.0.0-rc.1"),
            ]
        );
        let w = &mods[0];
        assert_eq!(w.replacement, Some(("./w".into(), None)));
        assert!(w.explicit);
        assert_eq!(w.go_version.as_deref(), Some("1.21"));
        let x = &mods[1];
        assert_eq!(x.replacement, None);
        assert_eq!(x.packages, vec!["x/pkg", "x/pkg2"]);
        assert!(parse_vendor_modules_txt("").is_empty());
    }

    #[test]
    fn semver_validity() {
        for v in [
            "v1",
            "v1.2",
            "v1.2.3",
            "v0.0.0-20240101000000-abcdef",
            "v1.2.3-pre.1+build.5",
            "v2.0.0+incompatible",
        ] {
            assert!(is_semver(v), "{v}");
        }
        for v in [
            "1.2.3",
            "v",
            "v01.2.3",
            "v1.2-pre",
            "v1.2.3-",
            "v1.2.3-01",
            "v1.2.3+",
            "v1.2.3.4",
            "v1..2",
        ] {
            assert!(!is_semver(v), "{v}");
        }
    }

    #[test]
    fn escaping() {
        assert_eq!(
            escape_module_path("github.com/BurntSushi/toml").as_deref(),
            Some("github.com/!burnt!sushi/toml")
        );
        assert_eq!(
            escape_module_path("github.com/Azure/go-ansiterm").as_deref(),
            Some("github.com/!azure/go-ansiterm")
        );
        assert_eq!(
            escape_module_path("golang.org/x/sync").as_deref(),
            Some("golang.org/x/sync")
        );
        assert_eq!(escape_module_path("a/!b"), None);
        assert_eq!(
            escape_version("v1.0.0-RC1").as_deref(),
            Some("v1.0.0-!r!c1")
        );
        assert_eq!(escape_version("v1.0.0").as_deref(), Some("v1.0.0"));
        assert_eq!(escape_version("v1!"), None);
    }

    #[test]
    fn go_version_comparison() {
        assert!(go_version_at_least("1.14", 1, 14));
        assert!(go_version_at_least("1.21.0", 1, 14));
        assert!(go_version_at_least("1.22rc1", 1, 22));
        assert!(go_version_at_least("go1.21", 1, 21));
        assert!(go_version_at_least("2.0", 1, 99));
        assert!(go_version_at_least("1.100", 1, 14));
        assert!(!go_version_at_least("1.13", 1, 14));
        assert!(!go_version_at_least("1.9", 1, 14));
        assert!(!go_version_at_least("1.13.15", 1, 14));
        assert!(!go_version_at_least("", 1, 0));
        assert!(!go_version_at_least("garbage", 1, 0));
        assert!(go_version_at_least("99999999999999999999999.1", 1, 14));
        assert!(go_version_at_least("1", 1, 0));
        assert!(!go_version_at_least("1", 1, 1));
    }

    #[test]
    fn buildah_corpus() {
        // GOROUTINECTX_CORPUS: a directory holding `buildah/`, a containers/buildah checkout
        // with its vendor directory (see crates/cli/tests/realcode.rs).
        let Some(corpus) = std::env::var_os("GOROUTINECTX_CORPUS") else {
            return;
        };
        let dir = std::path::Path::new(&corpus).join("buildah");
        let (Ok(gomod), Ok(modtxt)) = (
            std::fs::read_to_string(dir.join("go.mod")),
            std::fs::read_to_string(dir.join("vendor/modules.txt")),
        ) else {
            return;
        };
        let mf = parse_go_mod(&gomod).expect("buildah go.mod parses");
        assert_eq!(mf.module.as_deref(), Some("go.podman.io/buildah"));
        let go = mf.go_version.as_deref().expect("go directive");
        assert!(go_version_at_least(go, 1, 14));
        assert!(mf.requires.iter().any(|r| r.path == "golang.org/x/sync"));
        let mods = parse_vendor_modules_txt(&modtxt);
        let sync = mods
            .iter()
            .find(|m| m.path == "golang.org/x/sync")
            .expect("x/sync vendored");
        assert!(sync.explicit);
        assert!(sync
            .packages
            .iter()
            .any(|p| p == "golang.org/x/sync/errgroup"));
        // Every required module is listed, with the same version.
        for r in &mf.requires {
            assert!(
                mods.iter()
                    .any(|m| m.path == r.path && m.version == r.version),
                "{} {} missing from modules.txt",
                r.path,
                r.version
            );
        }
    }
}
