//! Inputs the fuzz targets found crashing or hanging (see `docs/fuzzing.md`), minimised and
//! checked in under `fuzz/regressions/`. Each file is analysed as the fuzz target
//! `analyze_bytes` does: as `fuzz.go` of a package `fuzzpkg` in a GOPATH copy of the fixture
//! tree, beside the target's companion file (`fuzz/companion.go.in`, declaring
//! context-taking functions and spawners), every checker on, with and without the lexical
//! prefilter. The run must end within a time budget, without a panic, a caught "internal
//! error" or an unexpected exit status (0 clean, 1 load errors, 3 diagnostics).

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::Duration;

use goroutinectx::run;

#[path = "../../../fuzz/src/tree.rs"]
mod tree;
use tree::{copy_tree, package_name};

/// Far above what any input of the regression set needs (a hang is what it catches).
const BUDGET: Duration = Duration::from_secs(60);

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Runs the command on `fuzzpkg` in-process, on its own thread, within [`BUDGET`].
fn check(name: &str, gopath: &Path, extra: &[&str]) {
    let mut args: Vec<String> = [
        "-spawnerlabel",
        "-goroutine-deriver=github.com/example/apm.NewGoroutineContext",
        "-context-carriers=github.com/labstack/echo.Context",
        "-external-spawner=github.com/example/workers.Submit,github.com/example/workers.Pool.Go",
    ]
    .iter()
    .chain(extra)
    .map(|s| s.to_string())
    .collect();
    args.push(".".into());
    let mut env = goroutinectx_testkit::gopath_env(gopath);
    env.goroot = None;
    let cwd = gopath.join("src/fuzzpkg");
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let outcome = run(&args, cwd, env);
        let _ = tx.send(outcome);
    });
    let outcome = match rx.recv_timeout(BUDGET) {
        Ok(o) => o,
        Err(mpsc::RecvTimeoutError::Timeout) => panic!("{name} {extra:?}: no result in {BUDGET:?}"),
        Err(mpsc::RecvTimeoutError::Disconnected) => panic!("{name} {extra:?}: panicked"),
    };
    assert!(
        !outcome.stderr.contains("internal error") && !outcome.stderr.contains("panicked"),
        "{name} {extra:?}: {}",
        outcome.stderr
    );
    assert!(
        matches!(outcome.code, 0 | 1 | 3),
        "{name} {extra:?}: {outcome:#?}"
    );
}

#[test]
fn fuzz_regressions_end_cleanly() {
    let tmp = tempfile::tempdir().unwrap();
    let gopath = tmp.path().join("gopath");
    copy_tree(&repo().join("testdata/src"), &gopath.join("src"));
    let companion = fs::read_to_string(repo().join("fuzz/companion.go.in")).unwrap();
    let mut inputs: Vec<PathBuf> = fs::read_dir(repo().join("fuzz/regressions"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "go"))
        .collect();
    inputs.sort();
    assert!(
        !inputs.is_empty(),
        "fuzz/regressions/ holds the minimised inputs"
    );
    let dir = gopath.join("src/fuzzpkg");
    for input in &inputs {
        let content = fs::read(input).unwrap();
        let name = input.file_name().unwrap().to_string_lossy().to_string();
        let package = package_name(&content).unwrap_or_else(|| "fuzzpkg".into());
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        fs::write(
            dir.join("ctx.go"),
            format!("package {package}\n{companion}"),
        )
        .unwrap();
        fs::write(dir.join("fuzz.go"), &content).unwrap();
        check(&name, &gopath, &[]);
        check(&name, &gopath, &["-debug=n"]);
    }
}
