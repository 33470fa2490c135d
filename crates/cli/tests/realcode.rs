//! Real code: `goroutinectx std` and `goroutinectx cmd` give exactly the reference
//! implementation's diagnostics on the installed Go release (when `tests/realcode/` has the
//! expected output for it; skipped otherwise), and a containers/buildah checkout gives exactly
//! the reference output recorded beside it: `$GOROUTINECTX_CORPUS` names a directory holding
//! `buildah/` (commit 5b1b18eeb, with `vendor/`) and `buildah.default.txt` (skipped when unset).

use std::path::{Path, PathBuf};

use goroutinectx::run;

/// The differential corpus directory (`$GOROUTINECTX_CORPUS`), when set.
fn corpus() -> Option<PathBuf> {
    std::env::var_os("GOROUTINECTX_CORPUS").map(PathBuf::from)
}
use goroutinectx_scanner::GoEnv;

fn expected_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/realcode")
}

/// The diagnostics lines of a run (problems and statistics left out).
fn diagnostics(stderr: &str) -> Vec<String> {
    stderr
        .lines()
        .filter(|l| !l.starts_with("goroutinectx:") && l.contains(": "))
        .map(str::to_string)
        .collect()
}

fn check_goroot_pattern(pattern: &str) {
    let env = GoEnv::from_process();
    let Some(src) = env.goroot_src() else {
        eprintln!("skipped: no GOROOT");
        return;
    };
    let version = std::fs::read_to_string(src.join("../VERSION")).unwrap_or_default();
    let version = version.lines().next().unwrap_or("").trim().to_string();
    let expected = expected_dir().join(format!("{version}-{pattern}.txt"));
    let Ok(want) = std::fs::read_to_string(&expected) else {
        eprintln!("skipped: no expected output for {version}");
        return;
    };
    let outcome = run(&[pattern.to_string()], src.clone(), env);
    assert_eq!(
        diagnostics(&outcome.stderr),
        want.lines().map(str::to_string).collect::<Vec<_>>(),
        "goroutinectx {pattern} on {version}:\n{}",
        outcome.stderr
    );
}

#[test]
fn std_gives_the_reference_diagnostics() {
    check_goroot_pattern("std");
}

#[test]
fn cmd_gives_the_reference_diagnostics() {
    check_goroot_pattern("cmd");
}

#[test]
fn buildah_gives_the_reference_diagnostics() {
    let Some(corpus) = corpus() else {
        eprintln!("skipped: GOROUTINECTX_CORPUS is not set");
        return;
    };
    let Ok(want) = std::fs::read_to_string(corpus.join("buildah.default.txt")) else {
        eprintln!("skipped: no corpus");
        return;
    };
    let dir = corpus.join("buildah").canonicalize().expect("corpus dir");
    let args: Vec<String> = [
        "-tags=grpcnotrace,libsqlite3,exclude_graphdriver_btrfs,containers_image_openpgp,http2legacy",
        "./...",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    let outcome = run(&args, dir, GoEnv::from_process());
    assert_eq!(
        diagnostics(&outcome.stderr),
        want.lines().map(str::to_string).collect::<Vec<_>>(),
        "{}",
        outcome.stderr
    );
}

/// The lexical "can this file report?" test is exact on real code: std and cmd with every
/// checker on (deriver and spawnerlabel included), and buildah with the deriver, print the
/// same with `-debug=n` (every file that could declare a context scope analysed).
#[test]
fn prefilter_is_exact_on_real_code() {
    let env = GoEnv::from_process();
    let mut runs: Vec<(PathBuf, Vec<&str>)> = Vec::new();
    if let Some(src) = env.goroot_src() {
        runs.push((
            src,
            vec![
                "-spawnerlabel=true",
                "-goroutine-deriver=context.WithoutCancel",
                "std",
                "cmd",
            ],
        ));
    }
    if let Some(dir) = corpus().and_then(|c| c.join("buildah").canonicalize().ok()) {
        runs.push((
            dir,
            vec![
                "-tags=grpcnotrace,libsqlite3,exclude_graphdriver_btrfs,containers_image_openpgp,http2legacy",
                "-goroutine-deriver=context.WithoutCancel",
                "./...",
            ],
        ));
    }
    for (dir, args) in runs {
        let args: Vec<String> = args.iter().map(|s| s.to_string()).collect();
        let filtered = run(&args, dir.clone(), env.clone());
        let mut all_args = vec!["-debug=n".to_string()];
        all_args.extend(args.iter().cloned());
        let all = run(&all_args, dir.clone(), env.clone());
        assert_eq!(filtered, all, "{} {args:?}", dir.display());
        assert!(!diagnostics(&filtered.stderr).is_empty());
    }
}
