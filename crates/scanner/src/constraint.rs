//! Build constraints: decides whether a Go file belongs to the build, as go/build does.
//!
//! Two checks are ported from go/build: the file name rules (`_`/`.` prefixes, `.go`
//! extension, `_test.go`, `_GOOS` / `_GOARCH` / `_GOOS_GOARCH` suffixes; `goodOSArchFile`) and the
//! header rules (`parseFileHeader` + `shouldBuild`, with the `//go:build` expression parser and
//! the old `// +build` syntax of go/build/constraint).
//!
//! Limits:
//! - Only `.go` files are considered; other source kinds (`.c`, `.s`, `.syso`, ...) are rejected.
//! - `//go:binary-only-package` is not reported.
//! - Tags may use Unicode letters and digits as in Go, but Rust's `char::is_alphabetic` and
//!   `char::is_numeric` accept slightly more characters than Go's `unicode.IsLetter` and
//!   `unicode.IsDigit` (other numerals such as `²`, letter numbers and some combining marks,
//!   about 2,700 code points), so a few exotic tags that Go rejects are accepted here.
//! - `header_matches` looks at the file bytes directly. go/build reads only up to the imports
//!   and rejects files it cannot read (for example ones containing NUL), which is not checked here.
//!
//! Expression parsing is bounded like Go's (at most 1000 operands, "build expression too
//! large" beyond). Parsing, evaluation and formatting use explicit stacks instead of recursion,
//! so deeply nested input returns an error rather than overflowing the stack. Only dropping a
//! parsed tree recurses, and the operand bound keeps its depth near 1000.

use crate::buildctx::{BuildContext, KNOWN_ARCH, KNOWN_OS};

/// A build-constraint expression.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Expr {
    Tag(String),
    Not(Box<Expr>),
    And(Box<Expr>, Box<Expr>),
    Or(Box<Expr>, Box<Expr>),
}

impl Expr {
    /// Evaluates the expression, asking `ok` whether each tag is satisfied. Like Go, both
    /// operands of `&&` and `||` are always evaluated (left first), so `ok` sees every tag.
    /// Uses an explicit stack, so deep trees cannot overflow the call stack.
    pub fn eval(&self, ok: &mut dyn FnMut(&str) -> bool) -> bool {
        enum Work<'e> {
            Visit(&'e Expr),
            Not,
            And,
            Or,
        }
        let mut work = vec![Work::Visit(self)];
        let mut values: Vec<bool> = Vec::new();
        while let Some(item) = work.pop() {
            match item {
                Work::Visit(Expr::Tag(t)) => values.push(ok(t)),
                Work::Visit(Expr::Not(x)) => {
                    work.push(Work::Not);
                    work.push(Work::Visit(x));
                }
                Work::Visit(Expr::And(x, y)) => {
                    work.extend([Work::And, Work::Visit(y), Work::Visit(x)]);
                }
                Work::Visit(Expr::Or(x, y)) => {
                    work.extend([Work::Or, Work::Visit(y), Work::Visit(x)]);
                }
                Work::Not => {
                    let v = values.pop().unwrap_or_default();
                    values.push(!v);
                }
                Work::And | Work::Or => {
                    let b = values.pop().unwrap_or_default();
                    let a = values.pop().unwrap_or_default();
                    values.push(if matches!(item, Work::And) {
                        a && b
                    } else {
                        a || b
                    });
                }
            }
        }
        values.pop().unwrap_or_default()
    }
}

impl std::fmt::Display for Expr {
    /// Formats like go/build/constraint's `String` (minimal parentheses). Uses an explicit
    /// stack, so deep trees cannot overflow the call stack.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        enum Work<'e> {
            Node(&'e Expr, bool),
            Text(&'static str),
        }
        let mut work = vec![Work::Node(self, false)];
        while let Some(item) = work.pop() {
            match item {
                Work::Text(t) => f.write_str(t)?,
                Work::Node(e, true) => {
                    work.extend([Work::Text(")"), Work::Node(e, false), Work::Text("(")]);
                }
                Work::Node(Expr::Tag(t), false) => f.write_str(t)?,
                Work::Node(Expr::Not(x), false) => {
                    f.write_str("!")?;
                    let paren = matches!(**x, Expr::And(..) | Expr::Or(..));
                    work.push(Work::Node(x, paren));
                }
                Work::Node(Expr::And(x, y), false) => {
                    let paren = |e: &Expr| matches!(e, Expr::Or(..));
                    work.extend([
                        Work::Node(y, paren(y)),
                        Work::Text(" && "),
                        Work::Node(x, paren(x)),
                    ]);
                }
                Work::Node(Expr::Or(x, y), false) => {
                    let paren = |e: &Expr| matches!(e, Expr::And(..));
                    work.extend([
                        Work::Node(y, paren(y)),
                        Work::Text(" || "),
                        Work::Node(x, paren(x)),
                    ]);
                }
            }
        }
        Ok(())
    }
}

/// go/build's goodOSArchFile + name rules: false for names starting with '_' or '.', non-.go
/// files, *_test.go when !ctx.include_tests. Filename suffix rules (everything from the first
/// '.' is cut, a trailing "_test" element is dropped, the part before the first '_' is ignored,
/// so a file named only "linux.go" or "linux_test.go" is NOT constrained): if the last two
/// elements are a known OS and a known ARCH, both must match (tag_satisfied, so android
/// matches linux files, etc.); else if the last is a known OS or known ARCH it must match.
pub fn file_name_matches(name: &str, ctx: &BuildContext) -> bool {
    if name.starts_with('_') || name.starts_with('.') {
        return false;
    }
    if !name.ends_with(".go") {
        return false;
    }
    if !ctx.include_tests && name.ends_with("_test.go") {
        return false;
    }
    good_os_arch_file(name, ctx)
}

