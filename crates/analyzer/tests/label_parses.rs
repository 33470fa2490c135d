//! spawnerlabel parses only the files that may make a spawn call: a file whose calls of
//! spawning-API names are in comments, are declarations' names, call another package's
//! function (`text.Map`) or a function of this package that is no factory is not parsed
//! (issue 10: the label run's cost), while a bare call of a factory of another file still
//! selects its file.

use std::path::Path;

use goroutinectx_analyzer::registry::CheckerId;
use goroutinectx_analyzer::{analyze, Config, Report, RunOptions};

use goroutinectx_testkit::{fake_goroot, goroot_env, write};

fn run(m: &Path, goroot: &Path) -> Report {
    let mut config = Config::default();
    config.checks.set(CheckerId::SpawnerLabel, true);
    analyze(&config, &RunOptions::all_in(m, goroot_env(goroot)))
}

#[test]
fn only_files_that_may_spawn_are_parsed() {
    let root = tempfile::tempdir().unwrap();
    let goroot = fake_goroot(root.path());
    let m = root.path().join("m");
    write(&m, "go.mod", "module example.com/m\n\ngo 1.22\n");
    // Not parsed: a comment, a declaration's name, another package's function, and a
    // function of this package that returns no literal.
    write(
        &m,
        "p/a.go",
        "package p\n\nimport \"example.com/m/text\"\n\n// g.Go(f) is not a call here.\n\
         func Map(f func(rune) rune, s string) string { return text.Map(f, s) }\n\n\
         func use(s string) string { return Map(up, s) }\n\n\
         func up(r rune) rune { return r }\n",
    );
    write(
        &m,
        "text/text.go",
        "package text\n\nfunc Map(f func(rune) rune, s string) string { return s }\n",
    );
    // Parsed: a method call whose receiver only the model knows.
    write(
        &m,
        "p/b.go",
        "package p\n\nfunc b(x interface{ Go(func()) }) { x.Go(nil) }\n",
    );
    // Parsed: the factory, and the file calling it by a spawning API's name.
    write(
        &m,
        "p/d.go",
        "package p\n\nimport \"golang.org/x/sync/errgroup\"\n\n\
         func Go(g *errgroup.Group) func() { return func() { g.Go(work) } }\n\n\
         func work() error { return nil }\n",
    );
    write(
        &m,
        "p/e.go",
        "package p\n\nimport \"golang.org/x/sync/errgroup\"\n\n\
         func e(g *errgroup.Group) { Go(g)() }\n",
    );
    let report = run(&m, &goroot);
    let messages: Vec<String> = report
        .diagnostics
        .iter()
        .map(|d| {
            format!(
                "{}: {}",
                d.path.file_name().unwrap().to_string_lossy(),
                d.message
            )
        })
        .collect();
    assert_eq!(
        messages,
        [
            "d.go: function \"Go\" should have //goroutinectx:spawner directive (calls errgroup.Group.Go with func argument)",
            "e.go: function \"e\" should have //goroutinectx:spawner directive (calls errgroup.Group.Go with func argument)",
        ]
    );
    assert!(report.problems.is_empty(), "{:?}", report.problems);
    // b.go, d.go and e.go; not a.go.
    assert_eq!(report.stats.parsed_files, 3);
}
