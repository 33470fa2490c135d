//! `-format=rdjsonl`: reviewdog's Diagnostic Format as JSON lines, read by
//! `reviewdog -f=rdjsonl` (which posts the findings as review comments or annotations).
//!
//! One JSON object per line: `message`, `location.path`, `location.range.start.line` and
//! `.column`, `severity: "ERROR"`, `source.name` (and `.url`), `code.value` (the rule: the
//! checker's ignore name, or `directive`) and `code.url`. Lines and columns are 1-based and
//! columns count UTF-8 bytes, the format's own unit and what Go reports.
//!
//! Paths are relative to the working directory (with `../` to reach the rest of the
//! repository), absolute outside the repository: reviewdog resolves a relative path against
//! its own working directory, so run it where goroutinectx ran.
//!
//! Spec: <https://github.com/reviewdog/reviewdog/tree/master/proto/rdf>

use std::path::{Path, PathBuf};

use serde::Serialize;

use super::{relative_slash_path, slash_path, Finding, INFORMATION_URI, TOOL_NAME};

#[derive(Serialize)]
struct Diagnostic<'a> {
    message: &'a str,
    location: Location,
    severity: &'static str,
    source: Source,
    code: Code,
}

#[derive(Serialize)]
struct Location {
    path: String,
    range: Range,
}

#[derive(Serialize)]
struct Range {
    start: Position,
}

#[derive(Serialize)]
struct Position {
    line: u32,
    column: u32,
}

#[derive(Serialize)]
struct Source {
    name: &'static str,
    url: &'static str,
}

#[derive(Serialize)]
struct Code {
    value: &'static str,
    url: &'static str,
}

/// The diagnostics, one JSON object per line. `cwd` is the working directory, `root` the
/// repository root.
pub fn render(findings: &[Finding<'_>], cwd: &Path, root: &Path) -> String {
    let mut out = String::new();
    for f in findings {
        let d = f.diagnostic;
        let line = Diagnostic {
            message: &d.message,
            location: Location {
                path: path_from(&d.path, cwd, root),
                range: Range {
                    start: Position {
                        line: d.pos.line,
                        column: d.pos.column,
                    },
                },
            },
            severity: "ERROR",
            source: Source {
                name: TOOL_NAME,
                url: INFORMATION_URI,
            },
            code: Code {
                value: f.rule,
                url: INFORMATION_URI,
            },
        };
        if let Ok(json) = serde_json::to_string(&line) {
            out.push_str(&json);
            out.push('\n');
        }
    }
    out
}

/// `path` relative to `cwd`: below it directly, elsewhere in the repository through `../`,
/// else absolute.
fn path_from(path: &Path, cwd: &Path, root: &Path) -> String {
    if let Some(rel) = relative_slash_path(path, cwd) {
        return rel;
    }
    match (
        relative_slash_path(path, root),
        cwd.strip_prefix(root).map(PathBuf::from),
    ) {
        (Some(from_root), Ok(cwd_below_root)) => {
            let ups = cwd_below_root.components().count();
            format!("{}{from_root}", "../".repeat(ups))
        }
        _ => slash_path(path),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_are_relative_to_the_working_directory() {
        let root = Path::new("/r");
        let cwd = Path::new("/r/a/b");
        assert_eq!(path_from(Path::new("/r/a/b/c/x.go"), cwd, root), "c/x.go");
        assert_eq!(path_from(Path::new("/r/z/x.go"), cwd, root), "../../z/x.go");
        assert_eq!(
            path_from(Path::new("/elsewhere/x.go"), cwd, root),
            "/elsewhere/x.go"
        );
    }
}
