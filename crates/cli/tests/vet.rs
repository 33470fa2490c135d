//! `go vet -vettool=goroutinectx` end to end, with a real Go toolchain (skipped when `go` is
//! not on PATH or older than go1.25): the same diagnostics as a direct run, vet's exit status,
//! a cross-package spawner, `-json` under the unit's id, flags passed through, and the facts
//! file.

use std::path::Path;
use std::process::Command;

use goroutinectx_testkit::{write, write_file};

const BIN: &str = env!("CARGO_BIN_EXE_goroutinectx");

fn go_available() -> bool {
    goroutinectx_testkit::go_minor_version().is_some_and(|m| m >= 25)
}

fn module() -> tempfile::TempDir {
    let tmp = tempfile::tempdir().expect("tempdir");
    let m = tmp.path();
    write(m, "go.mod", "module example.com/vetmod\n\ngo 1.25\n");
    write(
        m,
        "lib/lib.go",
        "package lib\n\n//goroutinectx:spawner\nfunc Run(f func()) { go f() }\n",
    );
    write(m, "app/app.go",
        "package app\n\nimport (\n\t\"context\"\n\t\"sync\"\n\n\t\"example.com/vetmod/lib\"\n)\n\n\
         func Serve(ctx context.Context, wg *sync.WaitGroup) {\n\tgo func() {\n\t\twork()\n\t}()\n\
         \twg.Go(func() { work() })\n\tlib.Run(func() { work() })\n\tlib.Run(func() { _ = ctx })\n}\n\n\
         func work() {}\n",
    );
    write(m, "clean/clean.go", "package clean\n\nfunc F() {}\n");
    tmp
}

fn go_vet(dir: &Path, args: &[&str]) -> std::process::Output {
    Command::new("go")
        .arg("vet")
        .arg(format!("-vettool={BIN}"))
        .args(args)
        .current_dir(dir)
        .env("GOFLAGS", "")
        .env("GOTOOLCHAIN", "local")
        .env("GO111MODULE", "on")
        .output()
        .expect("go vet runs")
}

fn lines(bytes: &[u8]) -> Vec<String> {
    String::from_utf8_lossy(bytes)
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
        .map(str::to_string)
        .collect()
}

#[test]
fn go_vet_matches_a_direct_run() {
    if !go_available() {
        eprintln!("skipped: no go1.25+ toolchain");
        return;
    }
    let m = module();
    let vet = go_vet(m.path(), &["./..."]);
    assert_eq!(vet.status.code(), Some(1), "{vet:?}");
    let direct = Command::new(BIN)
        .arg("./...")
        .current_dir(m.path())
        .output()
        .expect("runs");
    assert_eq!(direct.status.code(), Some(3), "{direct:?}");
    let vet_lines = lines(&vet.stderr);
    assert_eq!(vet_lines, lines(&direct.stderr));
    assert_eq!(
        vet_lines,
        [
            "app/app.go:11:2: goroutine does not propagate context \"ctx\"",
            "app/app.go:14:5: sync.WaitGroup.Go() closure should use context \"ctx\"",
            "app/app.go:15:10: Run() func argument should use context \"ctx\"",
        ]
    );
    // Flags pass through; a clean package exits 0.
    let quiet = go_vet(
        m.path(),
        &[
            "-goroutine=false",
            "-waitgroup=false",
            "-spawner=false",
            "./...",
        ],
    );
    assert_eq!(quiet.status.code(), Some(0), "{quiet:?}");
    let clean = go_vet(m.path(), &["./clean"]);
    assert_eq!(clean.status.code(), Some(0), "{clean:?}");
    // -json: the tree under the unit's id, exit 0.
    let json = go_vet(m.path(), &["-json", "./app"]);
    assert_eq!(json.status.code(), Some(0), "{json:?}");
    let text =
        String::from_utf8_lossy(&json.stderr).into_owned() + &String::from_utf8_lossy(&json.stdout);
    assert!(text.contains("\"example.com/vetmod/app\": {"), "{text}");
    assert!(
        text.contains("Run() func argument should use context"),
        "{text}"
    );
}

