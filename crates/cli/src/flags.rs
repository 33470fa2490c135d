//! Command-line flags, parsed exactly like a Go `singlechecker` binary.
//!
//! Upstream goroutinectx is built on `golang.org/x/tools/go/analysis/singlechecker`, so its
//! command line is Go's `flag` package plus the flags that `analysisflags` and the internal
//! checker register. This module reproduces that behaviour byte for byte where a user can see
//! it:
//!
//! * syntax: `-name`, `--name`, `-name=value`, `--name=value`, and `-name value` for non-bool
//!   flags (the next argument is taken even when it starts with `-`). A bool flag never takes
//!   the next argument: `-test false .` sets `-test` and leaves `false` and `.` as patterns.
//! * parsing stops at the first argument that does not start with `-`, or that is exactly `-`;
//!   `--` alone is consumed and also stops parsing. Everything after is a package pattern,
//!   including things that look like flags.
//! * bool values use `strconv.ParseBool`, the `-c` value uses `strconv.ParseInt(s, 0, 64)`
//!   (`0x`, `0o`, `0b`, leading-`0` octal, `_` digit separators), repeated flags: last wins.
//! * error messages are Go's, word for word (see [`FlagError`]), quoting with Go's `%q`.
//! * `-h`, `-help`, `--help` ask for usage; [`usage`] is `flag.PrintDefaults` under the
//!   `singlechecker` header, and [`flags_json`] is the `-flags` output of `analysisflags`.
//!
//! What the caller does with the result, as the Go binary would:
//!
//! | result | Go behaviour to mirror |
//! |---|---|
//! | `Ok(Command::Run(o))` with no patterns | print [`usage`] to stderr, exit 1 |
//! | `Ok(Command::Run(o))` | run the analysis |
//! | `Ok(Command::Help)` | print [`usage`] to stderr, exit 0 |
//! | `Ok(Command::Version)` | print `<executable> version <crate version> commit=<commit> buildID=<hex>` to stdout, exit 0 |
//! | `Ok(Command::PrintFlags)` | write [`flags_json`] to stdout as is (no trailing newline), exit 0 |
//! | `Err(e)` | print `e` and a newline to stderr; if [`FlagError::shows_usage`], then [`usage`]; exit with [`FlagError::exit_code`] (2, or 1 for a bad `-V` value) |
//!
//! Besides upstream's flags, this binary has `-format`, `-go`, `-cross-package-spawners`, and
//! its own meaning for `-tags` (upstream's `-tags` is a no-op shim).

use std::fmt;

use goroutinectx_scanner::quote::go_quote;
use std::sync::OnceLock;

use goroutinectx_analyzer::registry::{CheckerFlags, CheckerId, CHECKERS};

/// The analyzer's name, as `singlechecker` prints it in usage and log lines.
pub const ANALYZER_NAME: &str = "goroutinectx";

/// The analyzer's doc string. Its first paragraph heads the usage text; further paragraphs
/// (separated by a blank line) would be printed between the `Usage:` line and `Flags:`.
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
    /// Every flag given, in order, with its value as given (for `-print-config`).
    pub assigned: Vec<(&'static str, String)>,
    /// Flags given that this tool accepts but does not implement (`-cpuprofile`, …).
    pub unsupported: Vec<&'static str>,
    /// The arguments after the flags.
    pub patterns: Vec<String>,
}

impl Default for Options {
    /// The values Go's flag defaults give.
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
            assigned: Vec::new(),
            unsupported: Vec::new(),
            patterns: Vec::new(),
        }
    }
}

/// What the command line asks for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Command {
    /// Analyse `Options::patterns` (the caller checks that there is at least one).
    Run(Box<Options>),
    /// `-h`, `-help` or `--help` (with or without a value): usage on stderr, exit 0.
    Help,
    /// `-V` or `-V=full`: print the version line, exit 0.
    Version,
    /// `-flags`: print [`flags_json`], exit 0.
    PrintFlags,
}

/// A rejected command line. `Display` gives the line exactly as Go prints it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FlagError {
    /// A `flag` package error (`flag provided but not defined: -x`, …): Go prints it, then the
    /// usage, to stderr and exits 2.
    Usage(String),
    /// `-V=x` with `x` other than `full`: `analysisflags` calls `log.Fatalf`, which prints
    /// `goroutinectx: unsupported flag value: -V=x (use -V=full)` (prefix included in the
    /// message) without usage and exits 1.
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

    /// The exit status the Go binary uses.
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

/// How a flag's value is read, mirroring the Go `flag.Value` implementations involved.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    /// `flag.Bool`: `IsBoolFlag`, `strconv.ParseBool`.
    Bool,
    /// `flag.Int`: `strconv.ParseInt(s, 0, 64)`.
    Int,
    /// `flag.String`.
    Str,
    /// `analysisflags.versionFlag`: bool-like, only `full` accepted as a value.
    Version,
}

impl Kind {
    /// `Flag.DefValue` of the type's zero value, as `flag.isZeroValue` compares it.
    fn zero(self) -> &'static str {
        match self {
            Kind::Bool => "false",
            Kind::Int => "0",
            Kind::Str | Kind::Version => "",
        }
    }

    /// The type word `flag.UnquoteUsage` prints when the usage has no back-quoted name.
    fn type_word(self) -> &'static str {
        match self {
            Kind::Bool | Kind::Version => "",
            Kind::Int => "int",
            Kind::Str => "string",
        }
    }
}

/// Where a flag's value goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Target {
    /// A checker's flag (from the registry).
    Checker(CheckerId),
    CrossPackageSpawners,
    GoroutineDeriver,
    ContextCarriers,
    ExternalSpawner,
    /// `-debug`: `t` prints timing and work statistics.
    Debug,
    Test,
    Json,
    Format,
    ContextLines,
    MaxFileSize,
    NewFromRev,
    NewFromPatch,
    ConfigFile,
    PrintConfig,
    /// Accepted for upstream's command lines, not implemented: a note says so when used.
    Unsupported,
    Tags,
    GoVersion,
    Fix,
    Diff,
    PrintFlags,
    Version,
    /// Accepted for compatibility; the value is checked like Go would, then dropped.
    Ignored,
}

