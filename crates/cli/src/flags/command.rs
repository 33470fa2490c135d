//! The clap command: one argument per flag of the table, grouped into `-h`'s sections, each
//! with a value parser that reads Go's syntax ([`parse_value`]); and clap's errors turned into
//! one-line messages that name the flag as it is spelt on the command line (`-name`).

use std::error::Error as _;

use clap::builder::{PossibleValue, TypedValueParser};
use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, ArgAction, ValueHint};

use goroutinectx_analyzer::registry::CHECKERS;
use goroutinectx_scanner::quote::go_quote;

use super::table::{all_flags, FlagDef, Group, Kind};
use super::values::{parse_bool, parse_int, FlagValue};
use super::{completion, Format, ANALYZER_NAME, DOC};

/// Printed after the flags in `-h`.
const AFTER_HELP: &str = "\
Flags take Go's syntax too: -name, -name=value, and -name value (except booleans,
which need -name=false). Flags end at the first package pattern or at --.
Settings may also come from .goroutinectx.toml (-config, -print-config); flags override it.";

/// Parses one flag's value the way Go's `flag` package would; the error is the whole message.
pub fn parse_value(def: &FlagDef, s: &str) -> Result<FlagValue, String> {
    let name = def.name;
    let invalid = |why: &str| format!("invalid value {} for flag -{name}: {why}", go_quote(s));
    match def.kind {
        Kind::Bool => parse_bool(s).map(FlagValue::Bool).ok_or_else(|| {
            format!(
                "invalid boolean value {} for -{name}: parse error",
                go_quote(s)
            )
        }),
        Kind::Int => {
            let n = parse_int(s).map_err(|e| invalid(e.flag_message()))?;
            if name == "max-file-size" && n < 0 {
                return Err(invalid("must not be negative"));
            }
            Ok(FlagValue::Int(n))
        }
        Kind::Str | Kind::Version => {
            if let Some(check) = def.check {
                check(s).map_err(|why| invalid(&why))?;
            }
            Ok(FlagValue::Str(s.to_string()))
        }
    }
}

/// clap's value parser for one flag: [`parse_value`], plus the values completion scripts
/// offer for `-format` and `-completion`.
#[derive(Clone)]
struct GoValue(&'static FlagDef);

impl TypedValueParser for GoValue {
    type Value = FlagValue;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<FlagValue, clap::Error> {
        let def = self.0;
        // clap's own parser for closures keeps our message as the error's source.
        (move |s: &str| parse_value(def, s)).parse_ref(cmd, arg, value)
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        let names: Vec<&'static str> = match self.0.name {
            "format" => Format::ALL.iter().map(|f| f.as_str()).collect(),
            "completion" => completion::SHELLS.to_vec(),
            _ => return None,
        };
        Some(Box::new(names.into_iter().map(PossibleValue::new)))
    }
}

/// The clap argument for one flag of the table.
fn arg(def: &'static FlagDef) -> Arg {
    let (value_name, usage) = def.unquoted_usage();
    let mut arg = Arg::new(def.name)
        .long(def.name)
        .help(usage)
        .help_heading(def.group.heading())
        .hide(def.hidden)
        .action(ArgAction::Append)
        .value_parser(GoValue(def));
    arg = match def.kind {
        // `--version` is its long name; `-V` and `-version` find it too (argv.rs).
        Kind::Version => Arg::new(def.name)
            .short('V')
            .long("version")
            .help(def.usage)
            .help_heading(def.group.heading())
            .action(ArgAction::Version),
        Kind::Bool => arg
            .num_args(0..=1)
            .require_equals(true)
            .default_missing_value("true")
            .value_name("bool"),
        Kind::Int | Kind::Str => arg
            .num_args(1)
            .allow_hyphen_values(true)
            .value_name(value_name.unwrap_or_default())
            .hide_possible_values(true),
    };
    if def.kind != Kind::Version && parse_value(def, def.default).is_ok() {
        arg = arg
            .default_value(def.default)
            .hide_default_value(def.default == def.kind.zero());
    }
    if matches!(def.name, "config" | "new-from-patch") {
        arg = arg.value_hint(ValueHint::FilePath);
    }
    arg
}

/// The flags in `-h`'s order: by section; checkers in registry order, the rest by name.
fn ordered() -> Vec<&'static FlagDef> {
    let mut defs: Vec<&'static FlagDef> =
        all_flags().iter().filter(|d| d.name != "version").collect();
    let checker_rank = |name: &str| CHECKERS.iter().position(|c| c.flag == Some(name));
    defs.sort_by_key(|d| (d.group, checker_rank(d.name), d.name));
    defs
}