/// go/build's goodOSArchFile.
fn good_os_arch_file(name: &str, ctx: &BuildContext) -> bool {
    let name = name.split_once('.').map_or(name, |(stem, _)| stem);
    let Some(i) = name.find('_') else {
        return true;
    };
    let mut parts: Vec<&str> = name[i..].split('_').collect();
    if parts.last() == Some(&"test") {
        parts.pop();
    }
    let known_os = |s: &str| KNOWN_OS.contains(&s);
    let known_arch = |s: &str| KNOWN_ARCH.contains(&s);
    match parts.as_slice() {
        [.., os, arch] if known_os(os) && known_arch(arch) => {
            ctx.tag_satisfied(arch) && ctx.tag_satisfied(os)
        }
        [.., last] if known_os(last) || known_arch(last) => ctx.tag_satisfied(last),
        _ => true,
    }
}

/// Build-constraint check of a file's header (go/build's parseFileHeader + shouldBuild):
/// true iff the file's `//go:build` line (if any) is satisfied, else all its `// +build` lines
/// are. A header error (two `//go:build` lines, or one that does not parse) gives false; see
/// [`header_error`].
pub fn header_matches(src: &[u8], ctx: &BuildContext) -> bool {
    let Ok(header) = parse_file_header(src) else {
        return false;
    };
    let mut ok = |tag: &str| ctx.tag_satisfied(tag);
    match header.go_build {
        Some(line) => match parse_expr(&String::from_utf8_lossy(line)) {
            Ok(x) => x.eval(&mut ok),
            Err(_) => false,
        },
        None => {
            let mut should_build = true;
            for line in header.leading.split(|&b| b == b'\n') {
                let line = trim_space(line);
                if !line.starts_with(b"//") || !contains(line, b"+build") {
                    continue;
                }
                if let Some(x) = parse_plus_build(&String::from_utf8_lossy(line)) {
                    if !x.eval(&mut ok) {
                        should_build = false;
                    }
                }
            }
            should_build
        }
    }
}

/// The error go/build reports for the file's header, if any: "multiple //go:build comments",
/// or "parsing //go:build line: ..." when the `//go:build` expression does not parse.
pub fn header_error(src: &[u8]) -> Option<String> {
    match parse_file_header(src) {
        Err(e) => Some(e),
        Ok(Header {
            go_build: Some(line),
            ..
        }) => parse_expr(&String::from_utf8_lossy(line))
            .err()
            .map(|e| format!("parsing //go:build line: {e}")),
        Ok(_) => None,
    }
}

/// Parse a `//go:build` expression: `||`, `&&`, `!`, parentheses, tags made of letters, digits,
/// '_' and '.'. `line` may be the bare expression or the whole `//go:build ...` line. Errors use
/// go/build/constraint's messages; more than 1000 operands is "build expression too large".
pub fn parse_expr(line: &str) -> Result<Expr, String> {
    let text = split_go_build(line).unwrap_or(line);
    ExprParser {
        s: text,
        i: 0,
        tok: "",
        is_tag: false,
        size: 0,
    }
    .parse()
}

/// Parses a `// +build` line (go/build/constraint's splitPlusBuild + parsePlusBuildExpr). Each
/// line is an OR of space-separated options, each option an AND of comma-separated terms, `!x`
/// negates; an invalid term becomes the tag "ignore" (as in Go). Returns `None` if the line is
/// not a `+build` line or is too complex (more than 100 operators, which Go also ignores).
pub fn parse_plus_build(line: &str) -> Option<Expr> {
    let text = split_plus_build(line)?;
    const MAX_OLD_SIZE: usize = 100;
    let mut size = 0;
    let mut x: Option<Expr> = None;
    for clause in text.split_whitespace() {
        let mut y: Option<Expr> = None;
        for lit in clause.split(',') {
            let z = if lit.starts_with("!!") || lit == "!" {
                Expr::Tag("ignore".into())
            } else {
                let (neg, lit) = match lit.strip_prefix('!') {
                    Some(rest) => (true, rest),
                    None => (false, lit),
                };
                let t = if is_valid_tag(lit) {
                    Expr::Tag(lit.to_string())
                } else {
                    Expr::Tag("ignore".into())
                };
                if neg {
                    Expr::Not(Box::new(t))
                } else {
                    t
                }
            };
            y = Some(match y {
                None => z,
                Some(prev) => {
                    size += 1;
                    if size > MAX_OLD_SIZE {
                        return None;
                    }
                    Expr::And(Box::new(prev), Box::new(z))
                }
            });
        }
        let Some(y) = y else { continue };
        x = Some(match x {
            None => y,
            Some(prev) => {
                size += 1;
                if size > MAX_OLD_SIZE {
                    return None;
                }
                Expr::Or(Box::new(prev), Box::new(y))
            }
        });
    }
    Some(x.unwrap_or_else(|| Expr::Tag("ignore".into())))
}

/// The parts of a file header go/build looks at.
struct Header<'a> {
    /// The leading comment block up to the last blank line before the first non-comment line
    /// (where `// +build` lines count).
    leading: &'a [u8],
    /// The trimmed `//go:build` line, if any.
    go_build: Option<&'a [u8]>,
}