/// One defined flag, as `flag.Flag` holds it.
#[derive(Clone, Copy)]
struct FlagDef {
    name: &'static str,
    kind: Kind,
    /// `Flag.DefValue`: the default as Go's `Value.String()` renders it.
    default: &'static str,
    usage: &'static str,
    target: Target,
}

const fn def(
    name: &'static str,
    kind: Kind,
    default: &'static str,
    usage: &'static str,
    target: Target,
) -> FlagDef {
    FlagDef {
        name,
        kind,
        default,
        usage,
        target,
    }
}

/// The driver's own flags; the checkers' flags come from the registry ([`all_flags`]).
const DRIVER_FLAGS: &[FlagDef] = &[
    def("V", Kind::Version, "", "print version and exit", Target::Version),
    def(
        "version",
        Kind::Version,
        "",
        "print version and exit",
        Target::Version,
    ),
    def("all", Kind::Bool, "false", "no effect (deprecated)", Target::Ignored),
    def(
        "c",
        Kind::Int,
        "-1",
        "display offending line with this many lines of context",
        Target::ContextLines,
    ),
    def(
        "config",
        Kind::Str,
        "",
        "read settings from this TOML `file` instead of the .goroutinectx.toml found from the working directory up to the module root (-config= reads none)",
        Target::ConfigFile,
    ),
    def(
        "context-carriers",
        Kind::Str,
        "",
        "comma-separated list of extra types that carry a context, as pkg/path.Type",
        Target::ContextCarriers,
    ),
    def(
        "cpuprofile",
        Kind::Str,
        "",
        "write CPU profile to `file`",
        Target::Unsupported,
    ),
    def(
        "cross-package-spawners",
        Kind::Bool,
        "true",
        "honour //goroutinectx:spawner directives of other packages (false: only this package's, as upstream)",
        Target::CrossPackageSpawners,
    ),
    def(
        "debug",
        Kind::Str,
        "",
        "debug flags, any subset of \"fnpstuv\" (t: timing and work statistics; u: places where a report was held back by an unknown type; n: no lexical prefilter, analyse every file that could declare a context scope)",
        Target::Debug,
    ),
    def(
        "diff",
        Kind::Bool,
        "false",
        "with -fix, don't update the files, but print a unified diff",
        Target::Diff,
    ),
    def(
        "external-spawner",
        Kind::Str,
        "",
        "comma-separated list of functions to treat as //goroutinectx:spawner functions, as pkg/path.Func or pkg/path.Type.Method",
        Target::ExternalSpawner,
    ),
    def(
        "fix",
        Kind::Bool,
        "false",
        "apply all suggested fixes",
        Target::Fix,
    ),
    def(
        "flags",
        Kind::Bool,
        "false",
        "print analyzer flags in JSON",
        Target::PrintFlags,
    ),
    def(
        "format",
        Kind::Str,
        "text",
        "output format: text, json, sarif, github, rdjsonl or gitlab",
        Target::Format,
    ),
    def(
        "go",
        Kind::Str,
        "",
        "Go release whose build tags are assumed, e.g. go1.25 (default go1.27)",
        Target::GoVersion,
    ),
    def(
        "goroutine-deriver",
        Kind::Str,
        "",
        "require goroutines to call a context-deriving function, as pkg/path.Func or pkg/path.Type.Method (A,B: either; A+B: both)",
        Target::GoroutineDeriver,
    ),
    def("json", Kind::Bool, "false", "emit JSON output", Target::Json),
    def(
        "max-file-size",
        Kind::Int,
        "67108864",
        "largest source file to read, in bytes; a larger file is an error and is skipped",
        Target::MaxFileSize,
    ),
    def(
        "memprofile",
        Kind::Str,
        "",
        "write memory profile to `file`",
        Target::Unsupported,
    ),
    def(
        "new-from-patch",
        Kind::Str,
        "",
        "report only diagnostics on lines this unified diff `file` adds",
        Target::NewFromPatch,
    ),
    def(
        "new-from-rev",
        Kind::Str,
        "",
        "report only diagnostics on lines changed since this git `revision` (and in files git does not track yet)",
        Target::NewFromRev,
    ),
    def(
        "print-config",
        Kind::Bool,
        "false",
        "print the effective settings, and whether each comes from a flag, the configuration file or the default, then exit",
        Target::PrintConfig,
    ),
    def(
        "source",
        Kind::Bool,
        "false",
        "no effect (deprecated)",
        Target::Ignored,
    ),
    def(
        "tags",
        Kind::Str,
        "",
        "comma-separated list of build tags to apply (overrides GOFLAGS)",
        Target::Tags,
    ),
    def(
        "test",
        Kind::Bool,
        "true",
        "indicates whether test files should be analyzed, too",
        Target::Test,
    ),
    def(
        "trace",
        Kind::Str,
        "",
        "write trace log to `file`",
        Target::Unsupported,
    ),
    def("v", Kind::Bool, "false", "no effect (deprecated)", Target::Ignored),
];

/// Flags `analysisflags.printFlags` leaves out of `-flags` (no effect under `go vet`).
const NOT_PRINTED_BY_FLAGS: [&str; 6] = [
    "debug",
    "cpuprofile",
    "memprofile",
    "trace",
    "fix",
    "version",
];

/// Flags accepted (upstream's command lines use them) but left out of `-h`: they do nothing
/// here, and a note says so when one is used; `-version` is `-V`'s spelling for `--version`.
const HIDDEN_FROM_USAGE: [&str; 6] = [
    "cpuprofile",
    "memprofile",
    "trace",
    "fix",
    "diff",
    "version",
];

/// Every flag, sorted by name (byte order), which is the order `flag.VisitAll` uses: the
/// driver's flags and one boolean flag per registry row that has one.
fn all_flags() -> &'static [FlagDef] {
    static ALL: OnceLock<Vec<FlagDef>> = OnceLock::new();
    ALL.get_or_init(|| {
        let mut all: Vec<FlagDef> = DRIVER_FLAGS.to_vec();
        for c in CHECKERS {
            if let Some(name) = c.flag {
                all.push(def(
                    name,
                    Kind::Bool,
                    if c.default { "true" } else { "false" },
                    c.doc,
                    Target::Checker(c.id),
                ));
            }
        }
        all.sort_by(|a, b| a.name.cmp(b.name));
        all
    })
}

