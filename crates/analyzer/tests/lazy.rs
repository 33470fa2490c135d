//! A plain run reads only the packages it analyses: imports are resolved (directory listings)
//! but not loaded unless a checker needs their declarations, so problems in an imported
//! package never surface in the report of an importer.

use std::fs;
use std::path::{Path, PathBuf};

use goroutinectx_analyzer::{analyze, Config, Report, RunOptions, Severity};

use goroutinectx_testkit::{fake_goroot, goroot_env, write};

/// Module `example.com/m`: `a` imports `b` and `c` (and `context`); `b` and `c` do not parse.
fn tree(root: &Path) -> (PathBuf, PathBuf) {
    let goroot = fake_goroot(root);
    let m = root.join("m");
    write(&m, "go.mod", "module example.com/m\n\ngo 1.22\n");
    write(
        &m,
        "a/a.go",
        "package a\n\nimport (\n\t\"context\"\n\n\t\"example.com/m/b\"\n\t\"example.com/m/c\"\n)\n\n\
         func F(ctx context.Context) {\n\tgo func() {\n\t\tb.Run(ctx)\n\t\tc.Run(ctx)\n\t}()\n}\n",
    );
    write(
        &m,
        "b/b.go",
        "package b\n\nimport \"context\"\n\nfunc Run(ctx context.Context) {{{ broken\n",
    );
    write(
        &m,
        "c/c.go",
        "package c\n\nimport \"context\"\n\nfunc Run(ctx context.Context ))) also broken\n",
    );
    (m, goroot)
}

fn run(m: &Path, goroot: &Path, patterns: &[&str]) -> Report {
    analyze(
        &Config::default(),
        &RunOptions {
            patterns: patterns.iter().map(|p| p.to_string()).collect(),
            cwd: m.to_path_buf(),
            env: goroot_env(goroot),
        },
    )
}

fn mentions(report: &Report, dir: &Path) -> Vec<String> {
    report
        .problems
        .iter()
        .filter(|p| {
            p.path.as_deref().is_some_and(|path| path.starts_with(dir))
                || p.message.contains(&dir.display().to_string())
                || p.message.contains(&format!(
                    "\"example.com/m/{}\"",
                    dir.file_name().unwrap().to_string_lossy()
                ))
        })
        .map(|p| format!("{p:?}"))
        .collect()
}

#[test]
fn plain_run_reads_no_imported_package() {
    let tmp = tempfile::tempdir().unwrap();
    let (m, goroot) = tree(tmp.path());
    let report = run(&m, &goroot, &["./a"]);
    assert!(
        mentions(&report, &m.join("b")).is_empty(),
        "{:?}",
        report.problems
    );
    assert!(
        mentions(&report, &m.join("c")).is_empty(),
        "{:?}",
        report.problems
    );
    assert!(report.problems.is_empty(), "{:?}", report.problems);
    assert!(!report.has_errors());
    assert_eq!(report.stats.packages, 1);
    assert_eq!(report.stats.files, 1);

    // Control: the broken packages are reported when they are targets, one syntax error per
    // file, so the absence above is meaningful.
    let report = run(&m, &goroot, &["./..."]);
    let errors: Vec<(&Path, &str)> = report
        .problems
        .iter()
        .filter(|p| p.severity == Severity::Error)
        .map(|p| (p.path.as_deref().unwrap(), p.message.as_str()))
        .collect();
    assert_eq!(errors.len(), 2, "{:?}", report.problems);
    assert_eq!(errors[0].0, m.join("b/b.go"));
    assert_eq!(errors[1].0, m.join("c/c.go"));
    assert!(errors
        .iter()
        .all(|(_, msg)| msg.starts_with("syntax error: ")));
}

#[test]
fn unreadable_import_is_not_read() {
    use std::os::unix::fs::PermissionsExt;
    let tmp = tempfile::tempdir().unwrap();
    let (m, goroot) = tree(tmp.path());
    let c_file = m.join("c/c.go");
    fs::set_permissions(&c_file, fs::Permissions::from_mode(0o000)).unwrap();
    let readable_anyway = fs::read(&c_file).is_ok(); // root ignores permissions
    let report = run(&m, &goroot, &["./a"]);
    fs::set_permissions(&c_file, fs::Permissions::from_mode(0o644)).unwrap();
    if !readable_anyway {
        // The file cannot be read, but nobody tries: no "cannot read file" problem.
        assert!(report.problems.is_empty(), "{:?}", report.problems);
    }
    assert!(
        mentions(&report, &m.join("c")).is_empty(),
        "{:?}",
        report.problems
    );
    assert!(!report.has_errors(), "{:?}", report.problems);
}
