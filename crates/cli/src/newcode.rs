//! New-code-only runs, for adopting the linter on a large codebase: `-new-from-rev=REV` keeps
//! only the diagnostics on lines changed since REV (what `git diff REV` shows, plus every line
//! of files git does not track yet), and `-new-from-patch=FILE` those on lines a unified diff
//! adds, as golangci-lint's options of the same names do.
//!
//! A line counts as new when the diff adds it (a `+` line of a hunk); deleted lines leave no
//! place to report on. Paths in a diff are relative to the repository root (`git rev-parse
//! --show-toplevel`, or the working directory for a patch outside git) and may carry git's
//! `a/` and `b/` prefixes.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::Command;

use goroutinectx_analyzer::Diagnostic;

/// The lines that count as new, by absolute file path.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct NewLines {
    files: BTreeMap<PathBuf, Lines>,
}

#[derive(Debug, PartialEq, Eq)]
enum Lines {
    /// Every line: a file git does not track.
    All,
    Some(BTreeSet<u32>),
}

impl NewLines {
    /// Whether a diagnostic sits on a new line.
    pub fn contains(&self, d: &Diagnostic) -> bool {
        // The diagnostic's path as given, else as the filesystem resolves it (git names the
        // repository by its physical path; a pattern may go through a symlink).
        let lines = self.files.get(&d.path).or_else(|| {
            let real = std::fs::canonicalize(&d.path).ok()?;
            self.files.get(&real)
        });
        match lines {
            Some(Lines::All) => true,
            Some(Lines::Some(lines)) => lines.contains(&d.pos.line),
            None => false,
        }
    }

    /// The lines a unified diff adds, with its paths taken relative to `root`.
    pub fn from_patch(patch: &str, root: &Path) -> NewLines {
        let mut out = NewLines::default();
        let mut current: Option<PathBuf> = None;
        let mut next_line: u32 = 0;
        // Lines left in the current hunk, old side and new side: a hunk's body is known by
        // its counts, so a removed line `-- x` or an added line `++ x` is never a header.
        let (mut old_left, mut new_left) = (0u32, 0u32);
        for line in patch.lines() {
            if old_left > 0 || new_left > 0 {
                match line.as_bytes().first() {
                    Some(b'+') => {
                        if let Some(path) = &current {
                            if let Lines::Some(set) = out
                                .files
                                .entry(path.clone())
                                .or_insert_with(|| Lines::Some(BTreeSet::new()))
                            {
                                set.insert(next_line);
                            }
                        }
                        next_line += 1;
                        new_left = new_left.saturating_sub(1);
                    }
                    Some(b'-') => old_left = old_left.saturating_sub(1),
                    // `\ No newline at end of file` belongs to neither side.
                    Some(b'\\') => {}
                    _ => {
                        next_line += 1;
                        old_left = old_left.saturating_sub(1);
                        new_left = new_left.saturating_sub(1);
                    }
                }
                continue;
            }
            if let Some(rest) = line.strip_prefix("+++ ") {
                current = diff_path(rest).map(|p| root.join(p));
            } else if line.starts_with("diff ") {
                current = None;
            } else if let Some(rest) = line.strip_prefix("@@ ") {
                // `@@ -a,b +c,d @@`: b old lines, d new lines from line c (counts default to 1).
                let range = |sign: char| {
                    let part = rest.split_whitespace().find_map(|p| p.strip_prefix(sign))?;
                    let mut it = part.split(',');
                    let start: u32 = it.next()?.parse().ok()?;
                    let count: u32 = it.next().map_or(Some(1), |c| c.parse().ok())?;
                    Some((start, count))
                };
                let (_, old_count) = range('-').unwrap_or((0, 0));
                let (start, new_count) = range('+').unwrap_or((0, 0));
                next_line = start;
                old_left = old_count;
                new_left = new_count;
            }
        }
        out
    }

    /// The lines changed since `rev` in the git repository around `cwd`, and every line of
    /// the files git does not track (ignored files aside).
    pub fn from_rev(rev: &str, cwd: &Path) -> Result<NewLines, String> {
        let root = git(cwd, &["rev-parse", "--show-toplevel"])?;
        let root = PathBuf::from(root.trim());
        let root = std::fs::canonicalize(&root).unwrap_or(root);
        let diff = git(
            &root,
            &[
                "-c",
                "core.quotePath=false",
                "diff",
                "--no-color",
                "--no-ext-diff",
                "--unified=0",
                rev,
                "--",
            ],
        )?;
        let mut out = NewLines::from_patch(&diff, &root);
        let untracked = git(&root, &["ls-files", "--others", "--exclude-standard", "-z"])?;
        for path in untracked.split('\0').filter(|p| !p.is_empty()) {
            out.files.insert(root.join(path), Lines::All);
        }
        Ok(out)
    }
}

