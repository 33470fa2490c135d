//! Hostile and degenerate inputs, run through the whole command: in-process with
//! `goroutinectx::run`, and as the built binary. Every case must end without a panic, with a
//! clear message and the documented exit status (SPEC §8: 0 clean, 1 load errors / no
//! patterns / nothing matched, 2 bad flag).

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Arc;

use goroutinectx::{flags, run, Outcome};
use goroutinectx_scanner::index::PackageIndex;
use goroutinectx_scanner::{GoEnv, SourceFile};
use goroutinectx_testkit::{fake_goroot, go_env, write};

const BIN: &str = env!("CARGO_BIN_EXE_goroutinectx");
const SMALL_STACK: usize = 256 * 1024;
const DEPTH: usize = 100_000;

/// A temp tree: a module `example.com/r` in `root/m`, and a fake GOROOT beside it.
struct Tree {
    _tmp: tempfile::TempDir,
    m: PathBuf,
    goroot: PathBuf,
}

impl Tree {
    fn new() -> Tree {
        let tmp = tempfile::tempdir().unwrap();
        let goroot = fake_goroot(tmp.path());
        let m = tmp.path().join("m");
        write(&m, "go.mod", "module example.com/r\n\ngo 1.22\n");
        Tree {
            _tmp: tmp,
            m,
            goroot,
        }
    }

    fn env(&self) -> GoEnv {
        let gopath = self.m.parent().unwrap().join("gopath");
        go_env([("GOROOT", &self.goroot), ("GOPATH", &gopath)])
    }

    fn write(&self, rel: &str, content: impl AsRef<[u8]>) {
        write(&self.m, rel, content);
    }

    /// Runs the command in-process in the module root.
    fn run(&self, args: &[&str]) -> Outcome {
        let args: Vec<String> = args.iter().map(|a| a.to_string()).collect();
        run(&args, self.m.clone(), self.env())
    }

    /// Runs the command in-process on a thread with a small stack.
    fn run_small_stack(&self, args: &[&str]) -> Outcome {
        let args: Vec<String> = args.iter().map(|a| a.to_string()).collect();
        let (cwd, env) = (self.m.clone(), self.env());
        std::thread::Builder::new()
            .stack_size(SMALL_STACK)
            .spawn(move || run(&args, cwd, env))
            .unwrap()
            .join()
            .expect("no panic, no stack overflow")
    }

    /// Runs the built binary in the module root with a clean environment plus `extra`.
    fn bin(&self, args: &[&str], extra: &[(&str, &str)]) -> Outcome {
        let mut cmd = Command::new(BIN);
        cmd.args(args)
            .current_dir(&self.m)
            .env_clear()
            .env("GOROOT", &self.goroot)
            .env("GOPATH", self.m.parent().unwrap().join("gopath"))
            .env("HOME", self.m.parent().unwrap());
        for (k, v) in extra {
            cmd.env(k, v);
        }
        let out = cmd.output().unwrap();
        let outcome = Outcome {
            code: out.status.code().expect("exited, not killed by a signal"),
            stdout: String::from_utf8(out.stdout).unwrap(),
            stderr: String::from_utf8(out.stderr).unwrap(),
        };
        assert!(
            !outcome.stderr.contains("panicked") && !outcome.stderr.contains("internal error"),
            "{}",
            outcome.stderr
        );
        outcome
    }
}

fn assert_outcome(o: &Outcome, code: i32, stderr: &str) {
    assert_eq!(
        (o.code, o.stderr.as_str(), o.stdout.as_str()),
        (code, stderr, ""),
        "full outcome: {o:#?}"
    );
}

/// Deterministic pseudo-random bytes (xorshift), with NULs sprinkled in.
fn random_bytes(n: usize, mut seed: u64) -> Vec<u8> {
    let mut out = Vec::with_capacity(n);
    for i in 0..n {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        out.push(if i % 97 == 5 { 0 } else { (seed >> 24) as u8 });
    }
    out
}

