//! Every flag, once: its name, how it takes a value, its default, its usage text, where `-h`
//! lists it and how its value is checked. The clap command (`command.rs`), the `-flags`
//! output (`json.rs`) and the configuration file's key types (`config.rs`) all read this table.
//!
//! The usage texts are upstream's (Go's `flag` convention: a back-quoted word names the value,
//! as in ``write CPU profile to `file` ``); `-flags` prints them verbatim, for `go vet`.

use std::sync::OnceLock;

use goroutinectx_analyzer::registry::CHECKERS;

use super::values::check_specs;
use super::Format;

/// How a flag takes its value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// `-name` or `-name=BOOL` (`strconv.ParseBool`); never the next argument.
    Bool,
    /// `strconv.ParseInt(s, 0, 64)`.
    Int,
    /// Any string.
    Str,
    /// `-V` / `-V=full` / `--version`: print the version and exit.
    Version,
}

impl Kind {
    /// The zero value's text: a default equal to it is not shown in `-h` (as Go's `flag`).
    pub fn zero(self) -> &'static str {
        match self {
            Kind::Bool => "false",
            Kind::Int => "0",
            Kind::Str | Kind::Version => "",
        }
    }
}

/// The sections of `-h`, in the order they are printed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Group {
    Checkers,
    CheckerSettings,
    Input,
    Output,
    Configuration,
    Other,
    NoEffect,
}

impl Group {
    /// The section's heading in `-h`.
    pub fn heading(self) -> &'static str {
        match self {
            Group::Checkers => "Checkers (each flag turns one on or off)",
            Group::CheckerSettings => "What the checkers accept",
            Group::Input => "Which files are read",
            Group::Output => "Output",
            Group::Configuration => "Configuration file",
            Group::Other => "Other",
            Group::NoEffect => "Accepted for upstream's command lines, no effect",
        }
    }
}

/// A check of a value; the error is the reason it is refused.
pub type Check = fn(&str) -> Result<(), String>;

/// One flag.
#[derive(Clone, Copy, Debug)]
pub struct FlagDef {
    pub name: &'static str,
    pub kind: Kind,
    /// The default, as Go's `Value.String()` renders it (`-flags` and `-h` show it).
    pub default: &'static str,
    /// Upstream's usage text (a back-quoted word names the value).
    pub usage: &'static str,
    pub group: Group,
    /// Left out of `-h` (and of completions): accepted, but does nothing here, or another
    /// spelling of a listed flag.
    pub hidden: bool,
    /// A check of the value beyond its kind; the error follows `invalid value "v" for flag -n: `.
    pub check: Option<Check>,
}

const fn def(
    name: &'static str,
    kind: Kind,
    default: &'static str,
    group: Group,
    usage: &'static str,
) -> FlagDef {
    FlagDef {
        name,
        kind,
        default,
        usage,
        group,
        hidden: false,
        check: None,
    }
}

impl FlagDef {
    const fn hidden(mut self) -> Self {
        self.hidden = true;
        self
    }

    const fn checked(mut self, check: Check) -> Self {
        self.check = Some(check);
        self
    }

    /// `flag.UnquoteUsage`: the value's name (the back-quoted word, else `int` or `string`;
    /// `None` for flags that take no value) and the usage without the quotes.
    pub fn unquoted_usage(&self) -> (Option<String>, String) {
        let usage = self.usage;
        if let Some(open) = usage.find('`') {
            if let Some(len) = usage[open + 1..].find('`') {
                let name = &usage[open + 1..open + 1 + len];
                let rest = &usage[open + 1 + len + 1..];
                return (
                    Some(name.to_string()),
                    format!("{}{name}{rest}", &usage[..open]),
                );
            }
        }
        let word = match self.kind {
            Kind::Int => Some("int".to_string()),
            Kind::Str => Some("string".to_string()),
            Kind::Bool | Kind::Version => None,
        };
        (word, usage.to_string())
    }
}

