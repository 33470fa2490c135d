//! End-to-end tests of the command: exit codes, output shapes and usage, as snapshots.

use std::path::{Path, PathBuf};

use goroutinectx::{run, Outcome};
use goroutinectx_scanner::GoEnv;

fn module() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/modules/app")
        .canonicalize()
        .expect("module exists")
}

/// An environment with no GOROOT and no module cache, so results do not depend on the machine.
fn env() -> GoEnv {
    goroutinectx_testkit::isolated_env()
}

fn run_in(dir: &Path, args: &[&str]) -> Outcome {
    let args: Vec<String> = args.iter().map(|a| a.to_string()).collect();
    run(&args, dir.to_path_buf(), env())
}

/// The outcome as one text, with the module path replaced for stable snapshots.
fn render(o: &Outcome) -> String {
    let root = module().to_string_lossy().into_owned();
    format!(
        "exit: {}\n--- stdout\n{}--- stderr\n{}",
        o.code,
        o.stdout.replace(&root, "[MODULE]"),
        o.stderr.replace(&root, "[MODULE]")
    )
}

#[test]
fn text_output_on_module() {
    insta::assert_snapshot!(render(&run_in(&module(), &["./..."])));
}

#[test]
fn json_output_on_module() {
    insta::assert_snapshot!(render(&run_in(&module(), &["-json", "./..."])));
}

/// The fixture module copied into a fresh repository, `<tmp>/repo/app` with `<tmp>/repo/.git`,
/// so that paths relative to the repository root do not depend on where this checkout is.
/// Returns the temporary directory (to keep it alive), the repository root and the module.
fn module_in_repository() -> (tempfile::TempDir, PathBuf, PathBuf) {
    fn copy_dir(from: &Path, to: &Path) {
        std::fs::create_dir_all(to).expect("mkdir");
        for entry in std::fs::read_dir(from).expect("read_dir") {
            let entry = entry.expect("entry");
            let target = to.join(entry.file_name());
            if entry.file_type().expect("file type").is_dir() {
                copy_dir(&entry.path(), &target);
            } else {
                std::fs::copy(entry.path(), &target).expect("copy");
            }
        }
    }
    let tmp = tempfile::tempdir().expect("tempdir");
    let repo = tmp.path().canonicalize().expect("canonical").join("repo");
    std::fs::create_dir_all(repo.join(".git")).expect("mkdir .git");
    let app = repo.join("app");
    copy_dir(&module(), &app);
    (tmp, repo, app)
}

/// A `-format=NAME` run on the fixture module in a repository, with the repository's path
/// replaced for stable snapshots (`[ROOT]`).
fn format_on_module(name: &str) -> String {
    let (_tmp, repo, app) = module_in_repository();
    let o = run_in(&app, &[&format!("-format={name}"), "./..."]);
    assert_eq!(o.code, 1, "the fixture has syntax errors: {o:?}");
    let root = repo.to_string_lossy().into_owned();
    format!(
        "exit: {}\n--- stdout\n{}--- stderr\n{}",
        o.code,
        o.stdout.replace(&root, "[ROOT]"),
        o.stderr.replace(&root, "[ROOT]")
    )
}

#[test]
fn sarif_output_on_module() {
    insta::assert_snapshot!(format_on_module("sarif"));
}

#[test]
fn github_output_on_module() {
    insta::assert_snapshot!(format_on_module("github"));
}

#[test]
fn rdjsonl_output_on_module() {
    insta::assert_snapshot!(format_on_module("rdjsonl"));
}

#[test]
fn gitlab_output_on_module() {
    insta::assert_snapshot!(format_on_module("gitlab"));
}