fn deep_parens() -> String {
    format!(
        "package deep\n\nimport \"context\"\n\nfunc F(ctx context.Context) int {{\n\tgo func() {{ _ = ctx; _ = {}1{} }}()\n\treturn 1\n}}\n",
        "(".repeat(DEPTH),
        ")".repeat(DEPTH)
    )
}

fn deep_blocks() -> String {
    format!(
        "package deep\n\nimport \"context\"\n\nfunc G(ctx context.Context) {{\n{}go func() {{ _ = ctx }}(){}\n}}\n",
        "{".repeat(DEPTH),
        "}".repeat(DEPTH)
    )
}

/// About `bytes` of valid Go: many small functions with goroutines and contexts.
fn big_source(bytes: usize) -> String {
    let mut s = String::with_capacity(bytes + 4096);
    s.push_str("package big\n\nimport (\n\t\"context\"\n\t\"fmt\"\n)\n\n");
    let mut i = 0;
    while s.len() < bytes {
        s.push_str(&format!(
            "// F{i} does things.\nfunc F{i}(ctx context.Context, n int) error {{\n\
             \tfor j := 0; j < n; j++ {{\n\t\tgo func(k int) {{\n\t\t\t_ = ctx\n\
             \t\t\tfmt.Println(k, \"x{i}\")\n\t\t}}(j)\n\t}}\n\treturn nil\n}}\n\n"
        ));
        i += 1;
    }
    s
}

// ---------------------------------------------------------------------------------------------
// Deep nesting: nothing may recurse on it.
// ---------------------------------------------------------------------------------------------

#[test]
fn deep_nesting_on_a_small_stack() {
    let t = Tree::new();
    t.write("parens/p.go", deep_parens());
    t.write("blocks/b.go", deep_blocks());

    // The scanner's own work (parse, index) on the small-stack thread itself.
    let files: Vec<(String, Vec<u8>)> = vec![
        ("p.go".into(), deep_parens().into_bytes()),
        ("b.go".into(), deep_blocks().into_bytes()),
    ];
    std::thread::Builder::new()
        .stack_size(SMALL_STACK)
        .spawn(move || {
            for (name, src) in files {
                let f = Arc::new(SourceFile::new(PathBuf::from(&name), src));
                assert_eq!(f.package_name(), Some("deep"));
                let ix = PackageIndex::build("deep", [&f]);
                assert!(ix.funcs.contains_key("F") || ix.funcs.contains_key("G"));
                assert!(f.is_parsed());
            }
        })
        .unwrap()
        .join()
        .expect("parsing and indexing deep nesting on a 256 KiB stack");

    // The whole command from a small-stack thread.
    for dir in ["./parens", "./blocks"] {
        let o = t.run_small_stack(&[dir]);
        assert_outcome(&o, 0, "");
    }
    // The binary with every thread's stack at 256 KiB (rayon workers included).
    for threads in ["1", "2"] {
        let o = t.bin(
            &["./..."],
            &[("RUST_MIN_STACK", "262144"), ("RAYON_NUM_THREADS", threads)],
        );
        assert_outcome(&o, 0, "");
    }
}

// ---------------------------------------------------------------------------------------------
// Bad bytes and bad syntax
// ---------------------------------------------------------------------------------------------

#[test]
fn binary_file_named_go() {
    let t = Tree::new();
    let bytes = random_bytes(64 * 1024, 0x9E37_79B9_7F4A_7C15);
    assert!(bytes.contains(&0));
    t.write("bin/a.go", "package bin\n\nfunc A() {}\n");
    t.write("bin/x.go", &bytes);
    let o = t.run(&["./bin"]);
    // The first problem in the file is what is reported, once.
    let f = SourceFile::new(PathBuf::from("x.go"), bytes.clone());
    let (offset, message) = match std::str::from_utf8(&bytes) {
        Err(e) => (e.valid_up_to(), "illegal UTF-8 encoding"),
        Ok(_) => (
            bytes.iter().position(|&b| b == 0).unwrap(),
            "illegal character NUL",
        ),
    };
    let pos = f.position(offset);
    assert_outcome(
        &o,
        1,
        &format!("bin/x.go:{}:{}: {message}\n", pos.line, pos.column),
    );

    // A binary file alone in a directory.
    t.write("binonly/x.go", &bytes);
    let o = t.run(&["./binonly"]);
    assert_eq!(o.code, 1, "{o:#?}");
    assert_eq!(o.stderr.lines().count(), 1, "{o:#?}");
    assert!(o.stderr.starts_with("binonly/x.go:"), "{o:#?}");
}