fn lookup(name: &str) -> Option<&'static FlagDef> {
    all_flags().iter().find(|d| d.name == name)
}

/// How a flag takes its value, for settings given outside the command line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ValueKind {
    Bool,
    Int,
    Str,
}

/// The kind of value flag `name` takes (`None` for an unknown flag or `-V`).
pub fn flag_kind(name: &str) -> Option<ValueKind> {
    match lookup(name)?.kind {
        Kind::Bool => Some(ValueKind::Bool),
        Kind::Int => Some(ValueKind::Int),
        Kind::Str => Some(ValueKind::Str),
        Kind::Version => None,
    }
}

/// Every flag's default as `-flags` and the usage print it, by name.
pub fn flag_default(name: &str) -> Option<&'static str> {
    lookup(name).map(|d| d.default)
}

/// Parser state that is not part of [`Options`].
struct State {
    opts: Options,
    print_flags: bool,
}

/// Parses the command line (without `argv[0]`) the way Go's `flag.Parse` would for the
/// upstream binary, plus this binary's own flags.
///
/// `-h`, `-help` and `-V` act when they are reached, as in Go: an earlier bad flag is
/// reported instead, and later arguments are not looked at. `-flags` acts only after the
/// whole command line parsed. `-json` is `-format=json`, and `-json=false` undoes a selected
/// JSON format; the later of `-json` and `-format` wins.
pub fn parse(args: &[String]) -> Result<Command, FlagError> {
    let mut state = State {
        opts: Options::default(),
        print_flags: false,
    };
    let mut i = 0;
    while i < args.len() {
        let arg = args[i].as_str();
        let bytes = arg.as_bytes();
        if bytes.len() < 2 || bytes[0] != b'-' {
            break;
        }
        let mut dashes = 1;
        if bytes[1] == b'-' {
            dashes = 2;
            if bytes.len() == 2 {
                // "--" ends the flags and is consumed.
                i += 1;
                break;
            }
        }
        // The dashes are ASCII, so slicing after them stays on a char boundary.
        let spec = &arg[dashes..];
        match spec.as_bytes().first() {
            None | Some(b'-' | b'=') => {
                return Err(usage_error(format!("bad flag syntax: {arg}")));
            }
            Some(_) => {}
        }
        i += 1;
        // The '=' cannot be first (checked above); '=' is ASCII, so both halves are valid.
        let (name, inline_value) = match spec.find('=') {
            Some(eq) => (&spec[..eq], Some(&spec[eq + 1..])),
            None => (spec, None),
        };
        let Some(flag) = lookup(name) else {
            if name == "help" || name == "h" {
                return Ok(Command::Help);
            }
            return Err(usage_error(format!(
                "flag provided but not defined: -{name}"
            )));
        };
        match flag.kind {
            Kind::Version => match inline_value {
                None | Some("full") => return Ok(Command::Version),
                Some(v) => {
                    return Err(FlagError::Fatal(format!(
                        "{ANALYZER_NAME}: unsupported flag value: -V={v} (use -V=full)"
                    )));
                }
            },
            Kind::Bool => {
                let value = match inline_value {
                    None => true,
                    Some(v) => parse_bool(v).ok_or_else(|| {
                        usage_error(format!(
                            "invalid boolean value {} for -{name}: parse error",
                            go_quote(v)
                        ))
                    })?,
                };
                set_bool(&mut state, flag.target, value);
                state.opts.assigned.push((flag.name, value.to_string()));
            }
            Kind::Int | Kind::Str => {
                let value = match inline_value {
                    Some(v) => v,
                    None => match args.get(i) {
                        Some(next) => {
                            i += 1;
                            next.as_str()
                        }
                        None => {
                            return Err(usage_error(format!("flag needs an argument: -{name}")));
                        }
                    },
                };
                set_value(&mut state, flag, value).map_err(|why| {
                    usage_error(format!(
                        "invalid value {} for flag -{name}: {why}",
                        go_quote(value)
                    ))
                })?;
                state.opts.assigned.push((flag.name, value.to_string()));
            }
        }
    }
    if state.print_flags {
        return Ok(Command::PrintFlags);
    }
    let mut opts = state.opts;
    opts.patterns = args.get(i..).unwrap_or_default().to_vec();
    Ok(Command::Run(Box::new(opts)))
}

fn usage_error(message: String) -> FlagError {
    FlagError::Usage(message)
}

fn set_bool(state: &mut State, target: Target, value: bool) {
    let o = &mut state.opts;
    match target {
        Target::Checker(id) => o.checks.set(id, value),
        Target::CrossPackageSpawners => o.cross_package_spawners = value,
        Target::Test => o.test = value,
        Target::Fix => o.fix = value,
        Target::Diff => o.diff = value,
        Target::PrintFlags => state.print_flags = value,
        Target::PrintConfig => o.print_config = value,
        Target::Json => {
            if value {
                o.format = Format::Json;
            } else if o.format == Format::Json {
                o.format = Format::Text;
            }
        }
        _ => {}
    }
}