/// The SARIF 2.1.0 JSON schema (OASIS), shipped in testdata.
fn sarif_validator() -> jsonschema::Validator {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../testdata/schemas/sarif-schema-2.1.0.json");
    let text = std::fs::read_to_string(&path).expect("schema file");
    // The published schema's `language` patterns (of run and toolComponent) have a stray `]` (an erratum, fixed in
    // the SARIF repository since), which the validator's strict check of the schema itself
    // rejects; the file stays verbatim and the pattern is corrected here.
    const ERRATUM: &str = r#""^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$""#;
    assert_eq!(
        text.matches(ERRATUM).count(),
        2,
        "run.language and toolComponent.language"
    );
    let text = text.replace(ERRATUM, r#""^[a-zA-Z]{2}(-[a-zA-Z]{2})?$""#);
    let schema: serde_json::Value = serde_json::from_str(&text).expect("schema is JSON");
    // Formats (`uri`, `uri-reference`, …) are checked too.
    jsonschema::draft7::options()
        .should_validate_formats(true)
        .build(&schema)
        .expect("schema compiles")
}

fn schema_errors(validator: &jsonschema::Validator, sarif: &str) -> Vec<String> {
    let log: serde_json::Value = serde_json::from_str(sarif).expect("SARIF is JSON");
    validator
        .iter_errors(&log)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect()
}

#[test]
fn sarif_output_validates_against_the_schema() {
    let validator = sarif_validator();
    let (_tmp, _repo, app) = module_in_repository();
    let o = run_in(&app, &["-format=sarif", "./..."]);
    assert_eq!(schema_errors(&validator, &o.stdout), Vec::<String>::new());
    // A file outside the repository root gets an absolute file URI, which validates too.
    let (_tmp2, repo, elsewhere) = module_in_repository();
    let outside_dir = repo.parent().expect("parent").join("outside");
    std::fs::rename(&elsewhere, &outside_dir).expect("move module out");
    let pattern = outside_dir.join("server").to_string_lossy().into_owned();
    let outside = run_in(&repo, &["-format=sarif", &pattern]);
    assert_eq!(outside.code, 0, "{outside:?}");
    assert!(
        outside.stdout.contains("\"uri\": \"file:///"),
        "{}",
        outside.stdout
    );
    assert_eq!(
        schema_errors(&validator, &outside.stdout),
        Vec::<String>::new()
    );
    let clean = run_in(&module(), &["-format=sarif", "./clean"]);
    assert_eq!(
        schema_errors(&validator, &clean.stdout),
        Vec::<String>::new()
    );
    // The schema does reject what is not SARIF.
    let broken = o.stdout.replace("\"2.1.0\"", "\"2.0.0\"");
    assert!(!schema_errors(&validator, &broken).is_empty());
    let broken = o.stdout.replace("\"startLine\"", "\"startline\"");
    assert!(!schema_errors(&validator, &broken).is_empty());
}

/// The machine-readable formats exit as `-json` does: 0 with diagnostics, 1 on load errors;
/// problems stay on stderr as text.
#[test]
fn machine_formats_exit_like_json() {
    let m = module();
    for name in ["json", "sarif", "github", "rdjsonl", "gitlab"] {
        let flag = format!("-format={name}");
        let server = run_in(&m, &[&flag, "./server"]);
        assert_eq!(server.code, 0, "{name}: {server:?}");
        assert!(!server.stdout.is_empty(), "{name}");
        let clean = run_in(&m, &[&flag, "./clean"]);
        assert_eq!(clean.code, 0, "{name}: {clean:?}");
        let broken = run_in(&m, &[&flag, "./broken"]);
        assert_eq!(broken.code, 1, "{name}: {broken:?}");
        assert!(
            broken.stderr.contains("broken.go:6:2: syntax error"),
            "{name}: {broken:?}"
        );
    }
    let clean = |name: &str| run_in(&m, &[&format!("-format={name}"), "./clean"]).stdout;
    assert_eq!(clean("github"), "");
    assert_eq!(clean("rdjsonl"), "");
    assert_eq!(clean("gitlab"), "[]\n");
    assert!(clean("sarif").contains("\"results\": []"));
}

/// Outside a git repository the root is the working directory; a line with multibyte
/// characters before the report gets a UTF-16 column in SARIF and byte columns elsewhere; an
/// unused directive is a `directive` finding; identical lines get distinct fingerprints.
#[test]
fn machine_formats_without_a_repository() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let m = tmp.path().canonicalize().expect("canonical");
    std::fs::write(m.join("go.mod"), "module example.com/t\n\ngo 1.25\n").expect("write");
    std::fs::write(
        m.join("t.go"),
        "package t\n\nimport \"context\"\n\nfunc f(ctx context.Context) {\n\t/*é😀*/ go func() {}()\n\t//goroutinectx:ignore errgroup\n\tgo func() {}()\n\tgo func() {}()\n}\n",
    )
    .expect("write");
    if goroutinectx::format::repository_root(&m) != m {
        return; // the temporary directory is inside a repository: nothing to test here
    }
    let sarif = run_in(&m, &["-format=sarif", "./..."]);
    let log: serde_json::Value = serde_json::from_str(&sarif.stdout).expect("json");
    let result = &log["runs"][0]["results"][0];
    let physical = &result["locations"][0]["physicalLocation"];
    assert_eq!(physical["artifactLocation"]["uri"], "t.go");
    assert_eq!(physical["artifactLocation"]["uriBaseId"], "%SRCROOT%");
    // `\t/*é😀*/ ` is 1 + 2 + 2 + 4 + 2 + 1 = 12 bytes and 1 + 2 + 1 + 2 + 2 + 1 = 9 units.
    assert_eq!(physical["region"]["startColumn"], 10);
    assert_eq!(physical["region"]["startLine"], 6);
    let root_uri = log["runs"][0]["originalUriBaseIds"]["%SRCROOT%"]["uri"]
        .as_str()
        .expect("uri");
    assert!(
        root_uri.starts_with("file:///") && root_uri.ends_with('/'),
        "{root_uri}"
    );
    // The unused directive (line 7) is filed under the `directive` rule, the last one.
    let results = log["runs"][0]["results"].as_array().expect("results");
    assert_eq!(results.len(), 4);
    assert_eq!(results[1]["ruleId"], "directive");
    assert_eq!(results[1]["ruleIndex"], 7);
    assert_eq!(
        log["runs"][0]["tool"]["driver"]["rules"][7]["id"],
        "directive"
    );
    // Lines 8 and 9 are identical: one fingerprint hash, two occurrences.
    let fp = |i: usize| {
        results[i]["partialFingerprints"]["primaryLocationLineHash"]
            .as_str()
            .expect("fingerprint")
            .to_string()
    };
    let (a, b) = (fp(2), fp(3));
    assert_ne!(a, b);
    assert_eq!(a.split(':').next(), b.split(':').next());
    assert!(a.ends_with(":1") && b.ends_with(":2"), "{a} {b}");
    let github = run_in(&m, &["-format=github", "./..."]).stdout;
    assert_eq!(
        github,
        "::error file=t.go,line=6,col=13,title=goroutinectx (goroutine)::goroutine does not propagate context \"ctx\"\n\
         ::error file=t.go,line=7,col=2,title=goroutinectx (directive)::unused goroutinectx:ignore directive for checker(s): errgroup\n\
         ::error file=t.go,line=8,col=2,title=goroutinectx (goroutine)::goroutine does not propagate context \"ctx\"\n\
         ::error file=t.go,line=9,col=2,title=goroutinectx (goroutine)::goroutine does not propagate context \"ctx\"\n"
    );
    let rdjsonl = run_in(&m, &["-format=rdjsonl", "./..."]).stdout;
    let first = rdjsonl.lines().next().expect("a line");
    let line: serde_json::Value = serde_json::from_str(first).expect("json");
    assert_eq!(line["location"]["path"], "t.go");
    assert_eq!(line["location"]["range"]["start"]["column"], 13);
    assert_eq!(rdjsonl.lines().count(), 4);
    let gitlab = run_in(&m, &["-format=gitlab", "./..."]).stdout;
    let issues: serde_json::Value = serde_json::from_str(&gitlab).expect("json");
    let fingerprints: std::collections::BTreeSet<&str> = issues
        .as_array()
        .expect("issues")
        .iter()
        .map(|i| i["fingerprint"].as_str().expect("fingerprint"))
        .collect();
    assert_eq!(fingerprints.len(), 4, "unique per finding");
    assert_eq!(issues[1]["check_name"], "directive");
}