/// go/build's parseFileHeader (after the UTF-8 BOM, if any, is dropped).
fn parse_file_header(src: &[u8]) -> Result<Header<'_>, String> {
    let content = src.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(src);
    let mut end = 0;
    let mut p = content;
    let mut ended = false;
    let mut in_slash_star = false;
    let mut go_build: Option<&[u8]> = None;

    'lines: while !p.is_empty() {
        let mut line = match p.iter().position(|&b| b == b'\n') {
            Some(i) => {
                let (l, rest) = p.split_at(i);
                p = rest.get(1..).unwrap_or_default();
                l
            }
            None => std::mem::take(&mut p),
        };
        line = trim_space(line);
        if line.is_empty() && !ended {
            end = content.len() - p.len();
            continue 'lines;
        }
        if !line.starts_with(b"//") {
            ended = true;
        }
        if !in_slash_star && is_go_build_comment(line) {
            if go_build.is_some() {
                return Err("multiple //go:build comments".into());
            }
            go_build = Some(line);
        }
        while !line.is_empty() {
            if in_slash_star {
                match find(line, b"*/") {
                    Some(i) => {
                        in_slash_star = false;
                        line = trim_space(line.get(i + 2..).unwrap_or_default());
                        continue;
                    }
                    None => continue 'lines,
                }
            }
            if line.starts_with(b"//") {
                continue 'lines;
            }
            if let Some(rest) = line.strip_prefix(b"/*") {
                in_slash_star = true;
                line = trim_space(rest);
                continue;
            }
            break 'lines; // non-comment text
        }
    }
    Ok(Header {
        leading: content.get(..end).unwrap_or_default(),
        go_build,
    })
}

/// go/build's isGoBuildComment: `//go:build` followed by white space or the end of the line.
fn is_go_build_comment(line: &[u8]) -> bool {
    let Some(rest) = trim_space(line).strip_prefix(b"//go:build") else {
        return false;
    };
    rest.is_empty() || trim_space(rest).len() < rest.len()
}

/// go/build/constraint's splitGoBuild: the expression text of a `//go:build` line.
fn split_go_build(line: &str) -> Option<&str> {
    let line = line.strip_suffix('\n').unwrap_or(line);
    if line.contains('\n') || !line.starts_with("//go:build") {
        return None;
    }
    let rest = line.trim().get("//go:build".len()..)?;
    let trimmed = rest.trim();
    if rest.len() == trimmed.len() && !rest.is_empty() {
        return None;
    }
    Some(trimmed)
}

/// go/build/constraint's splitPlusBuild: the expression text of a `// +build` line.
fn split_plus_build(line: &str) -> Option<&str> {
    let line = line.strip_suffix('\n').unwrap_or(line);
    if line.contains('\n') {
        return None;
    }
    let rest = line.strip_prefix("//")?.trim().strip_prefix("+build")?;
    let trimmed = rest.trim();
    if rest.len() == trimmed.len() && !rest.is_empty() {
        return None;
    }
    Some(trimmed)
}

/// Whether `c` may appear in a tag (Go: `unicode.IsLetter || unicode.IsDigit || '_' || '.'`).
fn is_tag_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric() || c == '_' || c == '.'
    } else {
        c.is_alphabetic() || c.is_numeric()
    }
}

fn is_valid_tag(word: &str) -> bool {
    !word.is_empty() && word.chars().all(is_tag_char)
}

/// go/build/constraint's maxSize: the most operands an expression may have.
const MAX_SIZE: usize = 1000;

/// A port of go/build/constraint's exprParser. Go's parser is recursive descent
/// (`or` -> `and` -> `not` -> `atom` -> `(` `or` `)`); this one keeps the open parentheses on
/// an explicit stack instead, so nesting never grows the call stack. It reads the tokens in the
/// same order as Go's and reports the same errors at the same points.
struct ExprParser<'a> {
    s: &'a str,
    i: usize,
    tok: &'a str,
    is_tag: bool,
    size: usize,
}

/// One `or` being parsed: the whole expression or a parenthesised group.
struct Group {
    /// The `||` operands finished so far, combined.
    or_acc: Option<Expr>,
    /// The `&&` operands of the current `||` operand finished so far, combined.
    and_acc: Option<Expr>,
    /// Whether the group, once closed, is negated (it was the operand of a `!`).
    negated: bool,
}