#[test]
fn invalid_utf8_in_a_comment() {
    let t = Tree::new();
    t.write(
        "u/bad.go",
        b"package u\n\n// caf\xe9 au lait\nfunc Bad() {}\n",
    );
    t.write("u/good.go", "package u\n\nfunc Good() {}\n");
    t.write(
        "u/worse.go",
        "package u\n\nimport \"context\"\n\nfunc Worse(ctx context.Context {\n",
    );
    let o = t.run(&["./u"]);
    assert_eq!(o.code, 1, "{o:#?}");
    let lines: Vec<&str> = o.stderr.lines().collect();
    assert_eq!(lines.len(), 2, "{o:#?}");
    assert_eq!(lines[0], "u/bad.go:3:7: illegal UTF-8 encoding");
    // The rest of the package is still loaded and analysed.
    assert!(lines[1].starts_with("u/worse.go:5:"), "{o:#?}");
    assert!(lines[1].contains(": syntax error: "), "{o:#?}");
    let listed = t.run(&["-list-files", "./u"]);
    let names: Vec<&str> = listed.stdout.lines().collect();
    assert_eq!(
        names,
        [
            t.m.join("u/bad.go").to_str().unwrap(),
            t.m.join("u/good.go").to_str().unwrap(),
            t.m.join("u/worse.go").to_str().unwrap(),
        ]
    );
}

#[test]
fn syntax_error_reported_once_per_file() {
    let t = Tree::new();
    t.write(
        "s/s.go",
        "package s\n\nimport \"context\"\n\nfunc A(ctx context.Context) {\n\tx := \n}\n\nfunc B() {\n\ty := ]\n}\n\nfunc C( {\n",
    );
    t.write("s/ok.go", "package s\n\nfunc OK() {}\n");
    let o = t.run(&["./s"]);
    assert_eq!(o.code, 1, "{o:#?}");
    let lines: Vec<&str> = o.stderr.lines().collect();
    assert_eq!(lines.len(), 1, "{o:#?}");
    let rest = lines[0].strip_prefix("s/s.go:").unwrap();
    let (line, rest) = rest.split_once(':').unwrap();
    let (col, message) = rest.split_once(": ").unwrap();
    // The first of the three errors, on line 6; the others are not reported.
    assert_eq!(line, "6", "{o:#?}");
    assert!(col.parse::<u32>().unwrap() >= 1, "{o:#?}");
    assert!(message.starts_with("syntax error: "), "{o:#?}");
    // Text mode and JSON mode agree on the exit status; JSON keeps stdout a valid document.
    let j = t.run(&["-json", "./s"]);
    assert_eq!((j.code, j.stdout.as_str()), (1, "{}\n"), "{j:#?}");
    assert_eq!(j.stderr, o.stderr);
}

// ---------------------------------------------------------------------------------------------
// File system oddities
// ---------------------------------------------------------------------------------------------

#[test]
fn symlink_loop_is_not_followed() {
    let t = Tree::new();
    t.write("a/a.go", "package a\n");
    t.write("a/b/b.go", "package b\n");
    std::os::unix::fs::symlink("..", t.m.join("a/loop")).unwrap();
    std::os::unix::fs::symlink(".", t.m.join("a/b/self")).unwrap();
    std::os::unix::fs::symlink(t.m.join("a"), t.m.join("alias")).unwrap();
    let o = t.run(&["./..."]);
    assert_outcome(&o, 0, "");
    let listed = t.run(&["-list-files", "./..."]);
    assert_eq!(
        listed.stdout,
        format!(
            "{}\n{}\n",
            t.m.join("a/a.go").display(),
            t.m.join("a/b/b.go").display()
        )
    );
}

