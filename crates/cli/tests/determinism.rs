//! Same input, same output (DESIGN invariant 4): the whole fixture tree and a generated
//! module, run with 1, 2 and 8 threads, twice each, print byte-identical output in every
//! format.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const BIN: &str = env!("CARGO_BIN_EXE_goroutinectx");
const FORMATS: [&str; 6] = ["text", "json", "sarif", "github", "rdjsonl", "gitlab"];

fn testdata() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../testdata")
        .canonicalize()
        .expect("testdata exists")
}

fn run(dir: &Path, gopath: Option<&Path>, args: &[&str], threads: &str) -> Output {
    let mut cmd = Command::new(BIN);
    cmd.args(args)
        .current_dir(dir)
        .env("RAYON_NUM_THREADS", threads)
        .env_remove("GOFLAGS");
    if let Some(gopath) = gopath {
        cmd.env("GOPATH", gopath).env("GO111MODULE", "off");
    }
    cmd.output().expect("the binary runs")
}

/// Runs `args` in every format with 1, 2 and 8 threads, twice each, and requires identical
/// output per format; returns the text run's stderr.
fn assert_deterministic(dir: &Path, gopath: Option<&Path>, args: &[&str]) -> String {
    let mut text = String::new();
    for format in FORMATS {
        let flag = format!("-format={format}");
        let mut all: Vec<&str> = vec![&flag];
        all.extend_from_slice(args);
        let first = run(dir, gopath, &all, "1");
        for threads in ["1", "2", "8", "2", "8"] {
            let again = run(dir, gopath, &all, threads);
            assert_eq!(
                (first.status.code(), &first.stdout, &first.stderr),
                (again.status.code(), &again.stdout, &again.stderr),
                "-format={format} differs with {threads} threads"
            );
        }
        if format == "text" {
            text = String::from_utf8_lossy(&first.stderr).into_owned();
        }
    }
    text
}

#[test]
fn fixture_tree_output_is_deterministic() {
    let root = testdata();
    let text = assert_deterministic(
        &root.join("src"),
        Some(&root),
        &[
            "-goroutine-deriver=context.WithoutCancel",
            "-spawnerlabel=true",
            "./...",
        ],
    );
    assert!(text.lines().count() > 1000, "{text}");
}

#[test]
fn generated_module_output_is_deterministic() {
    let tmp = tempfile::tempdir().unwrap();
    let m = tmp.path();
    std::fs::write(m.join("go.mod"), "module example.com/gen\n\ngo 1.22\n").unwrap();
    for i in 0..120 {
        let dir = m.join(format!("p{i:03}"));
        std::fs::create_dir_all(&dir).unwrap();
        let mut src = format!("package p{i:03}\n\nimport (\n\t\"context\"\n\t\"sync\"\n)\n\n");
        for j in 0..10 {
            src.push_str(&format!(
                "func F{j}(ctx context.Context, wg *sync.WaitGroup) {{\n\tgo func() {{ _ = {j} }}()\n\twg.Go(func() {{}})\n\tgo func() {{ _ = ctx }}()\n}}\n\n"
            ));
        }
        if i % 17 == 0 {
            src.push_str("func broken() { x := }\n");
        }
        std::fs::write(dir.join("a.go"), src).unwrap();
    }
    let text = assert_deterministic(m, None, &["./..."]);
    assert!(text.contains("p000/a.go:"), "{text}");
    assert!(text.contains("syntax error"), "{text}");
}