#[test]
fn relative_paths_from_a_parent_directory() {
    let parent = module().parent().expect("parent").to_path_buf();
    insta::assert_snapshot!(render(&run_in(&parent, &["./app/broken"])));
}

#[test]
fn usage_and_flags() {
    let help = run_in(&module(), &["-h"]);
    assert_eq!(help.code, 0);
    insta::assert_snapshot!("usage", help.stderr);
    let flags = run_in(&module(), &["-flags"]);
    assert_eq!(flags.code, 0);
    insta::assert_snapshot!("flags", flags.stdout);
}

#[test]
fn exit_codes() {
    let m = module();
    assert_eq!(run_in(&m, &[]).code, 1, "no patterns");
    assert_eq!(run_in(&m, &["-nosuchflag", "."]).code, 2);
    assert_eq!(run_in(&m, &["-goroutine=maybe", "."]).code, 2);
    assert_eq!(run_in(&m, &["./clean"]).code, 0);
    assert_eq!(run_in(&m, &["./server"]).code, 3);
    assert_eq!(run_in(&m, &["-json", "./server"]).code, 0);
    assert_eq!(
        run_in(&m, &["-goroutine=false", "-waitgroup=false", "./server"]).code,
        0
    );
    let errgroup = run_in(&m, &["./errgroup"]);
    assert_eq!(errgroup.code, 3);
    assert!(
        errgroup
            .stderr
            .contains("errgroup.go:13:5: errgroup.Group.Go() closure should use context \"ctx\""),
        "{}",
        errgroup.stderr
    );
    assert_eq!(run_in(&m, &["-errgroup=false", "./errgroup"]).code, 0);
    let spawner = run_in(&m, &["./spawner"]);
    assert_eq!(spawner.code, 3);
    assert!(
        spawner
            .stderr
            .contains("runAll() func argument should use context \"ctx\""),
        "{}",
        spawner.stderr
    );
    assert_eq!(run_in(&m, &["-spawner=false", "./spawner"]).code, 0);
    let missing = run_in(&m, &["./nope"]);
    assert_eq!(missing.code, 1);
    assert!(
        missing.stderr.contains("does not exist"),
        "{}",
        missing.stderr
    );
    let unmatched = run_in(&m, &["example.com/app/nothing/..."]);
    assert_eq!(unmatched.code, 1, "{}", unmatched.stderr);
    let version = run_in(&m, &["-V=full"]);
    assert_eq!(version.code, 0);
    assert!(
        version
            .stdout
            .contains(&format!("version {} commit=", env!("CARGO_PKG_VERSION"))),
        "{}",
        version.stdout
    );
    assert!(version.stdout.contains(" buildID="), "{}", version.stdout);
    assert_eq!(run_in(&m, &["--version"]).stdout, version.stdout);
    // Flags accepted for upstream's command lines but not implemented say so.
    let profiled = run_in(&m, &["-cpuprofile=/nonexistent/x", "./nope"]);
    assert!(
        profiled
            .stderr
            .starts_with("goroutinectx: warning: -cpuprofile is accepted for compatibility and does nothing here\n"),
        "{}",
        profiled.stderr
    );
}