impl ExprParser<'_> {
    fn parse(mut self) -> Result<Expr, String> {
        let mut groups = vec![Group {
            or_acc: None,
            and_acc: None,
            negated: false,
        }];
        loop {
            // Go's `not`: one operand, possibly negated.
            self.size += 1;
            if self.size > MAX_SIZE {
                return Err("build expression too large".into());
            }
            self.lex()?;
            let mut negated = false;
            if self.tok == "!" {
                self.lex()?;
                if self.tok == "!" {
                    return Err("double negation not allowed".into());
                }
                negated = true;
            }
            // Go's `atom`.
            if self.tok == "(" {
                groups.push(Group {
                    or_acc: None,
                    and_acc: None,
                    negated,
                });
                continue;
            }
            if !self.is_tag {
                if self.tok.is_empty() {
                    // Inside parentheses Go renames this error.
                    return Err(if groups.len() > 1 {
                        "missing close paren".into()
                    } else {
                        "unexpected end of expression".into()
                    });
                }
                return Err(format!("unexpected token {}", self.tok));
            }
            let mut x = Expr::Tag(self.tok.to_string());
            self.lex()?;
            if negated {
                x = Expr::Not(Box::new(x));
            }
            // Fold the finished operand into the enclosing groups, closing those that end here.
            loop {
                let Some(group) = groups.last_mut() else {
                    return Err("internal error: no open group".into());
                };
                let and = match group.and_acc.take() {
                    Some(prev) => Expr::And(Box::new(prev), Box::new(x)),
                    None => x,
                };
                if self.tok == "&&" {
                    group.and_acc = Some(and);
                    break;
                }
                let or = match group.or_acc.take() {
                    Some(prev) => Expr::Or(Box::new(prev), Box::new(and)),
                    None => and,
                };
                if self.tok == "||" {
                    group.or_acc = Some(or);
                    break;
                }
                let negated = group.negated;
                groups.pop();
                if groups.is_empty() {
                    if !self.tok.is_empty() {
                        return Err(format!("unexpected token {}", self.tok));
                    }
                    return Ok(or);
                }
                if self.tok != ")" {
                    return Err("missing close paren".into());
                }
                self.lex()?;
                x = if negated { Expr::Not(Box::new(or)) } else { or };
            }
        }
    }

    fn lex(&mut self) -> Result<(), String> {
        self.is_tag = false;
        let bytes = self.s.as_bytes();
        while matches!(bytes.get(self.i), Some(b' ' | b'\t')) {
            self.i += 1;
        }
        let rest = self.s.get(self.i..).unwrap_or_default();
        let Some(c) = rest.chars().next() else {
            self.tok = "";
            return Ok(());
        };
        let len = match c {
            '(' | ')' | '!' => 1,
            '&' | '|' => {
                if rest.as_bytes().get(1) != Some(&(c as u8)) {
                    return Err(format!("invalid syntax at {c}"));
                }
                2
            }
            _ => {
                let len = rest
                    .char_indices()
                    .find(|&(_, ch)| !is_tag_char(ch))
                    .map_or(rest.len(), |(i, _)| i);
                if len == 0 {
                    return Err(format!("invalid syntax at {c}"));
                }
                self.is_tag = true;
                len
            }
        };
        self.i += len;
        self.tok = rest.get(..len).unwrap_or_default();
        Ok(())
    }
}

/// bytes.TrimSpace: trims Unicode white space (invalid UTF-8 is not white space).
fn trim_space(mut b: &[u8]) -> &[u8] {
    loop {
        match b.first() {
            Some(&c) if c < 0x80 => {
                if is_ascii_space(c) {
                    b = b.get(1..).unwrap_or_default();
                    continue;
                }
                break;
            }
            Some(_) => match leading_char(b) {
                Some((ch, n)) if ch.is_whitespace() => b = b.get(n..).unwrap_or_default(),
                _ => break,
            },
            None => break,
        }
    }
    loop {
        match b.last() {
            Some(&c) if c < 0x80 => {
                if is_ascii_space(c) {
                    b = b.get(..b.len() - 1).unwrap_or_default();
                    continue;
                }
                break;
            }
            Some(_) => match trailing_char(b) {
                Some((ch, n)) if ch.is_whitespace() => b = b.get(..b.len() - n).unwrap_or_default(),
                _ => break,
            },
            None => break,
        }
    }
    b
}

fn is_ascii_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0B | 0x0C)
}

/// Decodes the (multi-byte) UTF-8 character at the start of `b`, with its length.
fn leading_char(b: &[u8]) -> Option<(char, usize)> {
    (2..=4).find_map(|n| {
        let s = std::str::from_utf8(b.get(..n)?).ok()?;
        s.chars().next().map(|c| (c, n))
    })
}

