//! The command line as Go's `flag` package reads it, end to end through clap.

use goroutinectx_analyzer::registry::{CheckerId, CHECKERS};

use super::table::{all_flags, Kind};
use super::{parse, Command, FlagError, Format, Options};

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
            settings: o.settings.clone(),
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
        assert_eq!(Options::default().checks.get(c.id), c.default, "-{name}");
        for v in [false, true] {
            let o = run(&[&format!("-{name}={v}"), "."]);
            for other in CHECKERS {
                let want = if other.id == c.id { v } else { other.default };
                assert_eq!(o.checks.get(other.id), want, "-{name}={v}: {:?}", other.id);
            }
        }
    }
    // No other flag switches a checker.
    for d in all_flags().iter().filter(|d| d.kind == Kind::Bool) {
        if CHECKERS.iter().any(|c| c.flag == Some(d.name)) || d.name == "flags" {
            continue;
        }
        let o = run(&[&format!("-{}=true", d.name), "."]);
        let p = run(&[&format!("-{}=false", d.name), "."]);
        assert_eq!(o.checks, Options::default().checks, "-{}", d.name);
        assert_eq!(p.checks, Options::default().checks, "-{}", d.name);
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
    // Names are case-sensitive, as in Go; clap suggests a near name.
    assert_eq!(
        err(&["-Goroutine"]),
        "flag provided but not defined: -Goroutine (did you mean -goroutine?)"
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
    // As upstream's versionFlag: `-V` alone is `-V=true`, which it refuses.
    assert_eq!(
        parse(&args(&["-V"])).unwrap_err(),
        FlagError::Fatal("goroutinectx: unsupported flag value: -V=true (use -V=full)".into())
    );
    assert_eq!(cmd(&["--version"]), Command::Version);
    assert_eq!(cmd(&["--V=full", "-unknown"]), Command::Version);
    let e = parse(&args(&["-V=short"])).unwrap_err();
    assert_eq!(
        e,
        FlagError::Fatal("goroutinectx: unsupported flag value: -V=short (use -V=full)".into())
    );
    assert_eq!((e.exit_code(), e.shows_usage()), (1, false));
    // -V is bool-like: it does not take the next argument.
    assert!(parse(&args(&["-V", "full"])).is_err());
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
            Kind::Bool => format!("-{}", flag.name),
            Kind::Version => format!("-{}=full", flag.name),
            Kind::Int => format!("-{}=7", flag.name),
            Kind::Str if flag.name == "format" => "-format=json".to_string(),
            Kind::Str if flag.name == "completion" => "-completion=fish".to_string(),
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
