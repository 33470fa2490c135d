//! The machine-readable report formats of `-format=`: `sarif`, `github`, `rdjsonl`, `gitlab`.
//!
//! Each format has its own module; what they share is here: the repository root paths are
//! made relative to ([`repository_root`]), the rule list ([`rules`]), the text of a finding's
//! line (for SARIF's UTF-16 columns and for fingerprints) and the fingerprint itself
//! ([`Finding::fingerprint`]). Every format writes to stdout; load and syntax problems stay on
//! stderr as text, and the exit status is `-json`'s (0, or 1 for load errors).

pub mod github;
pub mod gitlab;
pub mod rdjsonl;
pub mod sarif;

use std::collections::HashMap;
use std::path::{Component, Path, PathBuf};

use goroutinectx_analyzer::registry::CHECKERS;
use goroutinectx_analyzer::{Diagnostic, Report};

/// The tool's name, as every format names it.
pub const TOOL_NAME: &str = "goroutinectx";

/// The tool's version.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// Where to read about the tool: the package's `homepage` or `repository` when Cargo.toml sets
/// one, else upstream's repository (whose README documents the same checkers).
pub const INFORMATION_URI: &str = first_non_empty(&[
    env!("CARGO_PKG_HOMEPAGE"),
    env!("CARGO_PKG_REPOSITORY"),
    "https://github.com/mpyw/goroutinectx",
]);

const fn first_non_empty(options: &[&'static str]) -> &'static str {
    let mut i = 0;
    while i + 1 < options.len() && options[i].is_empty() {
        i += 1;
    }
    options[i]
}

/// The rule id of diagnostics a checker files under `""`: the reports about
/// `//goroutinectx:ignore` directives themselves (unused ones).
pub const DIRECTIVE_RULE: &str = "directive";

/// The rule id of a diagnostic: its checker's ignore name, or [`DIRECTIVE_RULE`].
pub fn rule_id(checker: &'static str) -> &'static str {
    if checker.is_empty() {
        DIRECTIVE_RULE
    } else {
        checker
    }
}

/// One rule of the rule list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rule {
    /// The ignore name (what `//goroutinectx:ignore NAME` lists), or [`DIRECTIVE_RULE`].
    pub id: &'static str,
    /// One sentence.
    pub short: String,
    /// How the rule is switched and suppressed.
    pub help: String,
}

/// The rules, one per distinct ignore name in the registry's order, then [`DIRECTIVE_RULE`].
/// A name several checkers share (conc reports as `errgroup`) is one rule whose help names
/// every checker's flag.
pub fn rules() -> Vec<Rule> {
    let mut out: Vec<Rule> = Vec::new();
    for c in CHECKERS {
        let doc = if c.doc.is_empty() {
            // goroutinederive has no flag and so no usage text.
            "check that goroutines call the -goroutine-deriver function"
        } else {
            c.doc
        };
        let switch = match c.flag {
            Some(flag) => format!(
                "Enabled by -{flag} (default {}).",
                if c.default { "on" } else { "off" }
            ),
            None => "Enabled by a non-empty -goroutine-deriver.".to_string(),
        };
        let sentence = format!("{}{}.", doc[..1].to_uppercase(), &doc[1..]);
        match out.iter_mut().find(|r| r.id == c.ignore_name) {
            Some(rule) => {
                rule.help = format!("{} {sentence} {switch}", rule.help);
            }
            None => out.push(Rule {
                id: c.ignore_name,
                short: sentence.clone(),
                help: format!("{sentence} {switch}"),
            }),
        }
    }
    for rule in &mut out {
        rule.help = format!(
            "{} Suppress a report with `//goroutinectx:ignore {}` on its line or the line above.",
            rule.help, rule.id
        );
    }
    out.push(Rule {
        id: DIRECTIVE_RULE,
        short: "Report //goroutinectx:ignore directives that suppress nothing.".to_string(),
        help: "A //goroutinectx:ignore directive (or one of the checkers it names) suppressed \
               no report of an enabled checker: remove it or the names it lists."
            .to_string(),
    });
    out
}

/// The repository root: the nearest directory at or above `cwd` holding `.git` (a directory,
/// or a file in a worktree or submodule), else `cwd` itself.
pub fn repository_root(cwd: &Path) -> PathBuf {
    cwd.ancestors()
        .find(|dir| dir.join(".git").exists())
        .unwrap_or(cwd)
        .to_path_buf()
}

/// `path` relative to `base` with forward slashes, when it is under `base`.
pub fn relative_slash_path(path: &Path, base: &Path) -> Option<String> {
    let rel = path.strip_prefix(base).ok()?;
    let parts: Vec<String> = rel
        .components()
        .map(|c| match c {
            Component::Normal(s) => Some(s.to_string_lossy().into_owned()),
            _ => None,
        })
        .collect::<Option<_>>()?;
    (!parts.is_empty()).then(|| parts.join("/"))
}

/// `path` with forward slashes (for paths outside the root).
pub fn slash_path(path: &Path) -> String {
    let s = path.to_string_lossy();
    if std::path::MAIN_SEPARATOR == '\\' {
        s.replace('\\', "/")
    } else {
        s.into_owned()
    }
}

/// A diagnostic with what the formats derive from it.
#[derive(Clone, Debug)]
pub struct Finding<'a> {
    pub diagnostic: &'a Diagnostic,
    /// [`rule_id`] of the diagnostic.
    pub rule: &'static str,
    /// The path relative to the repository root with `/`, or `None` outside it.
    pub root_relative: Option<String>,
    /// The root-relative path, or the absolute path (with `/`) outside the root.
    pub path: String,
    /// The text of the diagnostic's line (without its line terminator), if the file is
    /// readable.
    pub line_text: Option<String>,
    /// A stable identity of the finding: see [`fingerprint`].
    pub fingerprint: String,
}

/// The report's diagnostics, in its (sorted) order, with paths relative to `root`.
pub fn findings<'a>(report: &'a Report, root: &Path) -> Vec<Finding<'a>> {
    let mut files: HashMap<&Path, Option<Vec<String>>> = HashMap::new();
    let mut occurrences: HashMap<(String, String, String), u32> = HashMap::new();
    report
        .diagnostics
        .iter()
        .map(|d| {
            let lines = files.entry(d.path.as_path()).or_insert_with(|| {
                std::fs::read(&d.path).ok().map(|bytes| {
                    String::from_utf8_lossy(&bytes)
                        .split('\n')
                        .map(|l| l.strip_suffix('\r').unwrap_or(l).to_string())
                        .collect()
                })
            });
            let line_text = lines.as_ref().and_then(|lines| {
                let index = usize::try_from(d.pos.line).ok()?.checked_sub(1)?;
                lines.get(index).cloned()
            });
            let root_relative = relative_slash_path(&d.path, root);
            let path = root_relative.clone().unwrap_or_else(|| slash_path(&d.path));
            let rule = rule_id(d.checker);
            let trimmed = line_text.as_deref().unwrap_or("").trim().to_string();
            let occurrence = occurrences
                .entry((rule.to_string(), path.clone(), trimmed.clone()))
                .or_insert(0);
            *occurrence += 1;
            Finding {
                diagnostic: d,
                rule,
                fingerprint: fingerprint(rule, &path, &trimmed, *occurrence),
                root_relative,
                path,
                line_text,
            }
        })
        .collect()
}