/// Sets a non-bool flag; the error is the text Go puts after `invalid value "v" for flag -n: `.
fn set_value(state: &mut State, flag: &FlagDef, value: &str) -> Result<(), String> {
    let o = &mut state.opts;
    if flag.kind == Kind::Int {
        let n = parse_int(value).map_err(|e| e.flag_message().to_string())?;
        if flag.target == Target::ContextLines {
            o.context_lines = n;
        }
        if flag.target == Target::MaxFileSize {
            o.max_file_size = u64::try_from(n).map_err(|_| "must not be negative".to_string())?;
        }
        return Ok(());
    }
    match flag.target {
        Target::GoroutineDeriver => {
            check_specs(value, &[',', '+'], false)?;
            o.goroutine_deriver = value.to_string();
        }
        Target::ContextCarriers => {
            check_specs(value, &[','], true)?;
            o.context_carriers = value.to_string();
        }
        Target::ExternalSpawner => {
            check_specs(value, &[','], false)?;
            o.external_spawner = value.to_string();
        }
        Target::Debug => o.debug = value.to_string(),
        Target::Tags => o.tags = Some(value.to_string()),
        Target::ConfigFile => o.config = Some(value.to_string()),
        Target::Unsupported if !value.is_empty() && !o.unsupported.contains(&flag.name) => {
            o.unsupported.push(flag.name);
        }
        Target::NewFromRev => {
            o.new_from_rev = (!value.is_empty()).then(|| value.to_string());
        }
        Target::NewFromPatch => {
            o.new_from_patch = (!value.is_empty()).then(|| value.to_string());
        }
        Target::GoVersion => {
            o.go_version = if value.is_empty() {
                None
            } else {
                Some(value.to_string())
            };
        }
        Target::Format => {
            o.format = Format::from_name(value).ok_or_else(|| {
                let names: Vec<&str> = Format::ALL.iter().map(|f| f.as_str()).collect();
                format!("must be one of {}", names.join(", "))
            })?;
        }
        _ => {}
    }
    Ok(())
}

/// Checks a list of `pkg/path.Name` items (functions, or methods `pkg/path.Type.Method`;
/// types when `types`), separated by any of `separators`; empty items are allowed (they are
/// skipped). The error names the first malformed item.
fn check_specs(value: &str, separators: &[char], types: bool) -> Result<(), String> {
    let is_ident = |s: &str| {
        let mut chars = s.chars();
        chars.next().is_some_and(|c| c.is_alphabetic() || c == '_')
            && chars.all(|c| c.is_alphanumeric() || c == '_')
    };
    for item in value
        .split(separators)
        .map(str::trim)
        .filter(|i| !i.is_empty())
    {
        let valid = item.rsplit_once('.').is_some_and(|(path, name)| {
            !path.is_empty()
                && !path.contains(char::is_whitespace)
                && !path.ends_with('/')
                && path.split('/').all(|seg| !seg.is_empty())
                && is_ident(name)
        });
        if !valid {
            let want = if types {
                "pkg/path.Type"
            } else {
                "pkg/path.Func or pkg/path.Type.Method"
            };
            return Err(format!("{} is not {want}", go_quote(item)));
        }
    }
    Ok(())
}

/// `strconv.ParseBool`.
fn parse_bool(s: &str) -> Option<bool> {
    match s {
        "1" | "t" | "T" | "TRUE" | "true" | "True" => Some(true),
        "0" | "f" | "F" | "FALSE" | "false" | "False" => Some(false),
        _ => None,
    }
}

/// The two `strconv.NumError` causes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum NumError {
    Syntax,
    Range,
}

impl NumError {
    /// The error text the `flag` package substitutes (`errParse`, `errRange`).
    fn flag_message(self) -> &'static str {
        match self {
            NumError::Syntax => "parse error",
            NumError::Range => "value out of range",
        }
    }
}

/// Go's `lower`: ASCII letters to lower case, other bytes changed in ways that never matter.
fn lower(c: u8) -> u8 {
    c | (b'x' - b'X')
}

/// `strconv.ParseInt(s, 0, 64)`.
fn parse_int(s: &str) -> Result<i64, NumError> {
    let (neg, digits) = match s.as_bytes().first() {
        None => return Err(NumError::Syntax),
        Some(b'+') => (false, &s[1..]),
        Some(b'-') => (true, &s[1..]),
        Some(_) => (false, s),
    };
    let magnitude = match parse_uint(digits) {
        Ok(n) => n,
        Err(NumError::Range) => u64::MAX,
        Err(NumError::Syntax) => return Err(NumError::Syntax),
    };
    let cutoff = 1u64 << 63;
    if (!neg && magnitude >= cutoff) || (neg && magnitude > cutoff) {
        return Err(NumError::Range);
    }
    // magnitude <= 2^63 here; 2^63 only when negative, where the cast wraps to i64::MIN.
    let n = magnitude as i64;
    Ok(if neg { n.wrapping_neg() } else { n })
}

/// `strconv.ParseUint(s, 0, 64)`, including its order of checks (an overflow found before a
/// bad digit is a range error).
fn parse_uint(s: &str) -> Result<u64, NumError> {
    let b = s.as_bytes();
    if b.is_empty() {
        return Err(NumError::Syntax);
    }
    let (base, digits): (u64, &[u8]) = if b[0] == b'0' {
        if b.len() >= 3 && lower(b[1]) == b'b' {
            (2, &b[2..])
        } else if b.len() >= 3 && lower(b[1]) == b'o' {
            (8, &b[2..])
        } else if b.len() >= 3 && lower(b[1]) == b'x' {
            (16, &b[2..])
        } else {
            (8, &b[1..])
        }
    } else {
        (10, b)
    };
    let cutoff = u64::MAX / base + 1;
    let mut underscores = false;
    let mut n: u64 = 0;
    for &c in digits {
        let d = if c == b'_' {
            underscores = true;
            continue;
        } else if c.is_ascii_digit() {
            c - b'0'
        } else if lower(c).is_ascii_lowercase() {
            lower(c) - b'a' + 10
        } else {
            return Err(NumError::Syntax);
        };
        if u64::from(d) >= base {
            return Err(NumError::Syntax);
        }
        if n >= cutoff {
            return Err(NumError::Range);
        }
        n *= base;
        n = n.checked_add(u64::from(d)).ok_or(NumError::Range)?;
    }
    if underscores && !underscore_ok(b) {
        return Err(NumError::Syntax);
    }
    Ok(n)
}