fn check_derivers(v: &str) -> Result<(), String> {
    check_specs(v, &[',', '+'], false)
}

fn check_spawners(v: &str) -> Result<(), String> {
    check_specs(v, &[','], false)
}

fn check_carriers(v: &str) -> Result<(), String> {
    check_specs(v, &[','], true)
}

fn check_format(v: &str) -> Result<(), String> {
    match Format::from_name(v) {
        Some(_) => Ok(()),
        None => {
            let names: Vec<&str> = Format::ALL.iter().map(|f| f.as_str()).collect();
            Err(format!("must be one of {}", names.join(", ")))
        }
    }
}

fn check_shell(v: &str) -> Result<(), String> {
    match super::completion::shell(v) {
        Some(_) => Ok(()),
        None => Err(format!(
            "must be one of {}",
            super::completion::SHELLS.join(", ")
        )),
    }
}

use Group::*;
use Kind::*;

/// The driver's flags; the checkers' flags come from the registry ([`all_flags`]).
const DRIVER_FLAGS: &[FlagDef] = &[
    def("V", Version, "", Other, "print version and exit"),
    def("version", Version, "", Other, "print version and exit").hidden(),
    def("all", Bool, "false", NoEffect, "no effect (deprecated)"),
    def(
        "c",
        Int,
        "-1",
        Output,
        "display offending line with this many lines of context",
    ),
    def(
        "completion",
        Str,
        "",
        Other,
        "print a completion script for this `shell` (bash, elvish, fish, powershell or zsh), then exit",
    )
    .checked(check_shell),
    def(
        "config",
        Str,
        "",
        Configuration,
        "read settings from this TOML `file` instead of the .goroutinectx.toml found from the working directory up to the module root (-config= reads none)",
    ),
    def(
        "context-carriers",
        Str,
        "",
        CheckerSettings,
        "comma-separated list of extra types that carry a context, as pkg/path.Type",
    )
    .checked(check_carriers),
    def("cpuprofile", Str, "", NoEffect, "write CPU profile to `file`").hidden(),
    def(
        "cross-package-spawners",
        Bool,
        "true",
        CheckerSettings,
        "honour //goroutinectx:spawner directives of other packages (false: only this package's, as upstream)",
    ),
    def(
        "debug",
        Str,
        "",
        Output,
        "debug flags: t prints timing and work statistics; u shows where a report was held back by an unknown type; n turns off the lexical prefilter (every file that could declare a context scope is analysed, and parsed whole); c analyses every file of 4 KiB or more in chunks, as large files are; upstream's other letters (f, p, s, v) are accepted and do nothing",
    ),
    def(
        "diff",
        Bool,
        "false",
        NoEffect,
        "with -fix, don't update the files, but print a unified diff",
    )
    .hidden(),
    def(
        "external-spawner",
        Str,
        "",
        CheckerSettings,
        "comma-separated list of functions to treat as //goroutinectx:spawner functions, as pkg/path.Func or pkg/path.Type.Method",
    )
    .checked(check_spawners),
    def("fix", Bool, "false", NoEffect, "apply all suggested fixes").hidden(),
    def("flags", Bool, "false", Other, "print analyzer flags in JSON"),
    def(
        "format",
        Str,
        "text",
        Output,
        "output format: text, json, sarif, github, rdjsonl or gitlab",
    )
    .checked(check_format),
    def(
        "go",
        Str,
        "",
        Input,
        "Go release whose build tags are assumed, e.g. go1.25 (default go1.27)",
    ),
    def(
        "goroutine-deriver",
        Str,
        "",
        CheckerSettings,
        "require goroutines to call a context-deriving function, as pkg/path.Func or pkg/path.Type.Method (A,B: either; A+B: both)",
    )
    .checked(check_derivers),
    def("json", Bool, "false", Output, "emit JSON output"),
    def(
        "max-file-size",
        Int,
        "67108864",
        Input,
        "largest source file to read, in bytes; a larger file is an error and is skipped",
    ),
    def("memprofile", Str, "", NoEffect, "write memory profile to `file`").hidden(),
    def(
        "new-from-patch",
        Str,
        "",
        Output,
        "report only diagnostics on lines this unified diff `file` adds",
    ),
    def(
        "new-from-rev",
        Str,
        "",
        Output,
        "report only diagnostics on lines changed since this git `revision` (and in files git does not track yet)",
    ),
    def(
        "print-config",
        Bool,
        "false",
        Configuration,
        "print the effective settings, and whether each comes from a flag, the configuration file or the default, then exit",
    ),
    def("source", Bool, "false", NoEffect, "no effect (deprecated)"),
    def(
        "tags",
        Str,
        "",
        Input,
        "comma-separated list of build tags to apply (overrides GOFLAGS)",
    ),
    def(
        "test",
        Bool,
        "true",
        Input,
        "indicates whether test files should be analyzed, too",
    ),
    def("trace", Str, "", NoEffect, "write trace log to `file`").hidden(),
    def("v", Bool, "false", NoEffect, "no effect (deprecated)"),
];

