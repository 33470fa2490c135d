//! The fixture runner: Go's analysistest, for this project.
//!
//! Every directory `testdata/src/<name>/` whose name has no `.` is a fixture (directories like
//! `github.com/` hold stub dependencies). Each is run as users run the linter on a GOPATH tree
//! (`GOPATH=testdata GO111MODULE=off goroutinectx [flags] ./...` inside the fixture), with the
//! flags listed in its `flags.txt` (whitespace-separated, `#` starts a comment). Every reported
//! line (`path:line:col: message`: diagnostics and syntax errors; warnings are ignored) must
//! match a `// want "regexp"` (or `// want `regexp``) on its line, several per line allowed, and
//! every `want` must be matched. A failure lists the missed and unexpected lines of all
//! fixtures at once.

use std::path::{Path, PathBuf};

use goroutinectx_scanner::GoEnv;
use regex::Regex;

fn testdata() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../testdata")
}

/// One `// want` expectation.
#[derive(Debug)]
struct Want {
    file: String,
    line: u32,
    pattern: Regex,
    matched: bool,
}

/// Unquotes a Go interpreted string literal body (the common escapes).
fn unquote_go(body: &str) -> String {
    let mut out = String::new();
    let mut chars = body.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            Some(other) => out.push(other),
            None => {}
        }
    }
    out
}

/// Parses the Go string literals following `want` in a comment.
fn parse_want_patterns(rest: &str) -> Result<Vec<String>, String> {
    let mut out = Vec::new();
    let mut s = rest.trim_start();
    while !s.is_empty() {
        let quote = s.chars().next().unwrap_or(' ');
        match quote {
            '"' => {
                let bytes = s.as_bytes();
                let mut i = 1;
                while i < bytes.len() && bytes[i] != b'"' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
                if i >= bytes.len() {
                    return Err(format!("unterminated want pattern: {s}"));
                }
                out.push(unquote_go(&s[1..i]));
                s = s[i + 1..].trim_start();
            }
            '`' => {
                let end = s[1..]
                    .find('`')
                    .ok_or_else(|| format!("unterminated want pattern: {s}"))?;
                out.push(s[1..1 + end].to_string());
                s = s[end + 2..].trim_start();
            }
            _ => break,
        }
    }
    if out.is_empty() {
        return Err(format!("want without a pattern: {rest}"));
    }
    Ok(out)
}

/// The byte offset of the `//` starting the line's comment, skipping `//` inside string and
/// rune literals.
fn comment_start(line: &str) -> Option<usize> {
    let bytes = line.as_bytes();
    let mut quote: Option<u8> = None;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        match quote {
            Some(q) => {
                if b == b'\\' && q != b'`' {
                    i += 1;
                } else if b == q {
                    quote = None;
                }
            }
            None => match b {
                b'"' | b'`' | b'\'' => quote = Some(b),
                b'/' if bytes.get(i + 1) == Some(&b'/') => return Some(i),
                b'/' if bytes.get(i + 1) == Some(&b'*') => return None,
                _ => {}
            },
        }
        i += 1;
    }
    None
}

/// Collects the `// want` expectations of every .go file under `dir`.
fn collect_wants(dir: &Path, root: &Path, out: &mut Vec<Want>, errors: &mut Vec<String>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<_> = entries.flatten().collect();
    entries.sort_by_key(|e| e.file_name());
    for e in entries {
        let path = e.path();
        if path.is_dir() {
            collect_wants(&path, root, out, errors);
            continue;
        }
        if path.extension().and_then(|x| x.to_str()) != Some("go") {
            continue;
        }
        let text = String::from_utf8_lossy(&std::fs::read(&path).unwrap_or_default()).into_owned();
        let rel = path
            .strip_prefix(root)
            .unwrap_or(&path)
            .to_string_lossy()
            .into_owned();
        for (i, line) in text.lines().enumerate() {
            // As analysistest: a comment whose text starts with `want` is an expectation, and
            // so is one of the form `//...// want ...` (comments on comments, e.g. on an
            // ignore directive).
            let Some(comment) = comment_start(line) else {
                continue;
            };
            let text = &line[comment + 2..];
            let text = match text.find("// want") {
                Some(i) => &text[i + 3..],
                None => text.trim_start(),
            };
            let Some(rest) = text.strip_prefix("want ") else {
                continue;
            };
            match parse_want_patterns(rest) {
                Ok(patterns) => {
                    for p in patterns {
                        match Regex::new(&p) {
                            Ok(pattern) => out.push(Want {
                                file: rel.clone(),
                                line: i as u32 + 1,
                                pattern,
                                matched: false,
                            }),
                            Err(e) => errors.push(format!("{rel}:{}: bad regexp: {e}", i + 1)),
                        }
                    }
                }
                Err(e) => errors.push(format!("{rel}:{}: {e}", i + 1)),
            }
        }
    }
}