/// `-h` in every Go spelling exits 0 with the grouped help; a checker flag says what it checks.
#[test]
fn help_spellings_and_sections() {
    let m = module();
    let help = run_in(&m, &["-h"]);
    for spelling in ["-help", "--help", "--h", "-h=1", "-help=nonsense"] {
        let o = run_in(&m, &[spelling, "-nosuchflag"]);
        assert_eq!(o, help, "{spelling}");
    }
    for heading in [
        "Checkers (",
        "What the checkers accept:",
        "Output:",
        "Other:",
    ] {
        assert!(help.stderr.contains(heading), "{heading}");
    }
    assert!(help
        .stderr
        .contains("--spawnerlabel[=<bool>]  check that functions passing func arguments"));
}

/// `-completion=SHELL` prints clap_complete's script for that shell on stdout, exit 0; an
/// unknown shell is a usage error naming the flag.
#[test]
fn completion_scripts() {
    let m = module();
    for (shell, marker) in [
        ("bash", "complete -F"),
        ("zsh", "#compdef goroutinectx"),
        ("fish", "complete -c goroutinectx"),
        ("powershell", "Register-ArgumentCompleter"),
        ("elvish", "edit:completion:arg-completer"),
    ] {
        let o = run_in(&m, &[&format!("-completion={shell}")]);
        assert_eq!((o.code, o.stderr.as_str()), (0, ""), "{shell}");
        assert!(o.stdout.contains(marker), "{shell}: {}", o.stdout);
        assert!(o.stdout.contains("goroutine-deriver"), "{shell}");
    }
    let bad = run_in(&m, &["-completion=tcsh"]);
    assert_eq!(bad.code, 2);
    assert!(
        bad.stderr
            .starts_with("invalid value \"tcsh\" for flag -completion: must be one of bash,"),
        "{}",
        bad.stderr
    );
}

