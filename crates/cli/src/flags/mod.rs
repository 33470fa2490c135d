//! Command-line flags: Go's `flag` syntax, parsed by clap.
//!
//! Upstream goroutinectx is a Go `singlechecker` binary, so its users write Go's flag syntax
//! (`-name`, `-name=value`, `-name value`, booleans only with `=`, flags ending at the first
//! package pattern, last wins on repetition). Parsing goes in three steps:
//!
//! 1. `argv.rs` rewrites that syntax into the one spelling clap is given (`--name=value`, then
//!    `--` and the patterns), asking the clap command which flags are booleans;
//! 2. clap parses it (`command.rs`: one argument per flag of `table.rs`, grouped by purpose in
//!    `-h`, with value parsers for Go's value syntax, [`values`]); its errors become one-line
//!    messages naming the flag;
//! 3. `options.rs` reads the matches into [`Options`], keeping clap's value source of every
//!    flag (command line or default) for `-print-config`.
//!
//! What the caller does with the result:
//!
//! | result | behaviour |
//! |---|---|
//! | `Ok(Command::Run(o))` with no patterns | print [`usage`] to stderr, exit 1 |
//! | `Ok(Command::Run(o))` | run the analysis |
//! | `Ok(Command::Help)` | print [`usage`] to stderr, exit 0 |
//! | `Ok(Command::Version)` | print `<executable> version <crate version> commit=<commit> buildID=<hex>` to stdout, exit 0 |
//! | `Ok(Command::PrintFlags)` | write [`flags_json`] to stdout as is (no trailing newline), exit 0 |
//! | `Ok(Command::Completion(shell))` | write [`completion::script`] to stdout, exit 0 |
//! | `Err(e)` | print `e` and a newline to stderr; if [`FlagError::shows_usage`], then [`usage`]; exit with [`FlagError::exit_code`] (2, or 1 for a bad `-V` value) |
//!
//! Besides upstream's flags, this binary has `-format`, `-go`, `-cross-package-spawners`,
//! `-max-file-size`, `-new-from-rev`, `-new-from-patch`, `-config`, `-print-config`,
//! `-completion`, and its own meaning for `-tags` (upstream's `-tags` is a no-op shim).

mod argv;
mod command;
pub mod completion;
mod json;
mod options;
mod table;
pub mod values;

use std::fmt;

pub use clap_complete::Shell;
pub use json::flags_json;
pub use options::{Options, Setting};

/// The analyzer's name, as `singlechecker` prints it in usage and log lines.
pub const ANALYZER_NAME: &str = "goroutinectx";

/// The analyzer's doc string: it heads the usage text.
pub const DOC: &str =
    "checks that goroutines and goroutine-spawning calls propagate context.Context";

/// Output format selected with `-format` (or `-json`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Format {
    /// `file:line:col: message` lines on stderr (upstream's default).
    #[default]
    Text,
    /// Upstream's `-json` object on stdout.
    Json,
    /// SARIF 2.1.0.
    Sarif,
    /// GitHub Actions workflow commands (`::error file=…`).
    Github,
    /// reviewdog's rdjsonl, one diagnostic per line.
    Rdjsonl,
    /// GitLab Code Quality JSON.
    Gitlab,
}

impl Format {
    /// Every format, in the order the usage text and error messages list them.
    pub const ALL: [Format; 6] = [
        Format::Text,
        Format::Json,
        Format::Sarif,
        Format::Github,
        Format::Rdjsonl,
        Format::Gitlab,
    ];

    /// The name accepted by `-format`.
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Json => "json",
            Format::Sarif => "sarif",
            Format::Github => "github",
            Format::Rdjsonl => "rdjsonl",
            Format::Gitlab => "gitlab",
        }
    }

    /// Looks up a `-format` value; names are case-sensitive, as Go compares strings.
    pub fn from_name(name: &str) -> Option<Format> {
        Format::ALL.into_iter().find(|f| f.as_str() == name)
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What the command line asks for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Command {
    /// Analyse `Options::patterns` (the caller checks that there is at least one).
    Run(Box<Options>),
    /// `-h`, `-help` or `--help` (with or without a value): usage on stderr, exit 0.
    Help,
    /// `-V`, `-V=full` or `--version`: print the version line, exit 0.
    Version,
    /// `-flags`: print [`flags_json`], exit 0.
    PrintFlags,
    /// `-completion=SHELL`: print the completion script, exit 0.
    Completion(Shell),
}

/// A rejected command line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FlagError {
    /// A bad flag or value: the message, then the usage, on stderr; exit 2.
    Usage(String),
    /// `-V=x` with `x` other than `full`: as `analysisflags`' `log.Fatalf`, the message
    /// (`goroutinectx: unsupported flag value: -V=x (use -V=full)`) without usage; exit 1.
    Fatal(String),
}

impl FlagError {
    /// The message, without a trailing newline.
    pub fn message(&self) -> &str {
        match self {
            FlagError::Usage(m) | FlagError::Fatal(m) => m,
        }
    }

    /// Whether the usage text follows the message.
    pub fn shows_usage(&self) -> bool {
        matches!(self, FlagError::Usage(_))
    }

    /// The exit status.
    pub fn exit_code(&self) -> i32 {
        match self {
            FlagError::Usage(_) => 2,
            FlagError::Fatal(_) => 1,
        }
    }
}

impl fmt::Display for FlagError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.message())
    }
}

impl std::error::Error for FlagError {}

/// How a flag takes its value, for settings given outside the command line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ValueKind {
    Bool,
    Int,
    Str,
}

/// The kind of value flag `name` takes (`None` for an unknown flag or `-V`).
pub fn flag_kind(name: &str) -> Option<ValueKind> {
    match table::lookup(name)?.kind {
        table::Kind::Bool => Some(ValueKind::Bool),
        table::Kind::Int => Some(ValueKind::Int),
        table::Kind::Str => Some(ValueKind::Str),
        table::Kind::Version => None,
    }
}

/// The usage text `-h` prints (clap's help, grouped by purpose).
pub fn usage() -> String {
    command::usage()
}

/// Parses the command line (without `argv[0]`).
///
/// `-h`, `-help` and `-V` act when they are reached, as in Go: an earlier bad flag is
/// reported instead, and later arguments are not looked at. `-flags` and `-completion` act
/// only after the whole command line parsed. `-json` is `-format=json`, and `-json=false`
/// undoes a selected JSON format; the later of `-json` and `-format` wins.
pub fn parse(args: &[String]) -> Result<Command, FlagError> {
    let cmd = command::command();
    let normalized = argv::normalize(&cmd, args);
    let matches = match cmd.try_get_matches_from(&normalized.args) {
        Ok(m) => m,
        Err(e) => {
            return match e.kind() {
                clap::error::ErrorKind::DisplayHelp => Ok(Command::Help),
                clap::error::ErrorKind::DisplayVersion => Ok(Command::Version),
                _ => Err(FlagError::Usage(command::message(&e))),
            };
        }
    };
    if let Some(e) = normalized.pending {
        return Err(e);
    }
    let parsed = options::from_matches(&matches);
    if parsed.print_flags {
        return Ok(Command::PrintFlags);
    }
    if let Some(shell) = parsed.completion.as_deref().and_then(completion::shell) {
        return Ok(Command::Completion(shell));
    }
    Ok(Command::Run(Box::new(parsed.options)))
}

#[cfg(test)]
mod tests;