/// The whole command: every flag, `-h`, and the package patterns.
pub fn command() -> clap::Command {
    build(true)
}

/// The command without its hidden flags, for completion scripts (clap_complete's bash script
/// would offer hidden flags too).
pub fn visible_command() -> clap::Command {
    build(false)
}

fn build(with_hidden: bool) -> clap::Command {
    let mut cmd = clap::Command::new(ANALYZER_NAME)
        .about(DOC)
        .version(env!("CARGO_PKG_VERSION"))
        .override_usage(format!("{ANALYZER_NAME} [-flag] [package]"))
        .help_template("{name}: {about}\n\n{usage-heading} {usage}\n\n{all-args}{after-help}\n")
        .after_help(AFTER_HELP)
        .disable_help_flag(true)
        .disable_version_flag(true)
        .arg(
            Arg::new("package")
                .action(ArgAction::Append)
                .value_name("package")
                .value_parser(clap::value_parser!(String))
                .value_hint(ValueHint::DirPath)
                .help("package patterns, as for go list: ./..., ./dir, import/path/..., std"),
        );
    for def in ordered().into_iter().filter(|d| with_hidden || !d.hidden) {
        cmd = cmd.arg(arg(def));
    }
    cmd.arg(
        Arg::new("help")
            .short('h')
            .long("help")
            .action(ArgAction::Help)
            .help("print this help and exit")
            .help_heading(Group::Other.heading()),
    )
}

/// The usage text `-h` prints.
pub fn usage() -> String {
    command().render_help().to_string()
}

/// A string from an error's context.
fn context(e: &clap::Error, kind: ContextKind) -> Option<String> {
    match e.get(kind)? {
        ContextValue::String(s) => Some(s.clone()),
        ContextValue::Strings(s) => s.first().cloned(),
        _ => None,
    }
}

/// `--name <value>` (clap's rendering of an argument) as the flag is spelt here: `-name`.
fn flag_name(rendered: &str) -> String {
    let name = rendered.trim_start_matches('-');
    let end = name.find([' ', '=', '[', '<']).unwrap_or(name.len());
    format!("-{}", &name[..end])
}

/// clap's error as one line naming the flag.
pub fn message(e: &clap::Error) -> String {
    let arg = context(e, ContextKind::InvalidArg).map(|a| flag_name(&a));
    match (e.kind(), arg) {
        (ErrorKind::ValueValidation, _) if e.source().is_some() => {
            e.source().map(ToString::to_string).unwrap_or_default()
        }
        (ErrorKind::UnknownArgument, Some(arg)) => {
            // clap's suggestion, when it is plausibly a typo of the name (same first letter).
            let first = |s: &str| s.chars().nth(1).map(|c| c.to_ascii_lowercase());
            match context(e, ContextKind::SuggestedArg).map(|s| flag_name(&s)) {
                Some(s) if first(&s) == first(&arg) => {
                    format!("flag provided but not defined: {arg} (did you mean {s}?)")
                }
                _ => format!("flag provided but not defined: {arg}"),
            }
        }
        (ErrorKind::InvalidValue | ErrorKind::NoEquals, Some(arg))
            if context(e, ContextKind::InvalidValue).is_none_or(|v| v.is_empty()) =>
        {
            format!("flag needs an argument: {arg}")
        }
        _ => {
            // Anything else: clap's own first line, without its "error: " prefix.
            let text = e.render().to_string();
            let line = text.lines().next().unwrap_or_default();
            line.strip_prefix("error: ").unwrap_or(line).to_string()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clap_accepts_the_command() {
        command().debug_assert();
    }

    #[test]
    fn help_is_grouped() {
        let text = usage();
        let mut last = 0;
        for group in [
            Group::Checkers,
            Group::CheckerSettings,
            Group::Input,
            Group::Output,
            Group::Configuration,
            Group::Other,
            Group::NoEffect,
        ] {
            let at = text
                .find(&format!("{}:\n", group.heading()))
                .unwrap_or_else(|| panic!("{group:?} in\n{text}"));
            assert!(at > last, "{group:?} out of order");
            last = at;
        }
        for hidden in ["cpuprofile", "memprofile", "trace", "-fix", "-diff", "--V"] {
            assert!(!text.contains(hidden), "{hidden} in\n{text}");
        }
    }
}
