//! The configuration file, `.goroutinectx.toml`: the same settings as the flags, kept with the
//! code.
//!
//! It is found by walking up from the working directory, stopping at the first directory that
//! holds `go.mod`, `go.work` or `.git` (the module or repository root), or named with
//! `-config=FILE`. Its keys are the flags' names, with the flags' meanings:
//!
//! ```toml
//! goroutine-deriver = "example.com/apm.NewGoroutineContext"
//! spawnerlabel = true
//! external-spawner = ["example.com/workers.Run", "example.com/workers.Pool.Submit"]
//! test = false
//! exclude = ["internal/generated/**", "**/*_mock.go"]
//! ```
//!
//! A list is the flag's comma-separated value. `exclude` (only here) drops every report and
//! problem in files matching one of its glob patterns (`*`, `?`, `**`, `{a,b}`), taken relative
//! to the file's directory. Flags given on the command line override the file. An unknown key
//! or a value of the wrong type is an error that names the file, the line and the key.

use std::path::{Path, PathBuf};

use globset::{Glob, GlobSet, GlobSetBuilder};
use toml::de::{DeTable, DeValue};

use crate::flags;

/// The file name searched for.
pub const FILE_NAME: &str = ".goroutinectx.toml";

/// The keys a configuration file may set: the flags that configure what is checked and how
/// it is printed (not the one-shot actions such as `-V` or `-flags`, nor the no-op flags).
const FLAG_KEYS: &[&str] = &[
    "goroutine-deriver",
    "context-carriers",
    "external-spawner",
    "cross-package-spawners",
    "test",
    "tags",
    "go",
    "format",
    "json",
    "c",
    "max-file-size",
    "new-from-rev",
    "new-from-patch",
];

/// One setting read from the file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    pub key: String,
    /// The value as the flag would be given it.
    pub value: String,
    /// 1-based line of the key.
    pub line: usize,
}

/// A loaded configuration file.
#[derive(Debug)]
pub struct Config {
    pub path: PathBuf,
    pub entries: Vec<Entry>,
    /// The `exclude` patterns as written.
    pub exclude_patterns: Vec<String>,
    exclude: Option<GlobSet>,
}

impl Config {
    /// The settings as command-line flags (`-key=value`), in file order.
    pub fn as_args(&self) -> Vec<String> {
        self.entries
            .iter()
            .map(|e| format!("-{}={}", e.key, e.value))
            .collect()
    }

    /// Whether `path` is excluded by the `exclude` patterns.
    pub fn excludes(&self, path: &Path) -> bool {
        let Some(set) = &self.exclude else {
            return false;
        };
        let dir = self.path.parent().unwrap_or(Path::new(""));
        path.strip_prefix(dir).is_ok_and(|rel| set.is_match(rel))
    }
}

/// The configuration file that applies in `cwd`, if any: `.goroutinectx.toml` in `cwd` or a
/// directory above it, up to the module or repository root.
pub fn find(cwd: &Path) -> Option<PathBuf> {
    for dir in cwd.ancestors() {
        let candidate = dir.join(FILE_NAME);
        if candidate.is_file() {
            return Some(candidate);
        }
        if ["go.mod", "go.work", ".git"]
            .iter()
            .any(|m| dir.join(m).exists())
        {
            return None;
        }
    }
    None
}

/// Reads and checks a configuration file. The error names the file, and the line and key
/// when there is one.
pub fn load(path: &Path) -> Result<Config, String> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("{}: cannot read: {e}", path.display()))?;
    let line_of = |offset: usize| text[..offset.min(text.len())].matches('\n').count() + 1;
    let table = DeTable::parse(&text).map_err(|e| {
        let line = e.span().map_or(1, |s| line_of(s.start));
        format!("{}:{line}: {}", path.display(), e.message())
    })?;
    let mut entries = Vec::new();
    let mut exclude = None;
    let mut exclude_patterns = Vec::new();
    for (key, value) in table.get_ref() {
        let line = line_of(key.span().start);
        let name = key.get_ref().as_ref();
        let fail = |why: String| format!("{}:{line}: {name}: {why}", path.display());
        if name == "exclude" {
            let patterns = string_list(value.get_ref())
                .ok_or_else(|| fail("expected a list of glob patterns".to_string()))?;
            let mut set = GlobSetBuilder::new();
            for p in &patterns {
                set.add(Glob::new(p).map_err(|e| fail(e.to_string()))?);
            }
            exclude = Some(set.build().map_err(|e| fail(e.to_string()))?);
            exclude_patterns = patterns;
            continue;
        }
        let Some(kind) = key_kind(name) else {
            return Err(fail("unknown key".to_string()));
        };
        let value = match (kind, value.get_ref()) {
            (Kind::Bool, DeValue::Boolean(b)) => b.to_string(),
            (Kind::Bool, _) => return Err(fail("expected true or false".to_string())),
            (Kind::Int, DeValue::Integer(i)) => i.as_str().replace('_', ""),
            (Kind::Int, _) => return Err(fail("expected an integer".to_string())),
            (Kind::Str, v) => string_list(v)
                .map(|parts| parts.join(","))
                .ok_or_else(|| fail("expected a string or a list of strings".to_string()))?,
        };
        // The flag's own check of the value (e.g. `format = "xml"`).
        if let Err(e) = flags::parse(&[format!("-{name}={value}")]) {
            return Err(fail(e.to_string()));
        }
        entries.push(Entry {
            key: name.to_string(),
            value,
            line,
        });
    }
    entries.sort_by_key(|e| e.line);
    Ok(Config {
        path: path.to_path_buf(),
        entries,
        exclude_patterns,
        exclude,
    })
}