/// Every Go spelling of a flag and its value reaches the run: `-name value` for non-booleans
/// (even a value starting with `-`), `--name=value`, booleans with `=`, the last repetition.
#[test]
fn go_flag_spellings_reach_the_run() {
    let m = module();
    let quiet = run_in(
        &m,
        &[
            "--goroutine=0",
            "-waitgroup=F",
            "-c",
            "-2",
            "-c=-1",
            "./server",
        ],
    );
    assert_eq!(quiet.code, 0, "{quiet:?}");
    // A boolean never takes the next argument: `false` is a pattern.
    let o = run_in(&m, &["-goroutine", "false"]);
    assert_eq!(o.code, 1, "{o:?}");
    assert!(o.stderr.contains("false"), "{}", o.stderr);
    // Flags end at the first pattern.
    let o = run_in(&m, &["./server", "-goroutine=false"]);
    assert_eq!(o.code, 1, "{o:?}");
}

#[test]
fn unknown_flag_message() {
    let o = run_in(&module(), &["-nosuchflag", "."]);
    assert!(o
        .stderr
        .starts_with("flag provided but not defined: -nosuchflag\n"));
}

/// `-test=false` drops `_test.go` files (and external test packages) from the analysis.
#[test]
fn test_flag_controls_test_files() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let m = tmp.path();
    std::fs::write(m.join("go.mod"), "module example.com/t\n\ngo 1.25\n").expect("write");
    std::fs::write(m.join("t.go"), "package t\n").expect("write");
    std::fs::write(
        m.join("t_test.go"),
        "package t\n\nimport \"context\"\n\nfunc helper(ctx context.Context) {\n\tgo func() {}()\n}\n",
    )
    .expect("write");
    std::fs::write(
        m.join("x_test.go"),
        "package t_test\n\nimport \"context\"\n\nfunc helper(ctx context.Context) {\n\tgo func() {}()\n}\n",
    )
    .expect("write");
    let with_tests = run_in(m, &["./..."]);
    assert_eq!(with_tests.code, 3, "{with_tests:?}");
    assert!(with_tests
        .stderr
        .contains("t_test.go:6:2: goroutine does not propagate context \"ctx\""));
    assert!(with_tests
        .stderr
        .contains("x_test.go:6:2: goroutine does not propagate context \"ctx\""));
    let without = run_in(m, &["-test=false", "./..."]);
    assert_eq!(without.code, 0, "{without:?}");
    assert!(!without.stderr.contains("_test.go"), "{without:?}");
}