/// `strconv.underscoreOK`: underscores only between digits, or after a base prefix.
fn underscore_ok(s: &[u8]) -> bool {
    #[derive(PartialEq)]
    enum Saw {
        Start,
        Digit,
        Underscore,
        Other,
    }
    let mut s = s;
    if let Some(b'-' | b'+') = s.first() {
        s = &s[1..];
    }
    let mut saw = Saw::Start;
    let mut i = 0;
    let mut hex = false;
    if s.len() >= 2 && s[0] == b'0' && matches!(lower(s[1]), b'b' | b'o' | b'x') {
        i = 2;
        saw = Saw::Digit;
        hex = lower(s[1]) == b'x';
    }
    for &c in &s[i..] {
        if c.is_ascii_digit() || (hex && (b'a'..=b'f').contains(&lower(c))) {
            saw = Saw::Digit;
            continue;
        }
        if c == b'_' {
            if saw != Saw::Digit {
                return false;
            }
            saw = Saw::Underscore;
            continue;
        }
        if saw == Saw::Underscore {
            return false;
        }
        saw = Saw::Other;
    }
    saw != Saw::Underscore
}

/// `flag.UnquoteUsage`: a back-quoted word in the usage names the value (and loses its
/// quotes); otherwise the type word is used.
fn unquote_usage(flag: &FlagDef) -> (String, String) {
    let usage = flag.usage;
    if let Some(open) = usage.find('`') {
        if let Some(len) = usage[open + 1..].find('`') {
            let name = &usage[open + 1..open + 1 + len];
            let rest = &usage[open + 1 + len + 1..];
            return (name.to_string(), format!("{}{name}{rest}", &usage[..open]));
        }
    }
    (flag.kind.type_word().to_string(), usage.to_string())
}

/// `flag.PrintDefaults` for every flag.
fn print_defaults() -> String {
    let mut out = String::new();
    for flag in all_flags() {
        if HIDDEN_FROM_USAGE.contains(&flag.name) {
            continue;
        }
        let mut line = format!("  -{}", flag.name);
        let (value_name, usage) = unquote_usage(flag);
        if !value_name.is_empty() {
            line.push(' ');
            line.push_str(&value_name);
        }
        // Go puts usage on the same line only for "  -x" (one-letter bool flags).
        if line.len() <= 4 {
            line.push('\t');
        } else {
            line.push_str("\n    \t");
        }
        line.push_str(&usage.replace('\n', "\n    \t"));
        if flag.default != flag.kind.zero() {
            if flag.kind == Kind::Str {
                line.push_str(&format!(" (default {})", go_quote(flag.default)));
            } else {
                line.push_str(&format!(" (default {})", flag.default));
            }
        }
        line.push('\n');
        out.push_str(&line);
    }
    out
}

/// The usage text `singlechecker` prints (its `flag.Usage`): the doc's first paragraph, the
/// synopsis, the rest of the doc, then `Flags:` and `flag.PrintDefaults`. Pass
/// [`ANALYZER_NAME`] as `progname` for upstream's exact text (singlechecker prints the
/// analyzer name, not `argv[0]`).
pub fn usage(progname: &str) -> String {
    let mut paras = DOC.split("\n\n");
    let first = paras.next().unwrap_or_default();
    let rest: Vec<&str> = paras.collect();
    let mut out = format!("{progname}: {first}\n\nUsage: {progname} [-flag] [package]\n\n");
    if !rest.is_empty() {
        out.push_str(&rest.join("\n\n"));
        out.push('\n');
    }
    out.push_str("\nFlags:\n");
    out.push_str(&print_defaults());
    out
}

/// The `-flags` output of `analysisflags.printFlags`: `json.MarshalIndent(flags, "", "\t")`
/// of `{Name, Bool, Usage}` for every flag in name order except `debug`, `cpuprofile`,
/// `memprofile`, `trace` and `fix`. Go writes it without a trailing newline; so must the
/// caller.
pub fn flags_json() -> String {
    let mut out = String::from("[");
    let mut first = true;
    for flag in all_flags() {
        if NOT_PRINTED_BY_FLAGS.contains(&flag.name) {
            continue;
        }
        if !first {
            out.push(',');
        }
        first = false;
        let is_bool = matches!(flag.kind, Kind::Bool | Kind::Version);
        out.push_str("\n\t{\n\t\t\"Name\": ");
        out.push_str(&go_json_string(flag.name));
        out.push_str(",\n\t\t\"Bool\": ");
        out.push_str(if is_bool { "true" } else { "false" });
        out.push_str(",\n\t\t\"Usage\": ");
        out.push_str(&go_json_string(flag.usage));
        out.push_str("\n\t}");
    }
    if first {
        // A nil slice marshals as null.
        return "null".to_string();
    }
    out.push_str("\n]");
    out
}

