//! `//goroutinectx:ignore` directives (SPEC §6.1) and unused-directive reports (§6.2).
//!
//! Parsing follows upstream exactly, oddities included: ` - ` starts a reason, ` //` ends a
//! checker list, and `//goroutinectx:ignore // note` is a list with the single bogus name
//! `// note` (so it suppresses nothing and is reported unused). A directive covers its own
//! line and the next one; consulting it marks it used for that checker whether or not the
//! check would have reported.

use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet};

/// What a directive ignores.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Ignored {
    All,
    /// Checker names as written (not validated).
    Names(Vec<String>),
}

/// One parsed directive.
#[derive(Clone, Debug)]
pub struct Directive {
    /// Byte offset of the comment (where unused reports go).
    pub offset: usize,
    pub ignored: Ignored,
}

/// Parses a comment's text into what it ignores, if it is an ignore directive.
pub fn parse_ignore(comment: &str) -> Option<Ignored> {
    let text = comment.strip_prefix("//").unwrap_or(comment).trim();
    let rest = text.strip_prefix("goroutinectx:ignore")?;
    let mut rest = rest.trim();
    if rest.is_empty() {
        return Some(Ignored::All);
    }
    if let Some(i) = rest.find(" - ") {
        rest = &rest[..i];
    }
    if let Some(i) = rest.find(" //") {
        rest = &rest[..i];
    }
    if rest.starts_with("- ") || rest == "-" {
        return Some(Ignored::All);
    }
    let rest = rest.trim();
    if rest.is_empty() {
        return Some(Ignored::All);
    }
    let names: Vec<String> = rest
        .split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect();
    if names.is_empty() {
        Some(Ignored::All)
    } else {
        Some(Ignored::Names(names))
    }
}

/// The directives of one file, by line, with their consultation record.
#[derive(Default)]
pub struct FileDirectives {
    by_line: BTreeMap<u32, Directive>,
    /// (line, checker name) pairs that consulted a covering directive.
    used: RefCell<BTreeSet<(u32, String)>>,
}

impl FileDirectives {
    /// Adds a directive found on `line` (a later one on the same line replaces it).
    pub fn add(&mut self, line: u32, directive: Directive) {
        self.by_line.insert(line, directive);
    }

    pub fn is_empty(&self) -> bool {
        self.by_line.is_empty()
    }

    fn covers(&self, line: u32, checker: &str) -> bool {
        self.by_line.get(&line).is_some_and(|d| match &d.ignored {
            Ignored::All => true,
            Ignored::Names(names) => names.iter().any(|n| n == checker),
        })
    }

    /// Whether a directive on `line` or the line above could be consulted for `checker`.
    pub fn could_cover(&self, line: u32, checker: &str) -> bool {
        [Some(line), line.checked_sub(1)]
            .into_iter()
            .flatten()
            .any(|l| self.covers(l, checker))
    }

    /// Whether a check of `checker` at `line` is suppressed; marks the covering directive used.
    pub fn consult(&self, line: u32, checker: &str) -> bool {
        for l in [Some(line), line.checked_sub(1)].into_iter().flatten() {
            if self.covers(l, checker) {
                self.used.borrow_mut().insert((l, checker.to_string()));
                return true;
            }
        }
        false
    }

    /// The unused-directive reports (offset, message) given the enabled checker names.
    pub fn unused(&self, enabled: &BTreeSet<&str>) -> Vec<(usize, String)> {
        let used = self.used.borrow();
        let mut out = Vec::new();
        for (line, d) in &self.by_line {
            match &d.ignored {
                Ignored::All => {
                    let consulted = used
                        .iter()
                        .any(|(l, name)| l == line && enabled.contains(name.as_str()));
                    if !consulted {
                        out.push((d.offset, "unused goroutinectx:ignore directive".to_string()));
                    }
                }
                Ignored::Names(names) => {
                    let unused: Vec<&str> = names
                        .iter()
                        .filter(|n| {
                            !enabled.contains(n.as_str()) || !used.contains(&(*line, n.to_string()))
                        })
                        .map(String::as_str)
                        .collect();
                    if !unused.is_empty() {
                        out.push((
                            d.offset,
                            format!(
                                "unused goroutinectx:ignore directive for checker(s): {}",
                                unused.join(", ")
                            ),
                        ));
                    }
                }
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(v: &[&str]) -> Option<Ignored> {
        Some(Ignored::Names(v.iter().map(|s| s.to_string()).collect()))
    }

    #[test]
    fn spec_table() {
        assert_eq!(parse_ignore("//goroutinectx:ignore"), Some(Ignored::All));
        assert_eq!(
            parse_ignore("//goroutinectx:ignore - flaky upstream"),
            Some(Ignored::All)
        );
        assert_eq!(
            parse_ignore("//goroutinectx:ignore goroutine,waitgroup - legacy"),
            names(&["goroutine", "waitgroup"])
        );
        assert_eq!(
            parse_ignore("//goroutinectx:ignore spawner // see ticket"),
            names(&["spawner"])
        );
        assert_eq!(
            parse_ignore("//goroutinectx:ignore errgroup, gotask"),
            names(&["errgroup", "gotask"])
        );
        assert_eq!(
            parse_ignore("//goroutinectx:ignore goroutine errgroup"),
            names(&["goroutine errgroup"])
        );
        assert_eq!(
            parse_ignore("//goroutinectx:ignore // note"),
            names(&["// note"])
        );
        assert_eq!(
            parse_ignore("//goroutinectx:ignore goroutine -x"),
            names(&["goroutine -x"])
        );
        assert_eq!(parse_ignore("// goroutinectx:ignore"), Some(Ignored::All));
        assert_eq!(parse_ignore("//goroutinectx:ignoreX"), names(&["X"]));
        assert_eq!(parse_ignore("/* goroutinectx:ignore */"), None);
        assert_eq!(parse_ignore("// nothing"), None);
    }

    #[test]
    fn consultation_and_unused() {
        let mut d = FileDirectives::default();
        d.add(
            3,
            Directive {
                offset: 10,
                ignored: names(&["goroutine", "spawner"]).unwrap(),
            },
        );
        d.add(
            9,
            Directive {
                offset: 90,
                ignored: Ignored::All,
            },
        );
        assert!(d.consult(4, "goroutine"));
        assert!(!d.consult(6, "goroutine"));
        let enabled: BTreeSet<&str> = ["goroutine"].into();
        assert_eq!(
            d.unused(&enabled),
            vec![
                (
                    10,
                    "unused goroutinectx:ignore directive for checker(s): spawner".to_string()
                ),
                (90, "unused goroutinectx:ignore directive".to_string())
            ]
        );
    }
}