fn read_flags(dir: &Path) -> Vec<String> {
    let Ok(text) = std::fs::read_to_string(dir.join("flags.txt")) else {
        return Vec::new();
    };
    text.lines()
        .map(|l| l.split('#').next().unwrap_or(""))
        .flat_map(str::split_whitespace)
        .map(str::to_string)
        .collect()
}

/// Whether a GOROOT holds Go 1.25 or later (the fixtures expect `sync.WaitGroup.Go`); an
/// older toolchain is ignored and the embedded stubs stand in for the standard library.
fn recent_enough(goroot: &Path) -> bool {
    let version = std::fs::read_to_string(goroot.join("VERSION")).unwrap_or_default();
    let minor = version
        .lines()
        .next()
        .and_then(|v| v.trim().strip_prefix("go1."))
        .map(|rest| {
            rest.split(|c: char| !c.is_ascii_digit())
                .next()
                .unwrap_or("")
        })
        .and_then(|m| m.parse::<u32>().ok());
    minor.is_some_and(|m| m >= 25)
}

fn fixture_env() -> GoEnv {
    let gopath = testdata().canonicalize().expect("testdata exists");
    let goroot = GoEnv::from_process().goroot.filter(|g| recent_enough(g));
    let mut env = goroutinectx_testkit::gopath_env(&gopath);
    env.goroot = goroot;
    env
}

/// Runs the fixture in `dir` and returns its failures (empty when it passes).
fn run_fixture(dir: &Path, env: GoEnv) -> Vec<String> {
    let mut args = read_flags(dir);
    args.push("./...".into());
    let outcome = goroutinectx::run(&args, dir.to_path_buf(), env);
    let mut failures = Vec::new();
    let mut wants = Vec::new();
    collect_wants(dir, dir, &mut wants, &mut failures);
    let line_re = Regex::new(r"^(.+?\.go):(\d+):(\d+): (.*)$").expect("valid regexp");
    for line in outcome.stderr.lines() {
        let Some(c) = line_re.captures(line) else {
            if !line.starts_with("goroutinectx: warning:") {
                failures.push(format!("unparsed output line: {line}"));
            }
            continue;
        };
        let (file, lno, message) = (&c[1], c[2].parse::<u32>().unwrap_or(0), &c[4]);
        if message.starts_with("warning: ") {
            continue;
        }
        let want = wants
            .iter_mut()
            .find(|w| !w.matched && w.file == file && w.line == lno && w.pattern.is_match(message));
        match want {
            Some(w) => w.matched = true,
            None => failures.push(format!("unexpected diagnostic: {line}")),
        }
    }
    for w in wants.iter().filter(|w| !w.matched) {
        failures.push(format!(
            "{}:{}: no diagnostic was reported matching `{}`",
            w.file, w.line, w.pattern
        ));
    }
    if ![0, 1, 3].contains(&outcome.code) {
        failures.push(format!("exit code {}: {}", outcome.code, outcome.stderr));
    }
    failures
}

fn fixture_names() -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(testdata().join("src"))
        .expect("testdata/src exists")
        .flatten()
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| !n.contains('.'))
        .collect();
    names.sort();
    names
}

/// Runs one fixture directory and fails with its report.
fn check_fixture(name: &str) {
    let dir = testdata().join("src").join(name);
    let dir = dir.canonicalize().expect("fixture dir");
    let failures = run_fixture(&dir, fixture_env());
    assert!(
        failures.is_empty(),
        "fixture {name} failed:\n{}",
        failures
            .iter()
            .map(|f| format!("[{name}] {f}"))
            .collect::<Vec<_>>()
            .join("\n")
    );
}

/// One test per fixture directory, named after it (`cargo test --test fixtures goroutine`),
/// and the list they are made from.
macro_rules! fixtures {
    ($($name:ident),* $(,)?) => {
        const LISTED: &[&str] = &[$(stringify!($name)),*];
        mod fixture {
            $(
                #[test]
                fn $name() {
                    super::check_fixture(stringify!($name));
                }
            )*
        }
    };
}