/// `-debug=u` lists a report held back only because a type is unknown (here: a value from a
/// package that cannot be found), and the run itself stays silent about it.
#[test]
fn debug_unknown_lists_held_back_reports() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let m = tmp.path();
    std::fs::write(m.join("go.mod"), "module example.com/t\n\ngo 1.25\n").expect("write");
    std::fs::write(
        m.join("t.go"),
        "package t\n\nimport (\n\t\"context\"\n\n\t\"example.com/missing/lib\"\n)\n\nfunc f(ctx context.Context) {\n\tv := lib.Make()\n\tgo func() { _ = v }()\n}\n",
    )
    .expect("write");
    let plain = run_in(m, &["./..."]);
    assert_eq!(plain.code, 0, "{plain:?}");
    assert!(!plain.stderr.contains("held back"), "{plain:?}");
    let debug = run_in(m, &["-debug=u", "./..."]);
    assert_eq!(debug.code, 0, "{debug:?}");
    assert!(
        debug.stderr.contains(
            "t.go:11:2: held back (v (declared at 10:2)): goroutine does not propagate context \"ctx\"\n"
        ),
        "{}",
        debug.stderr
    );
    assert!(debug
        .stderr
        .contains("goroutinectx: 1 places held back by unknown types\n"));
}

/// errgroup's declarations are read from a vendored copy or from the module cache when they
/// are there (here they declare a constructor the embedded stub lacks, so a report proves
/// the copy on disk was read).
#[test]
fn errgroup_from_vendor_and_module_cache() {
    const ERRGROUP: &str = "package errgroup\n\nimport \"context\"\n\ntype Group struct{}\n\nfunc NewGroup() *Group { return &Group{} }\n\nfunc WithContext(ctx context.Context) (*Group, context.Context) { return &Group{}, ctx }\n\nfunc (g *Group) Go(f func() error) {}\n";
    const USER: &str = "package v\n\nimport (\n\t\"context\"\n\n\t\"golang.org/x/sync/errgroup\"\n)\n\nfunc F(ctx context.Context) {\n\tg := errgroup.NewGroup()\n\tg.Go(func() error { return nil })\n}\n";
    const GO_MOD: &str = "module example.com/v\n\ngo 1.25\n\nrequire golang.org/x/sync v0.10.0\n";
    let write = |path: &Path, text: &str| goroutinectx_testkit::write_file(path, text);
    let want = "v.go:11:4: errgroup.Group.Go() closure should use context \"ctx\"";

    let vendored = tempfile::tempdir().expect("tempdir");
    let m = vendored.path();
    write(&m.join("go.mod"), GO_MOD);
    write(&m.join("v.go"), USER);
    write(
        &m.join("vendor/modules.txt"),
        "# golang.org/x/sync v0.10.0\n## explicit; go 1.18\ngolang.org/x/sync/errgroup\n",
    );
    write(
        &m.join("vendor/golang.org/x/sync/errgroup/errgroup.go"),
        ERRGROUP,
    );
    let o = run_in(m, &["./..."]);
    assert_eq!(o.code, 3, "{o:?}");
    assert!(o.stderr.contains(want), "{}", o.stderr);

    let cached = tempfile::tempdir().expect("tempdir");
    let m = cached.path().join("mod");
    let cache = cached.path().join("modcache");
    write(&m.join("go.mod"), GO_MOD);
    write(&m.join("v.go"), USER);
    write(
        &cache.join("golang.org/x/sync@v0.10.0/errgroup/errgroup.go"),
        ERRGROUP,
    );
    let env = goroutinectx_testkit::go_env([
        ("GOPATH", Path::new("/nonexistent-gopath")),
        ("GOMODCACHE", &cache),
    ]);
    let o = run(&["./...".to_string()], m.clone(), env);
    assert_eq!(o.code, 3, "{o:?}");
    assert!(o.stderr.contains(want), "{}", o.stderr);
}

/// `-json` when no package loads prints no document (upstream prints nothing; an empty `{}`
/// would read as a clean run), and exits 1; when some packages load (the module also has a
/// broken one), the document is there.
#[test]
fn json_prints_no_document_when_nothing_loaded() {
    let o = run_in(&module(), &["-json", "./nonexistent"]);
    assert_eq!(o.code, 1, "{o:?}");
    assert_eq!(o.stdout, "", "{o:?}");
    assert!(!o.stderr.is_empty());
    let o = run_in(&module(), &["-json", "./..."]);
    assert!(o.stdout.starts_with("{\n"), "{o:?}");
}
