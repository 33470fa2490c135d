//! [`Options`]: what a run needs from the command line, read out of clap's matches.

use clap::parser::ValueSource;
use clap::ArgMatches;

use goroutinectx_analyzer::registry::CheckerFlags;

use super::table::{all_flags, Kind, UNSUPPORTED};
use super::values::FlagValue;
use super::Format;

/// One flag's effective value, and whether the command line gave it (clap's value source)
/// rather than its default; `-print-config` reports both.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Setting {
    pub name: &'static str,
    pub value: FlagValue,
    pub from_command_line: bool,
}

/// Everything a run needs from the command line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Options {
    // Analyzer flags (SPEC §7.1, §12.2).
    /// The checkers' boolean flags, one per registry row that has a flag.
    pub checks: CheckerFlags,
    /// `-goroutine-deriver`, raw (SPEC §4.1 parses it).
    pub goroutine_deriver: String,
    /// `-context-carriers`, raw (SPEC §5.1).
    pub context_carriers: String,
    /// `-external-spawner`, raw (SPEC §5.2).
    pub external_spawner: String,
    /// `-cross-package-spawners`: honour other packages' spawner directives (SPEC §12.2).
    pub cross_package_spawners: bool,
    // Driver flags.
    /// `-test`: analyse test files too.
    pub test: bool,
    /// `-format`, or `-json`.
    pub format: Format,
    /// `-c`: lines of context after each text diagnostic; negative means none.
    pub context_lines: i64,
    /// `-max-file-size`: the largest source file read, in bytes.
    pub max_file_size: u64,
    /// `-new-from-rev`: report only on lines changed since this git revision.
    pub new_from_rev: Option<String>,
    /// `-new-from-patch`: report only on lines a unified diff in this file adds.
    pub new_from_patch: Option<String>,
    /// `-tags`, verbatim when given (even empty: `-tags=` clears GOFLAGS' tags).
    pub tags: Option<String>,
    /// `-go`: Go release whose release tags are assumed; `None` when absent or empty
    /// (the caller's default, go1.27, applies). Not validated here.
    pub go_version: Option<String>,
    /// `-fix`.
    pub fix: bool,
    /// `-debug`: upstream's letters; `t` prints timing and work statistics to stderr.
    pub debug: String,
    /// `-diff`.
    pub diff: bool,
    /// `-config`: the configuration file to use (`Some("")`: none); `None`: search for one.
    pub config: Option<String>,
    /// `-print-config`: print the effective settings and where each came from.
    pub print_config: bool,
    /// Every flag's effective value and source, in name order.
    pub settings: Vec<Setting>,
    /// Flags given that this tool accepts but does not implement (`-cpuprofile`, …).
    pub unsupported: Vec<&'static str>,
    /// The arguments after the flags.
    pub patterns: Vec<String>,
}

impl Default for Options {
    /// The flags' defaults.
    fn default() -> Self {
        Options {
            checks: CheckerFlags::default(),
            goroutine_deriver: String::new(),
            context_carriers: String::new(),
            external_spawner: String::new(),
            cross_package_spawners: true,
            test: true,
            format: Format::Text,
            context_lines: -1,
            max_file_size: goroutinectx_scanner::read::DEFAULT_MAX_FILE_SIZE,
            new_from_rev: None,
            new_from_patch: None,
            tags: None,
            go_version: None,
            fix: false,
            diff: false,
            debug: String::new(),
            config: None,
            print_config: false,
            settings: Vec::new(),
            unsupported: Vec::new(),
            patterns: Vec::new(),
        }
    }
}

impl Options {
    /// The setting of flag `name`.
    pub fn setting(&self, name: &str) -> Option<&Setting> {
        self.settings.iter().find(|s| s.name == name)
    }
}

/// What the matches ask for besides a run.
pub struct Parsed {
    pub options: Options,
    /// `-flags`.
    pub print_flags: bool,
    /// `-completion`.
    pub completion: Option<String>,
}

/// Reads the matches: each flag's last value (repetition: last wins).
pub fn from_matches(m: &ArgMatches) -> Parsed {
    let mut o = Options::default();
    let mut print_flags = false;
    let mut completion = None;
    // `-json` and `-format` both set the format: replayed in command-line order below.
    let mut format_events: Vec<(usize, &FlagValue)> = Vec::new();
    for def in all_flags().iter().filter(|d| d.kind != Kind::Version) {
        let Some(value) = m
            .get_many::<FlagValue>(def.name)
            .and_then(|mut v| v.next_back())
        else {
            continue;
        };
        let from_command_line = m.value_source(def.name) == Some(ValueSource::CommandLine);
        o.settings.push(Setting {
            name: def.name,
            value: value.clone(),
            from_command_line,
        });
        if from_command_line && matches!(def.name, "json" | "format") {
            if let (Some(indices), Some(values)) =
                (m.indices_of(def.name), m.get_many::<FlagValue>(def.name))
            {
                format_events.extend(indices.zip(values));
            }
        }
        if let Some(id) = CheckerFlags::by_flag(def.name) {
            if let FlagValue::Bool(b) = value {
                o.checks.set(id, *b);
            }
            continue;
        }
        match value {
            FlagValue::Bool(b) => match def.name {
                "cross-package-spawners" => o.cross_package_spawners = *b,
                "test" => o.test = *b,
                "fix" => o.fix = *b,
                "diff" => o.diff = *b,
                "flags" => print_flags = *b,
                "print-config" => o.print_config = *b,
                _ => {}
            },
            FlagValue::Int(n) => match def.name {
                "c" => o.context_lines = *n,
                // Negative values are rejected by the value parser.
                "max-file-size" => o.max_file_size = u64::try_from(*n).unwrap_or(0),
                _ => {}
            },
            FlagValue::Str(s) => {
                let non_empty = (!s.is_empty()).then(|| s.clone());
                match def.name {
                    "goroutine-deriver" => o.goroutine_deriver = s.clone(),
                    "context-carriers" => o.context_carriers = s.clone(),
                    "external-spawner" => o.external_spawner = s.clone(),
                    "debug" => o.debug = s.clone(),
                    "tags" if from_command_line => o.tags = Some(s.clone()),
                    "config" if from_command_line => o.config = Some(s.clone()),
                    "new-from-rev" => o.new_from_rev = non_empty,
                    "new-from-patch" => o.new_from_patch = non_empty,
                    "go" => o.go_version = non_empty,
                    "completion" => completion = non_empty,
                    name if UNSUPPORTED.contains(&name) && !s.is_empty() => {
                        o.unsupported.push(def.name);
                    }
                    _ => {}
                }
            }
        }
    }
    // Go's flag.Value semantics: `-format=X` sets X, `-json` sets json, `-json=false` undoes
    // a json format.
    format_events.sort_by_key(|(i, _)| *i);
    for (_, event) in format_events {
        o.format = match event {
            FlagValue::Str(name) => Format::from_name(name).unwrap_or(o.format),
            FlagValue::Bool(true) => Format::Json,
            FlagValue::Bool(false) if o.format == Format::Json => Format::Text,
            _ => o.format,
        };
    }
    o.patterns = m
        .get_many::<String>("package")
        .map(|v| v.cloned().collect())
        .unwrap_or_default();
    Parsed {
        options: o,
        print_flags,
        completion,
    }
}