fixtures!(
    carrier,
    carrierunversioned,
    conc,
    concderive,
    crossfile,
    crossfilederive,
    ctxmentions,
    deriveforms,
    derivegocallee,
    elision,
    elisionlabel,
    errgroup,
    errgroupderive,
    filefilter,
    futuresyntax,
    gonext,
    goroutine,
    goroutinederive,
    goroutinederiveand,
    goroutinederivemixed,
    gotask,
    gotaskand,
    gotaskevil,
    gotaskevilmethod,
    gotasknoderiver,
    inference,
    spawnapievil,
    spawnapievilderive,
    spawner,
    spawnerderive,
    spawnerevil,
    spawnerevilderive,
    spawnerexternal,
    spawnerindirect,
    spawnerlabel,
    spawnerlabelderive,
    spawnerlabelevil,
    spawnerlabelevilnox,
    spawnerlabelevilxpkg,
    spawnerlabelexternal,
    spawnerlabelindirect,
    spawnerlabelshadow,
    spawnerlabelxfile,
    spawnerlabelxpkg,
    spawnerlocal,
    syntaxerror,
    waitgroup,
    waitgroupderive,
);

/// Every fixture directory has its test: a directory left out of `fixtures!` fails here.
#[test]
fn every_fixture_directory_is_listed() {
    let names = fixture_names();
    assert!(!names.is_empty(), "no fixtures under testdata/src");
    assert_eq!(
        names,
        LISTED.iter().map(|n| n.to_string()).collect::<Vec<_>>(),
        "testdata/src and the fixtures! list differ"
    );
}

#[test]
fn want_comments_are_parsed_like_analysistest() {
    assert_eq!(
        parse_want_patterns(r#""a\"b" `c\d`"#).unwrap(),
        vec![r#"a"b"#.to_string(), r"c\d".to_string()]
    );
    assert!(parse_want_patterns("nothing").is_err());
    assert!(parse_want_patterns("\"open").is_err());
    assert_eq!(comment_start(r#"x := "a // b" // want"#), Some(14));
    assert_eq!(comment_start("// prose // want \"x\""), Some(0));
    assert_eq!(comment_start("no comment"), None);
}

/// The runner itself must fail on a missed want and on an unexpected diagnostic: run it on a
/// fixture written to a temporary GOPATH whose wants are wrong on purpose.
#[test]
fn runner_reports_missed_and_unexpected() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let dir = tmp.path().join("src/broken");
    std::fs::create_dir_all(&dir).expect("mkdir");
    std::fs::write(
        dir.join("a.go"),
        "package broken\n\nimport \"context\"\n\nfunc f(ctx context.Context) { x := }\n\nvar y = 1 // want \"never reported\"\n",
    )
    .expect("write");
    let env = goroutinectx_testkit::gopath_env(tmp.path());
    let failures = run_fixture(&dir, env);
    assert!(
        failures
            .iter()
            .any(|f| f.starts_with("unexpected diagnostic: a.go:5:") && f.contains("syntax error")),
        "{failures:?}"
    );
    assert!(
        failures
            .iter()
            .any(|f| f.contains("a.go:7: no diagnostic was reported matching `never reported`")),
        "{failures:?}"
    );
    assert_eq!(failures.len(), 2, "{failures:?}");
}

/// The lexical "can this file report?" test (the driver's prefilter) is exact: every fixture,
/// with its flags, prints the same with `-debug=n` (every file that could declare a context
/// scope analysed) as without.
#[test]
fn prefilter_is_exact_on_fixtures() {
    let mut differ = Vec::new();
    for name in fixture_names() {
        let dir = testdata().join("src").join(&name);
        let dir = dir.canonicalize().expect("fixture dir");
        let mut args = read_flags(&dir);
        args.push("./...".into());
        let filtered = goroutinectx::run(&args, dir.clone(), fixture_env());
        args.insert(0, "-debug=n".into());
        let all = goroutinectx::run(&args, dir.clone(), fixture_env());
        if filtered != all {
            differ.push(format!("{name}:\n{filtered:#?}\n{all:#?}"));
        }
    }
    assert!(differ.is_empty(), "{}", differ.join("\n"));
}