/// The path of a `+++` line: none for `/dev/null` (a deleted file), git's `b/` prefix removed.
fn diff_path(rest: &str) -> Option<String> {
    let rest = rest.trim_end();
    let path = if rest.starts_with('"') {
        // git quotes a path holding a tab, a newline, a quote or a backslash (and, without
        // core.quotePath=false, any non-ASCII byte) as a C string.
        unquote_c(rest)?
    } else {
        rest.split('\t').next().unwrap_or(rest).to_string()
    };
    if path == "/dev/null" {
        return None;
    }
    Some(path.strip_prefix("b/").map(str::to_string).unwrap_or(path))
}

/// A C-quoted string as git writes paths: `\t`, `\n`, `\"`, `\\`, and octal bytes `\303`.
fn unquote_c(quoted: &str) -> Option<String> {
    let body = quoted.strip_prefix('"')?;
    let mut bytes = Vec::with_capacity(body.len());
    let mut it = body.bytes();
    while let Some(b) = it.next() {
        match b {
            b'"' => return String::from_utf8(bytes).ok(),
            b'\\' => match it.next()? {
                b'a' => bytes.push(7),
                b'b' => bytes.push(8),
                b't' => bytes.push(b'\t'),
                b'n' => bytes.push(b'\n'),
                b'v' => bytes.push(11),
                b'f' => bytes.push(12),
                b'r' => bytes.push(b'\r'),
                d @ b'0'..=b'7' => {
                    let mut v = u32::from(d - b'0');
                    for _ in 0..2 {
                        v = v * 8 + u32::from(it.next()?.checked_sub(b'0').filter(|x| *x < 8)?);
                    }
                    bytes.push(u8::try_from(v).ok()?);
                }
                other => bytes.push(other),
            },
            other => bytes.push(other),
        }
    }
    None
}

fn git(dir: &Path, args: &[&str]) -> Result<String, String> {
    let out = Command::new("git")
        .args(args)
        .current_dir(dir)
        .output()
        .map_err(|e| format!("cannot run git: {e}"))?;
    if !out.status.success() {
        // The command as a user would type it (the `-c` settings left out).
        let shown: Vec<&str> = match args {
            ["-c", _, rest @ ..] => rest.to_vec(),
            _ => args.to_vec(),
        };
        return Err(format!(
            "git {}: {}",
            shown.join(" "),
            String::from_utf8_lossy(&out.stderr).trim()
        ));
    }
    String::from_utf8(out.stdout).map_err(|_| format!("git {}: output is not UTF-8", args[0]))
}

#[cfg(test)]
mod tests {
    use super::*;
    use goroutinectx_scanner::Position;

    fn diag(path: &str, line: u32) -> Diagnostic {
        Diagnostic {
            path: PathBuf::from(path),
            pos: Position { line, column: 1 },
            message: String::new(),
            checker: "goroutine",
            package: String::new(),
            in_test_file: false,
        }
    }

    #[test]
    fn quoted_paths() {
        assert_eq!(
            diff_path("\"b/p/\\303\\244.go\"").as_deref(),
            Some("p/ä.go")
        );
        assert_eq!(diff_path("\"b/a\\tb.go\"\t").as_deref(), Some("a\tb.go"));
        assert_eq!(diff_path("b/p/x.go\t2024-01-01").as_deref(), Some("p/x.go"));
        assert_eq!(diff_path("/dev/null"), None);
    }

    #[test]
    fn added_lines_of_a_unified_diff() {
        let patch = "\
diff --git a/p/a.go b/p/a.go
index 1..2 100644
--- a/p/a.go
+++ b/p/a.go
@@ -3,2 +3,3 @@ func f() {
 \tx := 1
-\ty := 2
+\ty := 3
+\tgo g()
 }
@@ -20,0 +22 @@
+\tgo h()
diff --git a/p/new.go b/p/new.go
new file mode 100644
--- /dev/null
+++ b/p/new.go
@@ -0,0 +1,2 @@
+package p
+// go
diff --git a/p/tricky.go b/p/tricky.go
--- a/p/tricky.go
+++ b/p/tricky.go
@@ -1,2 +1,2 @@
--- a removed line that looks like a header
+++ an added line that looks like a header
 context
diff --git a/p/gone.go b/p/gone.go
--- a/p/gone.go
+++ /dev/null
@@ -1 +0,0 @@
-package p
";
        let n = NewLines::from_patch(patch, Path::new("/r"));
        for (line, want) in [(3, false), (4, true), (5, true), (6, false), (22, true)] {
            assert_eq!(n.contains(&diag("/r/p/a.go", line)), want, "line {line}");
        }
        assert!(n.contains(&diag("/r/p/new.go", 2)));
        assert!(!n.contains(&diag("/r/p/new.go", 3)));
        assert!(!n.contains(&diag("/r/p/gone.go", 1)));
        assert!(n.contains(&diag("/r/p/tricky.go", 1)));
        assert!(!n.contains(&diag("/r/p/tricky.go", 2)));
        assert!(!n.contains(&diag("/r/p/other.go", 1)));
    }
}