/// Whether permissions are enforced for this process (they are not for root).
fn permissions_enforced(dir: &Path) -> bool {
    fs::read_dir(dir).is_err()
}

#[test]
fn unreadable_directory_under_dot_dot_dot() {
    use std::os::unix::fs::PermissionsExt;
    let t = Tree::new();
    t.write("ok/ok.go", "package ok\n");
    t.write("locked/l.go", "package locked\n");
    let locked = t.m.join("locked");
    fs::set_permissions(&locked, fs::Permissions::from_mode(0o000)).unwrap();
    let enforced = permissions_enforced(&locked);
    let o = t.run(&["./..."]);
    let b = t.bin(&["./..."], &[]);
    fs::set_permissions(&locked, fs::Permissions::from_mode(0o755)).unwrap();
    assert_eq!(o, b, "binary and in-process agree");
    if enforced {
        assert_outcome(&o, 1, "locked: cannot read directory: permission denied\n");
    } else {
        // Running as root: the directory is readable after all. No panic, a clean run.
        assert_outcome(&o, 0, "");
    }
}

// ---------------------------------------------------------------------------------------------
// Degenerate packages and command lines
// ---------------------------------------------------------------------------------------------

#[test]
fn empty_package_is_clean() {
    let t = Tree::new();
    t.write("e/e.go", "package e");
    assert_outcome(&t.run(&["./e"]), 0, "");
    assert_outcome(&t.run(&["./..."]), 0, "");
    let j = t.run(&["-json", "./e"]);
    assert_eq!(
        (j.code, j.stdout.as_str(), j.stderr.as_str()),
        (0, "{}\n", "")
    );
}

#[test]
fn two_package_names_in_one_directory() {
    let t = Tree::new();
    t.write("two/a.go", "package a\n");
    t.write("two/b.go", "package b\n");
    let dir = t.m.join("two");
    let o = t.run(&["./two"]);
    assert_outcome(
        &o,
        1,
        &format!(
            "two: found packages a (a.go) and b (b.go) in {}\n",
            dir.display()
        ),
    );
    assert_eq!(t.bin(&["./two"], &[]), o);
}

#[test]
fn patterns_matching_nothing() {
    let t = Tree::new();
    fs::create_dir_all(t.m.join("empty/sub")).unwrap();
    t.write("empty/sub/notes.txt", "no go here\n");
    t.write("ign/i.go", "//go:build ignore\n\npackage main\n");
    assert_outcome(
        &t.run(&["./empty/..."]),
        1,
        "goroutinectx: pattern ./empty/...: matched no packages\n",
    );
    assert_outcome(
        &t.run(&["./ign"]),
        1,
        &format!(
            "goroutinectx: ./ign: no Go files for this build configuration in {}\n",
            t.m.join("ign").display()
        ),
    );
    assert_outcome(
        &t.run(&["example.com/r/nothing/..."]),
        1,
        "goroutinectx: pattern example.com/r/nothing/...: matched no packages\n",
    );
    // When another pattern matches, matching nothing is only a warning.
    t.write("ok/ok.go", "package ok\n");
    assert_outcome(
        &t.run(&["./empty/...", "./ok"]),
        0,
        "goroutinectx: warning: pattern ./empty/...: matched no packages\n",
    );
}

#[test]
fn missing_directory_is_named() {
    let t = Tree::new();
    let o = t.run(&["./does/not/exist"]);
    assert_outcome(
        &o,
        1,
        &format!(
            "goroutinectx: pattern ./does/not/exist: directory {} does not exist\n",
            t.m.join("does/not/exist").display()
        ),
    );
    assert_eq!(t.bin(&["./does/not/exist"], &[]), o);
    let o = t.run(&["./does/..."]);
    assert_outcome(
        &o,
        1,
        &format!(
            "goroutinectx: pattern ./does/...: directory {} does not exist\n",
            t.m.join("does").display()
        ),
    );
}

#[test]
fn no_patterns_prints_usage() {
    let t = Tree::new();
    let usage = flags::usage();
    assert_outcome(&t.run(&[]), 1, &usage);
    assert_outcome(&t.run(&["-goroutine=false"]), 1, &usage);
    assert_outcome(&t.bin(&[], &[]), 1, &usage);
}

