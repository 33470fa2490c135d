//! End-to-end tests of the command: exit codes, output shapes and usage, as snapshots.

use std::collections::BTreeMap;
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
    let vars: BTreeMap<&str, &str> = [("GOPATH", "/nonexistent-gopath")].into();
    GoEnv::from_vars(|k| vars.get(k).map(|v| v.to_string()))
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
    assert!(version.stdout.contains("version devel"));
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
    let write = |path: &Path, text: &str| {
        std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        std::fs::write(path, text).expect("write");
    };
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
    let vars: BTreeMap<&str, String> = [
        ("GOPATH", "/nonexistent-gopath".to_string()),
        ("GOMODCACHE", cache.to_string_lossy().into_owned()),
    ]
    .into();
    let env = GoEnv::from_vars(|k| vars.get(k).cloned());
    let o = run(&["./...".to_string()], m.clone(), env);
    assert_eq!(o.code, 3, "{o:?}");
    assert!(o.stderr.contains(want), "{}", o.stderr);
}
