//! Go's command-line syntax, rewritten into the one spelling clap is given.
//!
//! Go's `flag` package reads `-name`, `--name`, `-name=value`, `--name=value`, and
//! `-name value` for flags that are not booleans (the next argument is taken even when it
//! starts with `-`); a boolean never takes the next argument (`-test false .` sets `-test` and
//! leaves `false` and `.` as patterns). Parsing stops at the first argument that does not start
//! with `-` or that is exactly `-`; `--` alone is consumed and stops it too. `-h`/`-help` and
//! `-V` act when they are reached (later arguments are not looked at).
//!
//! clap cannot express single-dash long flags, nor "flags end at the first pattern" alone, so
//! [`normalize`] rewrites each flag as `--name=value` (or `--name` for a boolean given bare),
//! cuts the command line after `--help` and `--version`, and puts `--` before the patterns.
//! Which flags are booleans is asked of the clap command itself: an argument whose value must
//! be attached with `=` (`require_equals`) never takes the next argument. Everything else
//! (unknown names, bad values, missing values) is left for clap to report, in order.

use clap::{Arg, ArgAction};

use super::{FlagError, ANALYZER_NAME};

/// A command line ready for clap.
#[derive(Debug, PartialEq, Eq)]
pub struct Normalized {
    /// `argv[0]`, the flags as `--name[=value]`, then `--` and the patterns if any.
    pub args: Vec<String>,
    /// An error found where parsing stopped (a bad flag syntax, a bad `-V` value); it applies
    /// only if everything before it parses, as Go reports the first error.
    pub pending: Option<FlagError>,
}

/// The argument `-name` refers to: a long name, or a one-letter short one (`-h`, `-V`).
fn find<'a>(cmd: &'a clap::Command, name: &str) -> Option<&'a Arg> {
    let mut chars = name.chars();
    let short = match (chars.next(), chars.next()) {
        (Some(c), None) => Some(c),
        _ => None,
    };
    cmd.get_arguments()
        .find(|a| a.get_long() == Some(name) || (short.is_some() && a.get_short() == short))
}

/// Rewrites `args` (without `argv[0]`) for clap; see the module doc.
pub fn normalize(cmd: &clap::Command, args: &[String]) -> Normalized {
    let mut out = vec![ANALYZER_NAME.to_string()];
    let mut pending = None;
    let mut i = 0;
    while i < args.len() {
        let arg = args[i].as_str();
        if arg == "--" {
            out.push("--".to_string());
            out.extend(args[i + 1..].iter().cloned());
            break;
        }
        if !arg.starts_with('-') || arg == "-" {
            out.push("--".to_string());
            out.extend(args[i..].iter().cloned());
            break;
        }
        i += 1;
        let spec = arg.strip_prefix("--").unwrap_or(&arg[1..]);
        if spec.is_empty() || spec.starts_with(['-', '=']) {
            pending = Some(FlagError::Usage(format!("bad flag syntax: {arg}")));
            break;
        }
        let (name, value) = match spec.split_once('=') {
            Some((name, value)) => (name, Some(value)),
            None => (spec, None),
        };
        let Some(def) = find(cmd, name) else {
            // clap reports it; nothing after it is looked at.
            out.push(format!("--{name}"));
            break;
        };
        let long = def.get_long().unwrap_or(name);
        match def.get_action() {
            ArgAction::Help | ArgAction::HelpShort | ArgAction::HelpLong => {
                out.push(format!("--{long}"));
                break;
            }
            ArgAction::Version => {
                // `-V` is a bool-like flag upstream that only accepts `full`: alone it is
                // `-V=true`, an error. `--version` takes no value.
                let value = match (name, value) {
                    ("V", None) => Some("true"),
                    _ => value,
                };
                match value {
                    None | Some("full") => out.push(format!("--{long}")),
                    Some(v) => {
                        pending = Some(FlagError::Fatal(format!(
                            "{ANALYZER_NAME}: unsupported flag value: -{name}={v} (use -V=full)"
                        )));
                    }
                }
                break;
            }
            _ => {}
        }
        let value = match value {
            Some(v) => v,
            None if def.is_require_equals_set() => {
                out.push(format!("--{long}"));
                continue;
            }
            None => match args.get(i) {
                Some(next) => {
                    i += 1;
                    next.as_str()
                }
                None => {
                    // clap reports the missing value.
                    out.push(format!("--{long}"));
                    break;
                }
            },
        };
        out.push(format!("--{long}={value}"));
    }
    Normalized { args: out, pending }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn norm(list: &[&str]) -> Vec<String> {
        let args: Vec<String> = list.iter().map(|s| s.to_string()).collect();
        let n = normalize(&super::super::command::command(), &args);
        assert_eq!(n.pending, None, "{list:?}");
        n.args[1..].to_vec()
    }

    #[test]
    fn every_spelling_becomes_long_with_equals() {
        assert_eq!(
            norm(&[
                "-test",
                "--json",
                "-c",
                "-5",
                "--tags=a",
                "-goroutine=false",
                "-h",
                "x"
            ]),
            [
                "--test",
                "--json",
                "--c=-5",
                "--tags=a",
                "--goroutine=false",
                "--help"
            ]
        );
        assert_eq!(norm(&["-V=full", "-nope"]), ["--version"]);
        assert_eq!(norm(&["-help=nonsense"]), ["--help"]);
    }

    #[test]
    fn patterns_follow_a_double_dash() {
        assert_eq!(
            norm(&["-test", "false", "."]),
            ["--test", "--", "false", "."]
        );
        assert_eq!(norm(&["--", "-x"]), ["--", "-x"]);
        assert_eq!(norm(&["-", "-x"]), ["--", "-", "-x"]);
        assert_eq!(norm(&["-nope", "."]), ["--nope"]);
    }

    #[test]
    fn bad_syntax_is_pending() {
        let cmd = super::super::command::command();
        for bad in ["---x", "-=x", "--=x", "---"] {
            let n = normalize(
                &cmd,
                &["-json".to_string(), bad.to_string(), ".".to_string()],
            );
            assert_eq!(n.args[1..], ["--json"]);
            assert_eq!(
                n.pending,
                Some(FlagError::Usage(format!("bad flag syntax: {bad}")))
            );
        }
    }
}