#[test]
fn unknown_flag_exits_2() {
    let t = Tree::new();
    let usage = flags::usage();
    let want = format!("flag provided but not defined: -no-such-flag\n{usage}");
    assert_outcome(&t.run(&["-no-such-flag", "."]), 2, &want);
    assert_outcome(&t.bin(&["-no-such-flag", "."], &[]), 2, &want);
}

// ---------------------------------------------------------------------------------------------
// A 20 MB file, and determinism over a tree mixing everything above
// ---------------------------------------------------------------------------------------------

#[test]
fn twenty_megabyte_file() {
    let t = Tree::new();
    let big = big_source(20 * 1024 * 1024);
    assert!(big.len() >= 20 * 1024 * 1024);
    t.write("big/big.go", &big);
    drop(big);
    // Valid code: a clean run, no panic.
    assert_outcome(&t.run(&["./big"]), 0, "");
}

#[test]
fn output_is_identical_across_thread_counts() {
    let t = Tree::new();
    // Everything above at once (with a 1 MB file standing in for the 20 MB one).
    t.write("big/big.go", big_source(1024 * 1024));
    t.write("parens/p.go", deep_parens());
    t.write("blocks/b.go", deep_blocks());
    t.write("bin/a.go", "package bin\n");
    t.write("bin/x.go", random_bytes(16 * 1024, 42));
    t.write("u/bad.go", b"package u\n\n// caf\xe9\nfunc Bad() {}\n");
    t.write("u/good.go", "package u\n");
    t.write(
        "s/s.go",
        "package s\n\nimport \"context\"\n\nfunc A(ctx context.Context) {\n\tx := \n}\n",
    );
    t.write("e/e.go", "package e");
    t.write("two/a.go", "package a\n");
    t.write("two/b.go", "package b\n");
    t.write("ign/i.go", "//go:build ignore\n\npackage main\n");
    t.write(
        "imports/i.go",
        "package imports\n\nimport \"example.com/missing/dep\"\n",
    );
    t.write("a/a.go", "package a\n");
    std::os::unix::fs::symlink("..", t.m.join("a/loop")).unwrap();
    for i in 0..40 {
        t.write(
            &format!("many/p{i:02}/f.go"),
            format!("package p{i:02}\n\nimport \"context\"\n\nfunc F(ctx context.Context {{\n"),
        );
    }
    fs::create_dir_all(t.m.join("empty-pattern")).unwrap();
    let args = ["./...", "./does-not-exist", "./empty-pattern/..."];
    let one = t.bin(&args, &[("RAYON_NUM_THREADS", "1")]);
    let two = t.bin(&args, &[("RAYON_NUM_THREADS", "2")]);
    assert_eq!(one.code, 1, "{one:#?}");
    for want in [
        "bin/x.go:",
        "u/bad.go:3:7: illegal UTF-8 encoding",
        "s/s.go:6:",
        "found packages a (a.go) and b (b.go)",
        "pattern ./does-not-exist: directory",
        "pattern ./empty-pattern/...: matched no packages",
        "imports/i.go:3:8: warning: cannot find package \"example.com/missing/dep\"",
        "many/p00/f.go:5:",
        "many/p39/f.go:5:",
    ] {
        assert!(one.stderr.contains(want), "{want:?} not in\n{}", one.stderr);
    }
    assert_eq!(one, two, "output depends on the number of threads");
    // The in-process run prints the same.
    assert_eq!(t.run(&args), one);
}

// ---------------------------------------------------------------------------------------------
// Special files, size limits and silent skips (issue: no hangs, no unbounded reads)
// ---------------------------------------------------------------------------------------------

/// A package with one diagnostic, to show that the other packages are still reported.
const REPORTED: &str =
    "package ok\n\nimport \"context\"\n\nfunc F(ctx context.Context) {\n\tgo func() {}()\n}\n";