#[derive(Clone, Copy)]
enum Kind {
    Bool,
    Int,
    Str,
}

/// Every key a file may set except `exclude`, checkers first (in registry order).
pub fn keys() -> Vec<&'static str> {
    goroutinectx_analyzer::registry::CHECKERS
        .iter()
        .filter_map(|c| c.flag)
        .chain(FLAG_KEYS.iter().copied())
        .collect()
}

/// The type of a key's value, for the keys a file may set.
fn key_kind(name: &str) -> Option<Kind> {
    let is_checker = goroutinectx_analyzer::registry::CheckerFlags::by_flag(name).is_some();
    if !is_checker && !FLAG_KEYS.contains(&name) {
        return None;
    }
    Some(match flags::flag_kind(name)? {
        flags::ValueKind::Bool => Kind::Bool,
        flags::ValueKind::Int => Kind::Int,
        flags::ValueKind::Str => Kind::Str,
    })
}

/// A string, or a list of strings.
fn string_list(v: &DeValue<'_>) -> Option<Vec<String>> {
    match v {
        DeValue::String(s) => Some(vec![s.to_string()]),
        DeValue::Array(items) => items
            .iter()
            .map(|i| match i.get_ref() {
                DeValue::String(s) => Some(s.to_string()),
                _ => None,
            })
            .collect(),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn load_text(text: &str) -> Result<Config, String> {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(FILE_NAME);
        std::fs::write(&path, text).unwrap();
        load(&path).map_err(|e| e.replace(&path.display().to_string(), "F"))
    }

    #[test]
    fn settings_become_flags() {
        let c = load_text(
            "spawnerlabel = true\ngoroutine-deriver = \"a.B\"\nexternal-spawner = [\"p.F\", \"p.T.M\"]\nc = 2\n",
        )
        .unwrap();
        assert_eq!(
            c.as_args(),
            [
                "-spawnerlabel=true",
                "-goroutine-deriver=a.B",
                "-external-spawner=p.F,p.T.M",
                "-c=2"
            ]
        );
    }

    #[test]
    fn errors_name_file_line_and_key() {
        assert_eq!(
            load_text("test = false\nnope = 1\n").unwrap_err(),
            "F:2: nope: unknown key"
        );
        assert_eq!(
            load_text("\ngoroutine = \"yes\"\n").unwrap_err(),
            "F:2: goroutine: expected true or false"
        );
        assert!(load_text("format = \"xml\"\n")
            .unwrap_err()
            .starts_with("F:1: format: "));
        assert!(load_text("exclude = [1]\n")
            .unwrap_err()
            .starts_with("F:1: exclude: "));
        assert!(load_text("a = \n").unwrap_err().starts_with("F:1: "));
        // One-shot and no-op flags are not settings.
        assert_eq!(load_text("V = true\n").unwrap_err(), "F:1: V: unknown key");
    }

    #[test]
    fn exclude_patterns_are_relative_to_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(FILE_NAME);
        std::fs::write(&path, "exclude = [\"gen/**\", \"**/*_mock.go\"]\n").unwrap();
        let c = load(&path).unwrap();
        assert!(c.excludes(&dir.path().join("gen/a/b.go")));
        assert!(c.excludes(&dir.path().join("x/y_mock.go")));
        assert!(!c.excludes(&dir.path().join("x/y.go")));
        assert!(!c.excludes(Path::new("/elsewhere/gen/a.go")));
    }

    #[test]
    fn search_stops_at_the_module_root() {
        let dir = tempfile::tempdir().unwrap();
        let m = dir.path().join("m");
        std::fs::create_dir_all(m.join("a/b")).unwrap();
        std::fs::write(m.join("go.mod"), "module m\n").unwrap();
        assert_eq!(find(&m.join("a/b")), None);
        std::fs::write(dir.path().join(FILE_NAME), "").unwrap();
        assert_eq!(find(&m.join("a/b")), None, "above the module root");
        std::fs::write(m.join(FILE_NAME), "").unwrap();
        assert_eq!(find(&m.join("a/b")), Some(m.join(FILE_NAME)));
    }
}