/// A JSON string as `encoding/json` writes it (HTML-safe: `<`, `>`, `&`, U+2028 and U+2029
/// escaped; control bytes as `\u00XX` except `\b`, `\f`, `\n`, `\r`, `\t`).
fn go_json_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if u32::from(c) < 0x20 || matches!(c, '<' | '>' | '&' | '\u{2028}' | '\u{2029}') => {
                out.push_str(&format!("\\u{:04x}", u32::from(c)));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    fn run(list: &[&str]) -> Options {
        match parse(&args(list)) {
            Ok(Command::Run(o)) => *o,
            other => panic!("{list:?}: expected Run, got {other:?}"),
        }
    }

    fn err(list: &[&str]) -> String {
        match parse(&args(list)) {
            Err(FlagError::Usage(m)) => m,
            other => panic!("{list:?}: expected a usage error, got {other:?}"),
        }
    }

    fn cmd(list: &[&str]) -> Command {
        parse(&args(list)).unwrap_or_else(|e| panic!("{list:?}: {e}"))
    }

    #[test]
    fn defaults() {
        let o = run(&["./..."]);
        assert_eq!(
            o,
            Options {
                patterns: vec!["./...".into()],
                ..Options::default()
            }
        );
        use CheckerId::*;
        for id in [Goroutine, Waitgroup, Errgroup, Conc, Spawner, Gotask] {
            assert!(o.checks.get(id), "{id:?}");
        }
        assert!(!o.checks.get(SpawnerLabel) && o.cross_package_spawners && o.test);
        assert_eq!(o.context_lines, -1);
        assert_eq!(o.format, Format::Text);
        assert_eq!((o.tags, o.go_version), (None, None));
        assert!(!o.fix && !o.diff);
    }

    /// The checkers' flags are the registry's: every row with a flag defines a boolean flag
    /// with its default, which switches exactly that row; no other flag switches a checker.
    #[test]
    fn flags_and_registry_agree() {
        for c in CHECKERS {
            let Some(name) = c.flag else { continue };
            let d = lookup(name).unwrap_or_else(|| panic!("-{name} is not defined"));
            assert_eq!(d.kind, Kind::Bool, "-{name}");
            assert_eq!(
                d.default,
                if c.default { "true" } else { "false" },
                "-{name}"
            );
            assert_eq!(d.target, Target::Checker(c.id), "-{name}");
            assert_eq!(Options::default().checks.get(c.id), c.default, "-{name}");
            for v in [false, true] {
                let o = run(&[&format!("-{name}={v}"), "."]);
                for other in CHECKERS {
                    let want = if other.id == c.id { v } else { other.default };
                    assert_eq!(o.checks.get(other.id), want, "-{name}={v}: {:?}", other.id);
                }
            }
        }
        for d in all_flags() {
            if let Target::Checker(id) = d.target {
                assert!(CHECKERS
                    .iter()
                    .any(|c| c.id == id && c.flag == Some(d.name)));
            }
        }
    }

    #[test]
    fn empty_command_line_has_no_patterns() {
        assert_eq!(run(&[]).patterns, Vec::<String>::new());
    }

    #[test]
    fn bool_flag_with_value() {
        let o = run(&["-goroutine=false", "./..."]);
        assert!(!o.checks.get(CheckerId::Goroutine));
        assert_eq!(o.patterns, ["./..."]);
        assert!(run(&["-spawnerlabel", "."])
            .checks
            .get(CheckerId::SpawnerLabel));
        assert!(run(&["--spawnerlabel=true", "."])
            .checks
            .get(CheckerId::SpawnerLabel));
        assert!(!run(&["-cross-package-spawners=0", "."]).cross_package_spawners);
    }

    #[test]
    fn every_go_bool_spelling() {
        for t in ["1", "t", "T", "TRUE", "true", "True"] {
            assert!(
                run(&[&format!("-spawnerlabel={t}")])
                    .checks
                    .get(CheckerId::SpawnerLabel),
                "{t}"
            );
        }
        for f in ["0", "f", "F", "FALSE", "false", "False"] {
            assert!(!run(&[&format!("-test={f}")]).test, "{f}");
        }
        for bad in ["maybe", "yes", "tRUE", "", " true", "01"] {
            assert_eq!(
                err(&[&format!("-test={bad}")]),
                format!("invalid boolean value \"{bad}\" for -test: parse error")
            );
        }
    }

    #[test]
    fn invalid_boolean_value() {
        assert_eq!(
            err(&["-goroutine=maybe", "."]),
            "invalid boolean value \"maybe\" for -goroutine: parse error"
        );
        assert_eq!(
            err(&["-goroutine=a\tb\"c"]),
            "invalid boolean value \"a\\tb\\\"c\" for -goroutine: parse error"
        );
    }

    #[test]
    fn bool_flag_never_takes_next_argument() {
        let o = run(&["-test", "false", "."]);
        assert!(o.test);
        assert_eq!(o.patterns, ["false", "."]);
    }

    #[test]
    fn string_flag_forms() {
        let o = run(&["--goroutine-deriver=a.b.C", "./x"]);
        assert_eq!(o.goroutine_deriver, "a.b.C");
        assert_eq!(o.patterns, ["./x"]);
        let o = run(&["-goroutine-deriver", "a.b.C", "./x"]);
        assert_eq!(o.goroutine_deriver, "a.b.C");
        assert_eq!(o.patterns, ["./x"]);
        let o = run(&["-context-carriers", "-x.T", "."]);
        assert_eq!(o.context_carriers, "-x.T");
        assert_eq!(o.patterns, ["."]);
        let o = run(&["-external-spawner=a=b.F", "."]);
        assert_eq!(o.external_spawner, "a=b.F");
        assert_eq!(run(&["-goroutine-deriver=", "."]).goroutine_deriver, "");
    }

    #[test]
    fn missing_argument() {
        assert_eq!(
            err(&["-goroutine-deriver"]),
            "flag needs an argument: -goroutine-deriver"
        );
        assert_eq!(err(&["--c"]), "flag needs an argument: -c");
    }

    #[test]
    fn int_flag() {
        assert_eq!(run(&["-c=3", "."]).context_lines, 3);
        let o = run(&["-c", "0x10", "."]);
        assert_eq!(o.context_lines, 16);
        assert_eq!(o.patterns, ["."]);
        assert_eq!(run(&["-c", "-5"]).context_lines, -5);
        assert_eq!(
            err(&["-c=x"]),
            "invalid value \"x\" for flag -c: parse error"
        );
        assert_eq!(
            err(&["-c", "99999999999999999999"]),
            "invalid value \"99999999999999999999\" for flag -c: value out of range"
        );
    }

    #[test]
    fn go_parse_int_rules() {
        let ok: &[(&str, i64)] = &[
            ("0", 0),
            ("+7", 7),
            ("-0", 0),
            ("010", 8),
            ("0o17", 15),
            ("0O17", 15),
            ("0b101", 5),
            ("0B1", 1),
            ("0x1f", 31),
            ("0XfF", 255),
            ("-0x10", -16),
            ("1_000", 1000),
            ("0x_1f", 31),
            ("0_7", 7),
            ("9223372036854775807", i64::MAX),
            ("-9223372036854775808", i64::MIN),
            ("0x7fffffffffffffff", i64::MAX),
        ];
        for &(s, want) in ok {
            assert_eq!(parse_int(s), Ok(want), "{s}");
        }
        let syntax = [
            "", "+", "-", "x", "1.5", "08", "0x", "0b", "0o", "0b2", "0xg", "1__0", "_1", "1_",
            "0_", "0x_", "+-1", " 1", "1 ", "١", "0x1p4",
        ];
        for s in syntax {
            assert_eq!(parse_int(s), Err(NumError::Syntax), "{s:?}");
        }
        let range = [
            "9223372036854775808",
            "-9223372036854775809",
            "18446744073709551616",
            "99999999999999999999x",
            "0xffffffffffffffff",
        ];
        for s in range {
            assert_eq!(parse_int(s), Err(NumError::Range), "{s}");
        }
    }

    #[test]
    fn json_and_format() {
        assert_eq!(run(&["-json", "."]).format, Format::Json);
        assert_eq!(run(&["-format=sarif", "."]).format, Format::Sarif);
        assert_eq!(run(&["-format", "github", "."]).format, Format::Github);
        assert_eq!(run(&["-format=rdjsonl"]).format, Format::Rdjsonl);
        assert_eq!(run(&["-format=gitlab"]).format, Format::Gitlab);
        assert_eq!(run(&["-format=json", "-format=text"]).format, Format::Text);
        assert_eq!(run(&["-json", "-format=text"]).format, Format::Text);
        assert_eq!(run(&["-format=sarif", "-json"]).format, Format::Json);
        assert_eq!(run(&["-json", "-json=false"]).format, Format::Text);
        assert_eq!(run(&["-format=sarif", "-json=false"]).format, Format::Sarif);
        assert_eq!(
            err(&["-format=xml", "."]),
            "invalid value \"xml\" for flag -format: must be one of text, json, sarif, github, rdjsonl, gitlab"
        );
        assert_eq!(
            err(&["-format", "JSON"]),
            "invalid value \"JSON\" for flag -format: must be one of text, json, sarif, github, rdjsonl, gitlab"
        );
    }

    #[test]
    fn driver_flags() {
        let o = run(&[
            "-fix",
            "-diff",
            "-tags=a,b",
            "-go=go1.25",
            "-debug=fpstv",
            "-cpuprofile",
            "cpu.out",
            "-memprofile=m",
            "-trace",
            "t",
            "-source",
            "-v",
            "-all=false",
            ".",
        ]);
        assert!(o.fix && o.diff);
        assert_eq!(o.tags.as_deref(), Some("a,b"));
        assert_eq!(o.go_version.as_deref(), Some("go1.25"));
        assert_eq!(o.patterns, ["."]);
        assert_eq!(run(&["-tags=", "."]).tags.as_deref(), Some(""));
        assert_eq!(run(&["-go=", "."]).go_version, None);
        assert!(!run(&["-test=false"]).test);
    }

    #[test]
    fn unknown_flag() {
        assert_eq!(
            err(&["-unknown"]),
            "flag provided but not defined: -unknown"
        );
        assert_eq!(
            err(&["--unknown=3", "."]),
            "flag provided but not defined: -unknown"
        );
        // Names are case-sensitive, as in Go.
        assert_eq!(
            err(&["-Goroutine"]),
            "flag provided but not defined: -Goroutine"
        );
        assert_eq!(err(&["-é"]), "flag provided but not defined: -é");
    }

    #[test]
    fn bad_flag_syntax() {
        assert_eq!(err(&["---x"]), "bad flag syntax: ---x");
        assert_eq!(err(&["-=x"]), "bad flag syntax: -=x");
        assert_eq!(err(&["--=x"]), "bad flag syntax: --=x");
        assert_eq!(err(&["---"]), "bad flag syntax: ---");
    }

    #[test]
    fn double_dash_ends_flags() {
        let o = run(&["-json", "--", "-goroutine=false", "."]);
        assert_eq!(o.format, Format::Json);
        assert!(o.checks.get(CheckerId::Goroutine));
        assert_eq!(o.patterns, ["-goroutine=false", "."]);
        assert_eq!(run(&["--"]).patterns, Vec::<String>::new());
        assert_eq!(run(&["--", "--"]).patterns, ["--"]);
    }

    #[test]
    fn single_dash_is_a_pattern() {
        let o = run(&["-json", "-", "-test=false"]);
        assert_eq!(o.patterns, ["-", "-test=false"]);
        assert!(o.test);
    }

    #[test]
    fn flags_after_first_pattern_are_patterns() {
        let o = run(&["./a", "-goroutine=false", "-unknown", "-h"]);
        assert!(o.checks.get(CheckerId::Goroutine));
        assert_eq!(o.patterns, ["./a", "-goroutine=false", "-unknown", "-h"]);
    }

    #[test]
    fn last_flag_wins() {
        let o = run(&[
            "-goroutine=false",
            "-goroutine",
            "-c=1",
            "-c=2",
            "-tags=x",
            "-tags=y",
        ]);
        assert!(o.checks.get(CheckerId::Goroutine));
        assert_eq!(o.context_lines, 2);
        assert_eq!(o.tags.as_deref(), Some("y"));
    }

    #[test]
    fn help() {
        for h in ["-h", "-help", "--help", "--h", "-h=1", "-help=nonsense"] {
            assert_eq!(cmd(&[h]), Command::Help, "{h}");
        }
        // Help acts when reached: later junk is not looked at, earlier errors win.
        assert_eq!(cmd(&["-json", "-h", "-unknown"]), Command::Help);
        assert_eq!(
            err(&["-unknown", "-h"]),
            "flag provided but not defined: -unknown"
        );
        // After the first pattern it is a pattern.
        assert_eq!(run(&[".", "-h"]).patterns, [".", "-h"]);
    }

    #[test]
    fn print_flags_after_whole_parse() {
        assert_eq!(cmd(&["-flags"]), Command::PrintFlags);
        assert_eq!(cmd(&["-flags", "./..."]), Command::PrintFlags);
        assert_eq!(
            err(&["-flags", "-nope"]),
            "flag provided but not defined: -nope"
        );
        assert!(matches!(cmd(&["-flags", "-flags=false"]), Command::Run(_)));
    }

    #[test]
    fn version() {
        assert_eq!(cmd(&["-V=full"]), Command::Version);
        assert_eq!(cmd(&["-V"]), Command::Version);
        assert_eq!(cmd(&["--V=full", "-unknown"]), Command::Version);
        let e = parse(&args(&["-V=short"])).unwrap_err();
        assert_eq!(
            e,
            FlagError::Fatal("goroutinectx: unsupported flag value: -V=short (use -V=full)".into())
        );
        assert_eq!((e.exit_code(), e.shows_usage()), (1, false));
        // -V is bool-like: it does not take the next argument.
        assert_eq!(cmd(&["-V", "full"]), Command::Version);
    }

    #[test]
    fn error_exit_status_and_display() {
        let e = parse(&args(&["-nope"])).unwrap_err();
        assert_eq!((e.exit_code(), e.shows_usage()), (2, true));
        assert_eq!(e.to_string(), "flag provided but not defined: -nope");
    }

    #[test]
    fn every_flag_is_accepted() {
        for flag in all_flags() {
            let arg = match flag.kind {
                Kind::Bool | Kind::Version => format!("-{}", flag.name),
                Kind::Int => format!("-{}=7", flag.name),
                Kind::Str if flag.name == "format" => "-format=json".to_string(),
                Kind::Str
                    if matches!(
                        flag.name,
                        "goroutine-deriver" | "external-spawner" | "context-carriers"
                    ) =>
                {
                    format!("-{}=x.Y", flag.name)
                }
                Kind::Str => format!("-{}=x", flag.name),
            };
            assert!(parse(&args(&[&arg, "."])).is_ok(), "{arg}");
        }
    }

    #[test]
    fn flag_table_sorted_and_unique() {
        for pair in all_flags().windows(2) {
            assert!(
                pair[0].name < pair[1].name,
                "{} {}",
                pair[0].name,
                pair[1].name
            );
        }
    }

    #[test]
    fn malformed_specs_are_usage_errors() {
        for ok in [
            "-goroutine-deriver=context.WithoutCancel",
            "-goroutine-deriver=a/b.F+c.d/e.T.M, x.Y",
            "-external-spawner=example.com/w.Pool.Submit,",
            "-context-carriers=github.com/labstack/echo/v4.Context",
            "-goroutine-deriver=",
        ] {
            assert!(parse(&args(&[ok, "."])).is_ok(), "{ok}");
        }
        for (bad, item) in [
            ("-goroutine-deriver=WithoutCancel", "WithoutCancel"),
            ("-goroutine-deriver=a.F+.G", ".G"),
            ("-external-spawner=p.F,p.", "p."),
            ("-external-spawner=p//q.F", "p//q.F"),
            ("-context-carriers=my pkg.T", "my pkg.T"),
        ] {
            let e = parse(&args(&[bad, "."])).unwrap_err().to_string();
            assert!(
                e.contains(&format!("{item:?} is not pkg/path.")),
                "{bad}: {e}"
            );
            assert!(e.starts_with("invalid value "), "{e}");
        }
    }

    #[test]
    fn usage_header_and_first_flags() {
        let text = usage("goroutinectx");
        let want_start = "goroutinectx: checks that goroutines and goroutine-spawning calls propagate context.Context\n\
             \n\
             Usage: goroutinectx [-flag] [package]\n\
             \n\
             \n\
             Flags:\n  -V\tprint version and exit\n  -all\n    \tno effect (deprecated)\n  -c int\n    \tdisplay offending line with this many lines of context (default -1)\n  -conc\n    \tcheck that closures passed to sourcegraph/conc APIs propagate context (reported as errgroup) (default true)\n  -config file\n    \tread settings from this TOML file instead of the .goroutinectx.toml found from the working directory up to the module root (-config= reads none)\n  -context-carriers string\n    \tcomma-separated list of extra types that carry a context, as pkg/path.Type\n  -cross-package-spawners\n";
        assert!(
            text.starts_with(want_start),
            "usage starts with:\n{}",
            &text[..want_start.len().min(text.len())]
        );
        assert!(text
            .contains("  -format string\n    \toutput format: text, json, sarif, github, rdjsonl or gitlab (default \"text\")\n"));
        assert!(text
            .contains("  -debug string\n    \tdebug flags, any subset of \"fnpstuv\" (t: timing"));
        assert!(text.contains("  -v\tno effect (deprecated)\n"));
        assert!(text.ends_with("  -waitgroup\n    \tcheck that sync.WaitGroup.Go closures propagate context (default true)\n"));
        for name in [
            "-goroutine\n",
            "-goroutine-deriver string",
            "-context-carriers string",
            "-external-spawner string",
            "-errgroup\n",
            "-waitgroup\n",
            "-conc\n",
            "-spawner\n",
            "-spawnerlabel\n",
            "-gotask\n",
        ] {
            assert!(text.contains(name), "{name}");
        }
    }

    #[test]
    fn flags_json_shape() {
        let text = flags_json();
        let want_start = "[\n\t{\n\t\t\"Name\": \"V\",\n\t\t\"Bool\": true,\n\t\t\"Usage\": \"print version and exit\"\n\t},\n\t{\n\t\t\"Name\": \"all\",\n\t\t\"Bool\": true,\n\t\t\"Usage\": \"no effect (deprecated)\"\n\t},\n\t{\n\t\t\"Name\": \"c\",\n\t\t\"Bool\": false,\n";
        assert!(text.starts_with(want_start), "{text}");
        assert!(text.ends_with("\n\t}\n]"));
        let parsed: serde_json::Value = serde_json::from_str(&text).expect("valid JSON");
        let names: Vec<&str> = parsed
            .as_array()
            .expect("array")
            .iter()
            .filter_map(|f| f["Name"].as_str())
            .collect();
        assert_eq!(names.len(), all_flags().len() - NOT_PRINTED_BY_FLAGS.len());
        for skipped in NOT_PRINTED_BY_FLAGS {
            assert!(!names.contains(&skipped), "{skipped}");
        }
        assert!(names.windows(2).all(|p| p[0] < p[1]));
    }

    #[test]
    fn go_json_string_escapes_like_encoding_json() {
        assert_eq!(go_json_string("a<b>&\"\\"), r#""a\u003cb\u003e\u0026\"\\""#);
        assert_eq!(
            go_json_string("\u{1}\u{8}\u{c}\n\r\t\u{7f}\u{2028}"),
            "\"\\u0001\\b\\f\\n\\r\\t\u{7f}\\u2028\""
        );
    }
}