#[test]
fn fifo_and_device_are_not_read() {
    let t = Tree::new();
    t.write("ok/ok.go", REPORTED);
    t.write("sp/a.go", "package sp\n");
    let fifo = t.m.join("sp/x.go");
    let made = Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .is_ok_and(|s| s.success());
    if !made {
        eprintln!("mkfifo unavailable: skipping the FIFO case");
        fs::write(&fifo, "package sp\n").unwrap();
    }
    std::os::unix::fs::symlink("/dev/zero", t.m.join("sp/zero.go")).unwrap();
    let o = t.bin(&["./..."], &[]);
    let mut want = String::new();
    if made {
        want.push_str("sp/x.go: not a regular file\n");
    }
    want.push_str("sp/zero.go: not a regular file\n");
    want.push_str("ok/ok.go:6:2: goroutine does not propagate context \"ctx\"\n");
    assert_outcome(&o, 1, &want);
}

#[test]
fn files_over_the_size_limit_are_errors() {
    let t = Tree::new();
    t.write("ok/ok.go", REPORTED);
    t.write(
        "big/a.go",
        format!("package big\n\n{}\n", "// x\n".repeat(100)),
    );
    let want = "big/a.go: file too large (514 bytes; the limit is 200, set with -max-file-size)\n\
                ok/ok.go:6:2: goroutine does not propagate context \"ctx\"\n";
    assert_outcome(&t.run(&["-max-file-size=200", "./..."]), 1, want);
    assert_eq!(t.bin(&["-max-file-size=200", "./..."], &[]).stderr, want);
    // The default limit reads it.
    assert_outcome(
        &t.run(&["./..."]),
        3,
        "ok/ok.go:6:2: goroutine does not propagate context \"ctx\"\n",
    );
    assert_eq!(t.run(&["-max-file-size=-1", "./ok"]).code, 2);
}

#[test]
fn unreadable_directory_given_directly() {
    use std::os::unix::fs::PermissionsExt;
    let t = Tree::new();
    t.write("locked/l.go", "package locked\n");
    let locked = t.m.join("locked");
    fs::set_permissions(&locked, fs::Permissions::from_mode(0o000)).unwrap();
    let enforced = permissions_enforced(&locked);
    let o = t.run(&["./locked"]);
    fs::set_permissions(&locked, fs::Permissions::from_mode(0o755)).unwrap();
    if enforced {
        assert_outcome(&o, 1, "locked: cannot read directory: permission denied\n");
    } else {
        assert_outcome(&o, 0, "");
    }
}

#[test]
fn broken_headers_are_reported_not_skipped() {
    let t = Tree::new();
    t.write("ok/ok.go", REPORTED);
    t.write("hdr/a.go", "//go:build linux &&\n\npackage hdr\n");
    t.write("hdr/b.go", "package hdr\n");
    t.write("nopkg/a.go", "func f() {}\n");
    t.write("nopkg/b.go", "");
    let o = t.run(&["./..."]);
    assert_outcome(
        &o,
        1,
        "hdr/a.go: parsing //go:build line: unexpected end of expression\n\
         nopkg/a.go:1:1: expected 'package', found 'func'\n\
         nopkg/b.go:1:1: expected 'package', found 'EOF'\n\
         ok/ok.go:6:2: goroutine does not propagate context \"ctx\"\n",
    );
    // `// +build` lines that do not parse are ignored, as go/build ignores them.
    t.write("hdr/a.go", "// +build linux,!\n\npackage hdr\n");
    assert_eq!(t.run(&["./hdr"]).code, 0);
}

#[test]
fn nothing_inside_an_unterminated_comment_is_reported() {
    let t = Tree::new();
    for (name, opener) in [("cmt", "/*"), ("raw", "var s = `")] {
        t.write(
            &format!("{name}/a.go"),
            format!(
                "package {name}\n\nimport \"context\"\n\nfunc F(ctx context.Context) {{\n}}\n\n{opener}\nfunc G(ctx context.Context) {{\n\tgo func() {{}}()\n}}\n"
            ),
        );
    }
    assert_outcome(
        &t.run(&["./..."]),
        1,
        "cmt/a.go:8:1: comment not terminated\nraw/a.go:8:9: raw string literal not terminated\n",
    );
}
