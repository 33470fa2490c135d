//! Fault isolation (DESIGN invariant 2): a panic while analysing one package is reported as
//! an error of that package, and every other package's diagnostics are still reported.

use std::fs;
use std::path::Path;

use goroutinectx_analyzer::{analyze, Config, Report, RunOptions, Severity};

use goroutinectx_testkit::{fake_goroot, goroot_env, write};

const BAD: &str =
    "package PKG\n\nimport \"context\"\n\nfunc F(ctx context.Context) {\n\tgo func() {}()\n}\n";

fn run(root: &Path, config: &Config) -> Report {
    let goroot = fake_goroot(root);
    let m = root.join("m");
    write(&m, "go.mod", "module example.com/m\n\ngo 1.22\n");
    for pkg in ["a", "b", "c"] {
        write(&m, &format!("{pkg}/{pkg}.go"), BAD.replace("PKG", pkg));
    }
    analyze(
        config,
        &RunOptions {
            patterns: vec!["./...".to_string()],
            cwd: m,
            env: goroot_env(&goroot),
        },
    )
}

fn reported_packages(report: &Report) -> Vec<String> {
    report
        .diagnostics
        .iter()
        .map(|d| d.package.clone())
        .collect()
}

#[test]
fn a_panic_in_one_package_is_reported_and_the_run_goes_on() {
    let root = std::env::temp_dir().join(format!("gctx-isolation-{}", std::process::id()));
    let _ = fs::remove_dir_all(&root);
    let clean = run(&root, &Config::default());
    assert_eq!(
        reported_packages(&clean),
        ["example.com/m/a", "example.com/m/b", "example.com/m/c"]
    );
    assert!(!clean.has_errors());

    let faulty = run(
        &root,
        &Config {
            panic_in_package: Some("example.com/m/b".to_string()),
            ..Config::default()
        },
    );
    assert_eq!(
        reported_packages(&faulty),
        ["example.com/m/a", "example.com/m/c"]
    );
    let errors: Vec<&str> = faulty
        .problems
        .iter()
        .filter(|p| p.severity == Severity::Error)
        .map(|p| p.message.as_str())
        .collect();
    assert_eq!(
        errors,
        ["internal error analysing example.com/m/b: fault injected for a test"]
    );
    let _ = fs::remove_dir_all(&root);
}