#[test]
fn unit_config_mode_writes_facts() {
    let m = module();
    let out = m.path().join("lib.vetx");
    let cfg = m.path().join("lib.cfg");
    // A marked method counts; a marked method of a generic type never matches (§11.11).
    write(m.path(), "lib/pool.go",
        "package lib\n\ntype Pool struct{}\n\n//goroutinectx:spawner\nfunc (p *Pool) Submit(f func()) { go f() }\n\ntype Box[T any] struct{}\n\n//goroutinectx:spawner\nfunc (b *Box[T]) Each(f func(T)) {}\n",
    );
    write_file(
        &cfg,
        format!(
            r#"{{"ID":"example.com/vetmod/lib","Dir":"{dir}","ImportPath":"example.com/vetmod/lib","GoFiles":["{dir}/lib.go","{dir}/pool.go"],"VetxOnly":true,"VetxOutput":"{out}"}}"#,
            dir = m.path().join("lib").display(),
            out = out.display()
        ),
    );
    let run = Command::new(BIN)
        .arg(&cfg)
        .current_dir(m.path())
        .output()
        .expect("runs");
    assert_eq!(run.status.code(), Some(0), "{run:?}");
    assert!(run.stderr.is_empty(), "{run:?}");
    let facts = std::fs::read_to_string(&out).expect("facts written");
    assert_eq!(
        facts,
        r#"{"goroutinectx":1,"spawners":["Pool.Submit","Run"]}"#
    );
    // A file that does not parse: an error, or silent success when the build asks for it.
    write(m.path(), "lib/bad.go", "package lib\n\nfunc (\n");
    for (succeed, code) in [(false, 1), (true, 0)] {
        write_file(
            &cfg,
            format!(
                r#"{{"ID":"x","Dir":"{dir}","ImportPath":"x","GoFiles":["{dir}/bad.go"],"SucceedOnTypecheckFailure":{succeed}}}"#,
                dir = m.path().join("lib").display(),
            ),
        );
        let run = Command::new(BIN).arg(&cfg).output().expect("runs");
        assert_eq!(run.status.code(), Some(code), "{run:?}");
    }
}

/// A dependency's facts (`PackageVetx`) make its listed functions spawners here, even when its
/// source marks nothing.
#[test]
fn dependency_facts_mark_spawners() {
    let m = module();
    let dir = m.path();
    write_file(
        &dir.join("lib/other.go"),
        "package lib\n\nfunc Other(f func()) { go f() }\n",
    );
    write_file(
        &dir.join("use/use.go"),
        "package use\n\nimport (\n\t\"context\"\n\n\t\"example.com/vetmod/lib\"\n)\n\nfunc F(ctx context.Context) {\n\tlib.Other(func() {})\n}\n",
    );
    let facts = dir.join("lib.vetx");
    write_file(&facts, r#"{"goroutinectx":1,"spawners":["Other","Run"]}"#);
    let cfg = dir.join("use.cfg");
    let unit = |vetx: &str| {
        format!(
            r#"{{"ID":"example.com/vetmod/use","Dir":"{d}","ImportPath":"example.com/vetmod/use","GoFiles":["{d}/use.go"],"PackageVetx":{vetx}}}"#,
            d = dir.join("use").display()
        )
    };
    write_file(
        &cfg,
        unit(&format!(
            r#"{{"example.com/vetmod/lib":"{}"}}"#,
            facts.display()
        )),
    );
    let with_facts = Command::new(BIN)
        .arg(&cfg)
        .current_dir(dir)
        .output()
        .expect("runs");
    assert_eq!(with_facts.status.code(), Some(1), "{with_facts:?}");
    assert!(
        String::from_utf8_lossy(&with_facts.stderr)
            .contains("use.go:10:12: Other() func argument should use context \"ctx\""),
        "{with_facts:?}"
    );
    // With -cross-package-spawners=false the facts are not used (upstream's scope).
    let off = Command::new(BIN)
        .arg("-cross-package-spawners=false")
        .arg(&cfg)
        .current_dir(dir)
        .output()
        .expect("runs");
    assert_eq!(off.status.code(), Some(0), "{off:?}");
    write_file(&cfg, unit("{}"));
    let without = Command::new(BIN)
        .arg(&cfg)
        .current_dir(dir)
        .output()
        .expect("runs");
    assert_eq!(without.status.code(), Some(0), "{without:?}");
}

/// Formats that are one document per run cannot be assembled from vet's per-package runs:
/// they are refused with a clear message, while `-json` and text work.
#[test]
fn whole_run_formats_are_refused_under_vet() {
    let m = module();
    let dir = m.path();
    write_file(
        &dir.join("one/one.go"),
        "package one\n\nimport \"context\"\n\nfunc F(ctx context.Context) {\n\tgo func() {}()\n}\n",
    );
    let cfg = dir.join("one.cfg");
    write_file(
        &cfg,
        format!(
            r#"{{"ID":"example.com/vetmod/one","Dir":"{d}","ImportPath":"example.com/vetmod/one","GoFiles":["{d}/one.go"]}}"#,
            d = dir.join("one").display()
        ),
    );
    for format in ["sarif", "github", "rdjsonl", "gitlab"] {
        let run = Command::new(BIN)
            .arg(format!("-format={format}"))
            .arg(&cfg)
            .current_dir(dir)
            .output()
            .expect("runs");
        assert_eq!(run.status.code(), Some(2), "{run:?}");
        assert!(
            String::from_utf8_lossy(&run.stderr).contains("is not available under go vet"),
            "{run:?}"
        );
    }
    let text = Command::new(BIN)
        .arg(&cfg)
        .current_dir(dir)
        .output()
        .expect("runs");
    assert_eq!(text.status.code(), Some(1), "{text:?}");
}