/// Flags `analysisflags.printFlags` leaves out of `-flags` (no effect under `go vet`), and
/// this tool's `-completion` (nothing `go vet` passes through).
pub const NOT_PRINTED_BY_FLAGS: [&str; 7] = [
    "debug",
    "cpuprofile",
    "memprofile",
    "trace",
    "fix",
    "version",
    "completion",
];

/// Flags accepted for upstream's command lines that do nothing here: a note says so when one
/// is given a file.
pub const UNSUPPORTED: [&str; 3] = ["cpuprofile", "memprofile", "trace"];

/// Every flag, sorted by name (byte order, as Go's `flag.VisitAll`): the driver's flags and
/// one boolean flag per registry row that has one.
pub fn all_flags() -> &'static [FlagDef] {
    static ALL: OnceLock<Vec<FlagDef>> = OnceLock::new();
    ALL.get_or_init(|| {
        let mut all: Vec<FlagDef> = DRIVER_FLAGS.to_vec();
        for c in CHECKERS {
            if let Some(name) = c.flag {
                all.push(def(
                    name,
                    Bool,
                    if c.default { "true" } else { "false" },
                    Checkers,
                    c.doc,
                ));
            }
        }
        all.sort_by(|a, b| a.name.cmp(b.name));
        all
    })
}

/// The flag named `name`.
pub fn lookup(name: &str) -> Option<&'static FlagDef> {
    all_flags().iter().find(|d| d.name == name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorted_and_unique() {
        for pair in all_flags().windows(2) {
            assert!(pair[0].name < pair[1].name, "{pair:?}");
        }
    }

    /// Every registry row with a flag defines a boolean flag with its default and usage.
    #[test]
    fn checker_flags_come_from_the_registry() {
        for c in CHECKERS {
            let Some(name) = c.flag else { continue };
            let d = lookup(name).unwrap_or_else(|| panic!("-{name} is not defined"));
            assert_eq!(
                (d.kind, d.group, d.usage),
                (Bool, Checkers, c.doc),
                "-{name}"
            );
            assert_eq!(d.default == "true", c.default, "-{name}");
        }
        let checkers = all_flags().iter().filter(|d| d.group == Checkers).count();
        assert_eq!(
            checkers,
            CHECKERS.iter().filter(|c| c.flag.is_some()).count()
        );
    }

    #[test]
    fn unquoted_usage_names_the_value() {
        let (name, usage) = lookup("config").unwrap().unquoted_usage();
        assert_eq!(name.as_deref(), Some("file"));
        assert!(usage.starts_with("read settings from this TOML file instead"));
        assert_eq!(
            lookup("c").unwrap().unquoted_usage().0.as_deref(),
            Some("int")
        );
        assert_eq!(lookup("test").unwrap().unquoted_usage().0, None);
    }
}
