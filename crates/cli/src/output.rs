//! Output formats: upstream's text lines and `-json` tree.
//!
//! Text: `path:line:col: message` on stderr, paths relative to the working directory when under
//! it, sorted, de-duplicated; `-c=N` adds N lines of context. JSON: the singlechecker tree
//! `{"<package id>": {"goroutinectx": [{"posn", "end", "message"}]}}`, tab-indented with sorted
//! keys and Go's HTML-safe string escaping, ids as upstream names test-augmented packages.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use goroutinectx_analyzer::{Diagnostic, Report, Severity};
use serde::Serialize;

/// A path for display: relative to `cwd` when under it, else as it is.
pub fn display_path(path: &Path, cwd: &Path) -> String {
    match path.strip_prefix(cwd) {
        Ok(rel) if !rel.as_os_str().is_empty() => rel.to_string_lossy().into_owned(),
        _ => path.to_string_lossy().into_owned(),
    }
}

/// Load and syntax problems as text lines (errors and warnings), sorted.
pub fn problems_text(report: &Report, cwd: &Path) -> String {
    let mut out = String::new();
    for p in &report.problems {
        let prefix = match (&p.path, p.pos) {
            (Some(path), Some(pos)) => {
                format!("{}:{}:{}: ", display_path(path, cwd), pos.line, pos.column)
            }
            (Some(path), None) => format!("{}: ", display_path(path, cwd)),
            (None, _) => "goroutinectx: ".to_string(),
        };
        let severity = match p.severity {
            Severity::Error => "",
            Severity::Warning => "warning: ",
        };
        let _ = writeln!(out, "{prefix}{severity}{}", p.message);
    }
    out
}

/// Diagnostics as `path:line:col: message` lines, with `context` lines around each when >= 0.
/// `path:line:col: message` and a newline.
fn diagnostic_line(d: &goroutinectx_analyzer::Diagnostic, cwd: &Path) -> String {
    format!(
        "{}:{}:{}: {}\n",
        display_path(&d.path, cwd),
        d.pos.line,
        d.pos.column,
        d.message
    )
}

/// `-debug=u`: the held-back places, one `file:line:col: held back …` line each, with a
/// count at the end.
pub fn held_back_text(report: &Report, cwd: &Path) -> String {
    let mut out = String::new();
    for d in &report.held_back {
        out.push_str(&diagnostic_line(d, cwd));
    }
    let _ = writeln!(
        out,
        "goroutinectx: {} places held back by unknown types",
        report.held_back.len()
    );
    out
}

pub fn diagnostics_text(report: &Report, cwd: &Path, context: i64) -> String {
    let mut out = String::new();
    let mut file_cache: BTreeMap<PathBuf, Option<Vec<String>>> = BTreeMap::new();
    for d in &report.diagnostics {
        out.push_str(&diagnostic_line(d, cwd));
        if context >= 0 {
            let lines = file_cache.entry(d.path.clone()).or_insert_with(|| {
                std::fs::read(&d.path).ok().map(|b| {
                    String::from_utf8_lossy(&b)
                        .split('\n')
                        .map(str::to_string)
                        .collect()
                })
            });
            if let Some(lines) = lines {
                let line = i64::from(d.pos.line);
                for i in (line - context).max(1)..=(line + context) {
                    if let Some(text) = usize::try_from(i - 1).ok().and_then(|i| lines.get(i)) {
                        let _ = writeln!(out, "{i}\t{text}");
                    }
                }
            }
        }
    }
    out
}

#[derive(Serialize)]
struct JsonDiagnostic<'a> {
    posn: String,
    end: String,
    message: &'a str,
}

/// The package ids upstream files a diagnostic under: the package and, when it has test files,
/// its test-augmented variant `p [p.test]` (non-test files appear in both); an external test
/// package is `p_test [p.test]`.
fn package_ids(d: &Diagnostic, report: &Report) -> Vec<String> {
    let unit = report.packages.iter().find(|u| u.import_path == d.package);
    let Some(unit) = unit else {
        return vec![d.package.clone()];
    };
    if unit.is_xtest {
        let base = d.package.strip_suffix("_test").unwrap_or(&d.package);
        return vec![format!("{} [{base}.test]", d.package)];
    }
    let test_id = format!("{0} [{0}.test]", d.package);
    match (unit.has_test_files, d.in_test_file) {
        (false, _) => vec![d.package.clone()],
        (true, false) => vec![d.package.clone(), test_id],
        (true, true) => vec![test_id],
    }
}

/// The `-json` document (with its trailing newline).
pub fn json(report: &Report) -> String {
    json_tree(report, |d| package_ids(d, report))
}

/// The JSON tree with every diagnostic under one package id (`go vet`'s unit `ID`).
pub fn json_for_id(report: &Report, id: &str) -> String {
    json_tree(report, |_| vec![id.to_string()])
}

fn json_tree(report: &Report, ids: impl Fn(&Diagnostic) -> Vec<String>) -> String {
    let mut tree: BTreeMap<String, BTreeMap<&str, Vec<JsonDiagnostic<'_>>>> = BTreeMap::new();
    for d in &report.diagnostics {
        let posn = format!(
            "{}:{}:{}",
            d.path.to_string_lossy(),
            d.pos.line,
            d.pos.column
        );
        for id in ids(d) {
            tree.entry(id)
                .or_default()
                .entry("goroutinectx")
                .or_default()
                .push(JsonDiagnostic {
                    posn: posn.clone(),
                    end: posn.clone(),
                    message: &d.message,
                });
        }
    }
    let mut buf = Vec::new();
    let formatter = serde_json::ser::PrettyFormatter::with_indent(b"\t");
    let mut ser = serde_json::Serializer::with_formatter(&mut buf, formatter);
    if tree.serialize(&mut ser).is_err() {
        return "{}\n".to_string();
    }
    let mut s = go_html_escape(&String::from_utf8_lossy(&buf));
    s.push('\n');
    s
}

/// Go's encoding/json escapes `<`, `>`, `&`, U+2028 and U+2029 inside strings; outside strings
/// those characters cannot occur in our documents, so a plain replacement is exact.
fn go_html_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_report_is_empty_object() {
        assert_eq!(json(&Report::default()), "{}\n");
    }

    #[test]
    fn html_characters_are_escaped_like_go() {
        assert_eq!(go_html_escape("a<b>&"), "a\\u003cb\\u003e\\u0026");
    }

    #[test]
    fn display_paths_are_relative_under_cwd() {
        assert_eq!(
            display_path(Path::new("/w/a/b.go"), Path::new("/w")),
            "a/b.go"
        );
        assert_eq!(
            display_path(Path::new("/x/b.go"), Path::new("/w")),
            "/x/b.go"
        );
    }
}