/// Decodes the (multi-byte) UTF-8 character at the end of `b`, with its length.
fn trailing_char(b: &[u8]) -> Option<(char, usize)> {
    (2..=4).find_map(|n| {
        let start = b.len().checked_sub(n)?;
        let s = std::str::from_utf8(b.get(start..)?).ok()?;
        let mut chars = s.chars();
        let c = chars.next()?;
        chars.next().is_none().then_some((c, n))
    })
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    find(haystack, needle).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ctx(goos: &str, goarch: &str) -> BuildContext {
        BuildContext {
            experiments: Vec::new(),
            max_file_size: crate::read::DEFAULT_MAX_FILE_SIZE,
            goos: goos.into(),
            goarch: goarch.into(),
            cgo_enabled: true,
            tags: vec![],
            go_minor: 27,
            include_tests: true,
        }
    }

    fn linux() -> BuildContext {
        ctx("linux", "amd64")
    }

    fn hm(src: &str, c: &BuildContext) -> bool {
        header_matches(src.as_bytes(), c)
    }

    fn eval_with(x: &Expr, tags: &[&str]) -> bool {
        x.eval(&mut |t| tags.contains(&t))
    }

    // ---- file names ----

    #[test]
    fn file_names_os_arch() {
        let l = linux();
        let w = ctx("windows", "arm64");
        assert!(file_name_matches("x.go", &l));
        assert!(file_name_matches("x_linux.go", &l));
        assert!(!file_name_matches("x_linux.go", &w));
        assert!(file_name_matches("x_linux_amd64.go", &l));
        assert!(!file_name_matches("x_linux_arm64.go", &l));
        assert!(!file_name_matches("x_windows_amd64.go", &l));
        assert!(file_name_matches("x_amd64.go", &l));
        assert!(!file_name_matches("x_amd64.go", &w));
        assert!(file_name_matches("x_arm64.go", &w));
        assert!(file_name_matches("linux.go", &w)); // unconstrained
        assert!(file_name_matches("linux_test.go", &w));
        assert!(file_name_matches("amd64.go", &w));
        assert!(file_name_matches("x_linux_test.go", &l));
        assert!(!file_name_matches("x_linux_test.go", &w));
        assert!(!file_name_matches("x_windows_test.go", &l));
        assert!(file_name_matches("x_windows_test.go", &w));
        assert!(file_name_matches("x_linux_amd64_test.go", &l));
        assert!(file_name_matches("x_test.go", &l));
        assert!(file_name_matches("x_foo.go", &l));
        // Only the last element counts when the last two are not OS then ARCH.
        assert!(file_name_matches("x_amd64_linux.go", &l));
        assert!(!file_name_matches("x_amd64_linux.go", &w));
        assert!(!file_name_matches("x_amd64_windows.go", &l));
        assert!(file_name_matches("x_linux_foo.go", &w));
        assert!(!file_name_matches("x_windows_windows.go", &l));
        // Everything from the first '.' is cut.
        assert!(!file_name_matches("x_windows.pb.go", &l));
        assert!(file_name_matches("x.windows.go", &l));
        // Case matters.
        assert!(file_name_matches("x_Windows.go", &l));
    }

    #[test]
    fn file_names_prefix_ext_tests() {
        let l = linux();
        assert!(!file_name_matches("_x.go", &l));
        assert!(!file_name_matches(".x.go", &l));
        assert!(!file_name_matches("_test.go", &l));
        assert!(!file_name_matches("x.c", &l));
        assert!(!file_name_matches("x.go.txt", &l));
        assert!(!file_name_matches("x", &l));
        assert!(!file_name_matches("", &l));
        assert!(!file_name_matches("x.GO", &l));
        assert!(!file_name_matches(".go", &l));
        let mut nt = linux();
        nt.include_tests = false;
        assert!(!file_name_matches("x_test.go", &nt));
        assert!(!file_name_matches("x_linux_test.go", &nt));
        assert!(file_name_matches("x.go", &nt));
        assert!(file_name_matches("test.go", &nt));
        assert!(file_name_matches("x_testing.go", &nt));
    }

    #[test]
    fn file_names_os_aliases() {
        let a = ctx("android", "arm64");
        assert!(file_name_matches("x_android.go", &a));
        assert!(!file_name_matches("x_android.go", &linux()));
        assert!(file_name_matches("x_linux.go", &a));
        assert!(file_name_matches("x_linux_arm64.go", &a));
        assert!(file_name_matches("x_android_arm64.go", &a));
        assert!(!file_name_matches("x_linux_amd64.go", &a));
        assert!(file_name_matches("x_solaris.go", &ctx("illumos", "amd64")));
        assert!(file_name_matches("x_darwin.go", &ctx("ios", "arm64")));
        assert!(!file_name_matches("x_ios.go", &ctx("darwin", "arm64")));
        // "unix" is not a known OS for file names.
        assert!(file_name_matches("x_unix.go", &ctx("windows", "amd64")));
    }

    #[test]
    fn file_names_adversarial() {
        let l = linux();
        for name in [
            "_",
            ".",
            "__",
            "_.go",
            "x_.go",
            "x__.go",
            "x___linux.go",
            "é_linux.go",
            "x_é.go",
            "x_linux_.go",
            "\u{0}.go",
            "x_\u{0}.go",
            "x..go",
            "x_linux..go",
        ] {
            let _ = file_name_matches(name, &l);
        }
        assert!(file_name_matches("x__linux.go", &l));
        assert!(!file_name_matches("x__windows.go", &l));
        assert!(file_name_matches("x_linux_.go", &ctx("windows", "amd64")));
        let long = format!("{}_linux.go", "a_".repeat(100_000));
        assert!(file_name_matches(&long, &l));
    }

    // ---- //go:build ----

    #[test]
    fn go_build_std_patterns() {
        let l = linux();
        let src = "//go:build linux && (amd64 || arm64)\n\npackage x\n";
        assert!(hm(src, &l));
        assert!(hm(src, &ctx("linux", "arm64")));
        assert!(hm(src, &ctx("android", "arm64")));
        assert!(!hm(src, &ctx("linux", "386")));
        assert!(!hm(src, &ctx("darwin", "arm64")));

        let src = "//go:build !windows\n\npackage x\n";
        assert!(hm(src, &l));
        assert!(!hm(src, &ctx("windows", "amd64")));

        let src = "//go:build ignore\n\npackage main\n";
        assert!(!hm(src, &l));
        let mut tagged = linux();
        tagged.tags = vec!["ignore".into()];
        assert!(hm(src, &tagged));

        let src = "//go:build unix\n\npackage x\n";
        assert!(hm(src, &l));
        assert!(hm(src, &ctx("darwin", "arm64")));
        assert!(!hm(src, &ctx("windows", "amd64")));
        assert!(!hm(src, &ctx("plan9", "amd64")));

        let src = "//go:build cgo\n\npackage x\n";
        assert!(hm(src, &l));
        let mut nocgo = linux();
        nocgo.cgo_enabled = false;
        assert!(!hm(src, &nocgo));
        assert!(hm("//go:build !cgo\n\npackage x\n", &nocgo));
    }

    #[test]
    fn go_build_release_tags() {
        let new = "//go:build go1.25\n\npackage x\n";
        let old = "//go:build !go1.25\n\npackage x\n";
        let mut c = linux();
        c.go_minor = 27;
        assert!(hm(new, &c));
        assert!(!hm(old, &c));
        c.go_minor = 24;
        assert!(!hm(new, &c));
        assert!(hm(old, &c));
        c.go_minor = 25;
        assert!(hm(new, &c));
        assert!(!hm(old, &c));
    }

    #[test]
    fn go_build_placement() {
        let l = linux();
        // Without a blank line before package: //go:build still counts.
        assert!(!hm("//go:build windows\npackage x\n", &l));
        // After a copyright comment and a block comment.
        assert!(!hm(
            "// Copyright\n\n/* doc */\n//go:build windows\n\npackage x\n",
            &l
        ));
        // Inside a /* */ comment: ignored.
        assert!(hm("/*\n//go:build windows\n*/\n\npackage x\n", &l));
        assert!(hm("/* start\n//go:build windows\nend */ package x\n", &l));
        // After the package clause: ignored.
        assert!(hm("package x\n\n//go:build windows\n", &l));
        assert!(hm("// doc\npackage x\n//go:build windows\n", &l));
        // Leading white space is trimmed.
        assert!(!hm("   \t//go:build windows\n\npackage x\n", &l));
        // Not a go:build comment.
        assert!(hm("//go:buildwindows\n\npackage x\n", &l));
        assert!(hm("// go:build windows\n\npackage x\n", &l));
        // Tab after the prefix.
        assert!(!hm("//go:build\twindows\n\npackage x\n", &l));
        // NBSP (Unicode white space) after the prefix.
        assert!(!hm("//go:build\u{a0}windows\n\npackage x\n", &l));
        // Empty file, only comments, no package.
        assert!(hm("", &l));
        assert!(!hm("//go:build windows", &l));
        assert!(hm("//go:build linux", &l));
    }

    #[test]
    fn go_build_overrides_plus_build() {
        let l = linux();
        let src = "// +build windows\n\n//go:build linux\n\npackage x\n";
        assert!(hm(src, &l));
        let src = "//go:build windows\n// +build linux\n\npackage x\n";
        assert!(!hm(src, &l));
    }

    #[test]
    fn multiple_go_build_is_an_error() {
        let src = b"//go:build linux\n//go:build linux\n\npackage x\n";
        assert!(!header_matches(src, &linux()));
        assert_eq!(
            header_error(src),
            Some("multiple //go:build comments".to_string())
        );
        // A second one inside /* */ does not count.
        let src = b"//go:build linux\n/*\n//go:build linux\n*/\n\npackage x\n";
        assert!(header_matches(src, &linux()));
        assert_eq!(header_error(src), None);
    }

    #[test]
    fn go_build_parse_errors() {
        for (src, msg) in [
            ("//go:build\n\npackage x\n", "unexpected end of expression"),
            (
                "//go:build linux &&\n\npackage x\n",
                "unexpected end of expression",
            ),
            ("//go:build (linux\n\npackage x\n", "missing close paren"),
            ("//go:build linux)\n\npackage x\n", "unexpected token )"),
            (
                "//go:build !!linux\n\npackage x\n",
                "double negation not allowed",
            ),
            (
                "//go:build linux & amd64\n\npackage x\n",
                "invalid syntax at &",
            ),
            (
                "//go:build linux // comment\n\npackage x\n",
                "invalid syntax at /",
            ),
            (
                "//go:build linux,amd64\n\npackage x\n",
                "invalid syntax at ,",
            ),
        ] {
            assert!(!hm(src, &linux()), "{src:?}");
            assert_eq!(
                header_error(src.as_bytes()),
                Some(format!("parsing //go:build line: {msg}")),
                "{src:?}"
            );
        }
        assert_eq!(header_error(b"//go:build linux\n\npackage x\n"), None);
        assert_eq!(header_error(b"package x\n"), None);
    }

    // ---- // +build ----

    #[test]
    fn plus_build_old_style() {
        let src = "// +build linux,386 darwin,!cgo\n\npackage x\n";
        let mut c = ctx("linux", "386");
        assert!(hm(src, &c));
        c.goarch = "amd64".into();
        assert!(!hm(src, &c));
        let mut d = ctx("darwin", "arm64");
        assert!(!hm(src, &d));
        d.cgo_enabled = false;
        assert!(hm(src, &d));
    }

    #[test]
    fn plus_build_all_lines_must_hold() {
        let src = "// +build linux darwin\n// +build amd64\n\npackage x\n";
        assert!(hm(src, &linux()));
        assert!(!hm(src, &ctx("linux", "arm64")));
        assert!(!hm(src, &ctx("windows", "amd64")));
    }

    #[test]
    fn plus_build_needs_blank_line() {
        let l = linux();
        // No blank line before package: ignored.
        assert!(hm("// +build windows\npackage x\n", &l));
        assert!(hm("// Copyright\n// +build windows\npackage x\n", &l));
        // With the blank line: applies.
        assert!(!hm("// +build windows\n\npackage x\n", &l));
        assert!(!hm(
            "// Copyright\n\n// +build windows\n\n// doc\npackage x\n",
            &l
        ));
        // A +build line in the doc comment after the last blank line: ignored.
        assert!(hm(
            "// Copyright\n\n// +build windows\n// doc\npackage x\n",
            &l
        ));
        // After package: ignored.
        assert!(hm("package x\n\n// +build windows\n\n", &l));
        // After a block comment (which ends the leading // block): ignored.
        assert!(hm("/* x */\n\n// +build windows\n\npackage x\n", &l));
    }

    #[test]
    fn plus_build_syntax_details() {
        let l = linux();
        // Spaces between // and +build are allowed.
        assert!(!hm("//   +build windows\n\npackage x\n", &l));
        assert!(!hm("//+build windows\n\npackage x\n", &l));
        // "+buildx" is not a +build line.
        assert!(hm("// +buildwindows\n\npackage x\n", &l));
        // Empty +build line means "ignore".
        assert!(!hm("// +build\n\npackage x\n", &l));
        // Invalid terms become "ignore".
        assert!(!hm("// +build linux-x\n\npackage x\n", &l));
        assert!(hm("// +build linux-x linux\n\npackage x\n", &l));
        assert!(hm("// +build !linux-x\n\npackage x\n", &l));
        assert!(!hm("// +build !!linux\n\npackage x\n", &l));
        assert!(!hm("// +build !\n\npackage x\n", &l));
        assert!(!hm("// +build linux,\n\npackage x\n", &l));
        // Trailing text ends up as more options (OR).
        assert!(hm("// +build windows linux\n\npackage x\n", &l));
        // Too complex: ignored entirely.
        let many = vec!["windows"; 200].join(" ");
        assert!(hm(&format!("// +build {many}\n\npackage x\n"), &l));
    }

    #[test]
    fn parse_plus_build_shapes() {
        let x = parse_plus_build("// +build linux,386 darwin,!cgo").unwrap();
        assert_eq!(x.to_string(), "(linux && 386) || (darwin && !cgo)");
        assert_eq!(parse_plus_build("// +build").unwrap().to_string(), "ignore");
        assert_eq!(parse_plus_build("//go:build linux"), None);
        assert_eq!(parse_plus_build("/* +build linux */"), None);
        assert_eq!(parse_plus_build("// +build linux\nfoo"), None);
        assert_eq!(
            parse_plus_build("// +build linux\n").unwrap().to_string(),
            "linux"
        );
        assert_eq!(
            parse_plus_build("// +build ,").unwrap().to_string(),
            "ignore && ignore"
        );
    }

    // ---- BOM, CRLF ----

    #[test]
    fn bom_and_crlf() {
        let l = linux();
        let mut src = b"\xEF\xBB\xBF//go:build windows\n\npackage x\n".to_vec();
        assert!(!header_matches(&src, &l));
        src = b"\xEF\xBB\xBF// +build windows\n\npackage x\n".to_vec();
        assert!(!header_matches(&src, &l));
        assert!(!hm("//go:build windows\r\n\r\npackage x\r\n", &l));
        assert!(hm("//go:build linux\r\n\r\npackage x\r\n", &l));
        assert!(!hm("// +build windows\r\n\r\npackage x\r\n", &l));
        assert!(hm("// +build windows\r\npackage x\r\n", &l));
        assert!(hm("// +build linux,amd64\r\n\r\npackage x\r\n", &l));
    }

    // ---- expression parser ----

    #[test]
    fn parse_expr_shapes() {
        let cases = [
            ("linux", "linux"),
            ("//go:build linux", "linux"),
            ("  linux  ", "linux"),
            ("!linux", "!linux"),
            ("a && b || c", "(a && b) || c"),
            ("a || b && c", "a || (b && c)"),
            ("(a || b) && c", "(a || b) && c"),
            ("!(a && b)", "!(a && b)"),
            ("((a))", "a"),
            ("a&&b||!c", "(a && b) || !c"),
            ("go1.21 && arm64.v8.0", "go1.21 && arm64.v8.0"),
            ("日本 || é_1", "日本 || é_1"),
            ("!(!a)", "!!a"),
        ];
        for (input, want) in cases {
            let x = parse_expr(input).unwrap_or_else(|e| panic!("{input}: {e}"));
            assert_eq!(x.to_string(), want, "{input}");
        }
    }

    #[test]
    fn parse_expr_errors() {
        let cases = [
            ("", "unexpected end of expression"),
            ("//go:build", "unexpected end of expression"),
            ("a &&", "unexpected end of expression"),
            ("a ||", "unexpected end of expression"),
            ("!", "unexpected end of expression"),
            ("(", "missing close paren"),
            ("(a", "missing close paren"),
            ("(a &&", "missing close paren"),
            ("((a) ||", "missing close paren"),
            (")", "unexpected token )"),
            ("a b", "unexpected token b"),
            ("a)", "unexpected token )"),
            ("()", "unexpected token )"),
            ("!!a", "double negation not allowed"),
            ("a & b", "invalid syntax at &"),
            ("a | b", "invalid syntax at |"),
            ("a &", "invalid syntax at &"),
            ("a-b", "invalid syntax at -"),
            ("a\nb", "invalid syntax at \n"),
            ("\u{fffd}", "invalid syntax at \u{fffd}"),
            ("a && ☃", "invalid syntax at ☃"),
            ("//go:buildx", "invalid syntax at /"),
        ];
        for (input, want) in cases {
            assert_eq!(parse_expr(input), Err(want.to_string()), "{input:?}");
        }
    }

    #[test]
    fn parse_expr_size_limit() {
        let ok = vec!["a"; 1000].join(" || ");
        assert!(parse_expr(&ok).is_ok());
        let too_many = vec!["a"; 1001].join(" && ");
        assert_eq!(
            parse_expr(&too_many),
            Err("build expression too large".to_string())
        );
    }

    #[test]
    fn deep_nesting_is_an_error_not_a_crash() {
        let deep = format!("{}a{}", "(".repeat(100_000), ")".repeat(100_000));
        assert_eq!(
            parse_expr(&deep),
            Err("build expression too large".to_string())
        );
        let src = format!("//go:build {deep}\n\npackage x\n");
        assert!(!hm(&src, &linux()));
        assert!(header_error(src.as_bytes()).is_some());
        let deep_not = "!(".repeat(100_000);
        assert!(parse_expr(&deep_not).is_err());
        // The largest expressions that are allowed parse, evaluate, format and drop on a small
        // stack (only dropping the tree recurses).
        let handle = std::thread::Builder::new()
            .stack_size(512 << 10)
            .spawn(|| {
                let shapes = [
                    format!("{}linux{}", "(".repeat(999), ")".repeat(999)),
                    format!("{}linux{}", "!(".repeat(999), ")".repeat(999)),
                    format!("{}linux{}", "!(a || ".repeat(499), ")".repeat(499)),
                    format!("{}linux{}", "(a && !(".repeat(333), "))".repeat(333)),
                    vec!["linux"; 1000].join(" && "),
                    vec!["linux"; 1000].join(" || "),
                ];
                shapes
                    .iter()
                    .map(|s| {
                        let x = parse_expr(s).unwrap();
                        let printed = x.to_string();
                        // As in Go, `!(!x)` prints as `!!x`, which does not parse back.
                        if !printed.contains("!!") {
                            assert_eq!(parse_expr(&printed).unwrap(), x);
                        }
                        eval_with(&x, &["linux"])
                    })
                    .collect::<Vec<_>>()
            })
            .unwrap();
        assert_eq!(
            handle.join().unwrap(),
            vec![true, false, false, false, true, true]
        );
    }

    #[test]
    fn eval_visits_all_tags() {
        let x = parse_expr("a && b || c").unwrap();
        let mut seen = vec![];
        let r = x.eval(&mut |t| {
            seen.push(t.to_string());
            false
        });
        assert!(!r);
        assert_eq!(seen, vec!["a", "b", "c"]);
        assert!(eval_with(&x, &["a", "b"]));
        assert!(eval_with(&x, &["c"]));
        assert!(!eval_with(&x, &["a"]));
    }

    // ---- adversarial ----

    #[test]
    fn garbage_never_panics() {
        let l = linux();
        let mut inputs: Vec<Vec<u8>> = vec![
            vec![],
            vec![0xFF, 0xFE, 0xFD],
            b"\xEF\xBB".to_vec(),
            b"\xEF\xBB\xBF".to_vec(),
            b"/*".to_vec(),
            b"/*/".to_vec(),
            b"*/".to_vec(),
            b"//".to_vec(),
            b"\n\n\n".to_vec(),
            b"\r\r\r".to_vec(),
            b"//go:build \xFF\n\npackage x".to_vec(),
            b"//go:build linux \xC3\n\npackage x".to_vec(),
            b"// +build \xFF linux\n\npackage x".to_vec(),
            b"//go:build \xE2\x80\n".to_vec(),
            b"\x00\x00//go:build".to_vec(),
            b"/* \xFF */ //go:build linux\n".to_vec(),
            "//go:build linux\u{2028}\n\npackage x".as_bytes().to_vec(),
        ];
        // Pseudo-random bytes biased towards interesting characters.
        let alphabet = b"/ *+!&|()\n\r\t,abgo:uild\xEF\xBB\xBF\xFF\xC3\xA9\xE2\x80\xA8";
        let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
        for _ in 0..2000 {
            let mut v = Vec::new();
            for _ in 0..(state % 64) {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                v.push(alphabet[(state % alphabet.len() as u64) as usize]);
            }
            inputs.push(v.clone());
            let mut prefixed = b"//go:build ".to_vec();
            prefixed.extend_from_slice(&v);
            inputs.push(prefixed);
            let mut plus = b"// +build ".to_vec();
            plus.extend_from_slice(&v);
            plus.extend_from_slice(b"\n\npackage x\n");
            inputs.push(plus);
        }
        for src in &inputs {
            let _ = header_matches(src, &l);
            let _ = header_error(src);
            let s = String::from_utf8_lossy(src);
            let _ = parse_expr(&s);
            let _ = parse_plus_build(&s);
            let _ = file_name_matches(&s, &l);
        }
        assert!(hm("//go:build linux\u{2028}\n\npackage x", &l));
        assert!(!header_matches(b"//go:build \xFF\n\npackage x", &l));
        assert!(header_error(b"//go:build \xFF\n\npackage x").is_some());
        assert!(!header_matches(b"// +build \xFF\n\npackage x", &l));
        assert!(header_matches(b"// +build \xFF linux\n\npackage x", &l));
    }

    #[test]
    fn trim_space_unicode() {
        assert_eq!(trim_space(b"  a  "), b"a");
        assert_eq!(trim_space(b"\t\r\n\x0b\x0ca"), b"a");
        assert_eq!(trim_space("\u{a0}a\u{3000}".as_bytes()), b"a");
        assert_eq!(trim_space("\u{85}a\u{2029}".as_bytes()), b"a");
        assert_eq!(trim_space(b"\xFF a \xFF"), b"\xFF a \xFF");
        assert_eq!(trim_space(b"\xC2"), b"\xC2");
        assert_eq!(trim_space(b"\xA0"), b"\xA0");
        assert_eq!(trim_space(b""), b"");
        assert_eq!(trim_space(b"   "), b"");
        assert_eq!(trim_space("é".as_bytes()), "é".as_bytes());
    }
}