/// A finding's identity across runs and machines: the FNV-1a 64-bit hash of the rule, the
/// root-relative path and the line's trimmed text, as 16 hex digits, then `:` and the
/// 1-based occurrence of that triple among the report's findings. The line number is not in
/// it, so a finding keeps its fingerprint when code above it moves; the occurrence index
/// tells apart findings on identical lines. (The shape `hash:occurrence` is that of GitHub's
/// own `primaryLocationLineHash`.)
pub fn fingerprint(rule: &str, path: &str, trimmed_line: &str, occurrence: u32) -> String {
    let mut key = Vec::with_capacity(rule.len() + path.len() + trimmed_line.len() + 2);
    key.extend_from_slice(rule.as_bytes());
    key.push(0);
    key.extend_from_slice(path.as_bytes());
    key.push(0);
    key.extend_from_slice(trimmed_line.as_bytes());
    format!("{:016x}:{occurrence}", fnv1a64(&key))
}

/// FNV-1a, 64 bits: fixed constants, so the same on every machine and run (unlike std's
/// randomly keyed hasher).
pub fn fnv1a64(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fnv1a64_known_values() {
        // Reference values of the 64-bit FNV-1a test suite.
        assert_eq!(fnv1a64(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a64(b"a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(fnv1a64(b"foobar"), 0x8594_4171_f739_67e8);
    }

    #[test]
    fn fingerprint_is_stable_and_separates_identical_lines() {
        let a = fingerprint("goroutine", "a/b.go", "go func() {}()", 1);
        assert_eq!(a, fingerprint("goroutine", "a/b.go", "go func() {}()", 1));
        // Pinned: the value must never change across versions, machines or runs (checked
        // against an independent FNV-1a implementation).
        assert_eq!(a, "c4eb4a0fe2a3cd69:1");
        let b = fingerprint("goroutine", "a/b.go", "go func() {}()", 2);
        assert_ne!(a, b);
        assert_ne!(a, fingerprint("errgroup", "a/b.go", "go func() {}()", 1));
        assert_ne!(a, fingerprint("goroutine", "a/c.go", "go func() {}()", 1));
        // The separators keep fields from running into each other.
        assert_ne!(
            fingerprint("ab", "c", "x", 1),
            fingerprint("a", "bc", "x", 1)
        );
    }

    #[test]
    fn identical_lines_in_one_file_get_distinct_fingerprints() {
        let dir = tempfile::tempdir().expect("tempdir");
        let root = dir.path();
        let file = root.join("p/x.go");
        std::fs::create_dir_all(file.parent().expect("parent")).expect("mkdir");
        std::fs::write(&file, "package p\n\tgo work()\n\n\tgo work()\n").expect("write");
        let diag = |line| Diagnostic {
            path: file.clone(),
            pos: goroutinectx_scanner::Position { line, column: 2 },
            message: "goroutine does not propagate context \"ctx\"".to_string(),
            checker: "goroutine",
            package: "p".to_string(),
            in_test_file: false,
        };
        let report = Report {
            diagnostics: vec![diag(2), diag(4)],
            ..Report::default()
        };
        let found = findings(&report, root);
        assert_eq!(found[0].path, "p/x.go");
        assert_eq!(found[0].line_text.as_deref(), Some("\tgo work()"));
        assert!(found[0].fingerprint.ends_with(":1"));
        assert!(found[1].fingerprint.ends_with(":2"));
        assert_ne!(found[0].fingerprint, found[1].fingerprint);
        // Moving both lines down keeps both fingerprints.
        std::fs::write(&file, "package p\n\n\n\tgo work()\n\n\tgo work()\n").expect("write");
        let moved = Report {
            diagnostics: vec![diag(4), diag(6)],
            ..Report::default()
        };
        let again = findings(&moved, root);
        assert_eq!(again[0].fingerprint, found[0].fingerprint);
        assert_eq!(again[1].fingerprint, found[1].fingerprint);
    }

    #[test]
    fn root_is_the_nearest_git_directory_or_the_cwd() {
        let dir = tempfile::tempdir().expect("tempdir");
        let base = dir.path();
        let sub = base.join("repo/a/b");
        std::fs::create_dir_all(&sub).expect("mkdir");
        assert_eq!(repository_root(&sub), sub.clone());
        std::fs::write(base.join("repo/.git"), "gitdir: /elsewhere\n").expect("write");
        assert_eq!(repository_root(&sub), base.join("repo"));
        std::fs::create_dir_all(base.join("repo/a/.git")).expect("mkdir");
        assert_eq!(repository_root(&sub), base.join("repo/a"));
    }

    #[test]
    fn relative_paths_use_forward_slashes() {
        let root = Path::new("/w/repo");
        assert_eq!(
            relative_slash_path(Path::new("/w/repo/a/b.go"), root).as_deref(),
            Some("a/b.go")
        );
        assert_eq!(relative_slash_path(Path::new("/w/other.go"), root), None);
        assert_eq!(relative_slash_path(root, root), None);
    }

    #[test]
    fn one_rule_per_ignore_name_and_one_for_directives() {
        let rules = rules();
        let ids: Vec<&str> = rules.iter().map(|r| r.id).collect();
        assert_eq!(
            ids,
            [
                "goroutine",
                "goroutinederive",
                "errgroup",
                "waitgroup",
                "spawner",
                "gotask",
                "spawnerlabel",
                "directive"
            ]
        );
        let errgroup = &rules[2];
        assert!(errgroup.help.contains("-errgroup") && errgroup.help.contains("-conc"));
        for r in &rules {
            assert!(!r.short.is_empty() && r.short.ends_with('.'), "{r:?}");
        }
    }

    #[test]
    fn information_uri_falls_back_to_upstream() {
        assert_eq!(first_non_empty(&["", "", "u"]), "u");
        assert_eq!(first_non_empty(&["", "r", "u"]), "r");
        assert!(INFORMATION_URI.starts_with("https://"));
    }
}
