//! Work grows linearly with the input in every shape the issue tracker found quadratic:
//! nested `go func` literals (with and without a captured context), one closure variable
//! reassigned many times, and many functions in one file. Work is counted in the semantic
//! model's steps (`goroutinectx_scope::work`), never timed: each shape is analysed at size n
//! and 4n, and 4n may cost at most 6x the steps of n (linear is 4x, quadratic 16x).
//!
//! One test function, so that no other analysis runs in this process meanwhile.

use std::fs;
use std::path::Path;

use goroutinectx_analyzer::{analyze, Config, Report, RunOptions};

use goroutinectx_testkit::{fake_goroot, goroot_env, write};

const HEAD: &str = "package p\n\nimport \"context\"\n\n";

fn nested(n: usize, body: &str) -> String {
    format!(
        "{HEAD}func F(ctx context.Context) {{\n{}{}\n{}}}\n",
        "go func() {\n".repeat(n),
        body,
        "}()\n".repeat(n)
    )
}

fn nested_each_using_ctx(n: usize) -> String {
    format!(
        "{HEAD}func F(ctx context.Context) {{\n{}{}}}\n",
        "go func() {\n_ = ctx\n".repeat(n),
        "}()\n".repeat(n)
    )
}

fn reassigned(n: usize) -> String {
    format!(
        "{HEAD}func F(ctx context.Context) {{\nf := func() {{}}\n{}go f()\n}}\n",
        "if true { f = func() { _ = ctx } }\n".repeat(n)
    )
}

fn many_functions(n: usize) -> String {
    let mut s = HEAD.to_string();
    for i in 0..n {
        s.push_str(&format!(
            "func F{i}(ctx context.Context, ch chan int) {{\n\tgo func() {{ ch <- {i} }}()\n\tg := func() {{ _ = ctx }}\n\tgo g()\n}}\n"
        ));
    }
    s
}

/// The model's steps for analysing `src` as the only file of a package.
fn steps_for(root: &Path, name: &str, src: &str) -> (u64, Report) {
    let goroot = fake_goroot(root);
    let m = root.join(name);
    write(&m, "go.mod", "module example.com/m\n\ngo 1.22\n");
    write(&m, "p/p.go", src);
    let before = goroutinectx_scope::work::steps();
    let report = analyze(
        &Config::default(),
        &RunOptions {
            patterns: vec!["./p".to_string()],
            cwd: m,
            env: goroot_env(&goroot),
        },
    );
    (goroutinectx_scope::work::steps() - before, report)
}

#[test]
fn work_is_linear_in_every_shape() {
    let root = std::env::temp_dir().join(format!("gctx-linear-{}", std::process::id()));
    let _ = fs::remove_dir_all(&root);
    type Shape = (&'static str, fn(usize) -> String, usize);
    let shapes: [Shape; 5] = [
        ("nested", |n| nested(n, "_ = 1"), 2_000),
        ("nested_capturing", |n| nested(n, "_ = ctx"), 2_000),
        ("nested_each_using_ctx", nested_each_using_ctx, 2_000),
        ("reassigned", reassigned, 5_000),
        ("many_functions", many_functions, 1_000),
    ];
    for (name, make, n) in shapes {
        let (small, r1) = steps_for(&root, &format!("{name}1"), &make(n));
        let (large, r4) = steps_for(&root, &format!("{name}4"), &make(4 * n));
        assert!(
            !r1.has_errors() && !r4.has_errors(),
            "{name}: {:?}",
            r4.problems
        );
        assert!(small > 0, "{name}: no steps counted");
        assert!(
            large <= 6 * small,
            "{name}: {small} steps at n={n}, {large} at 4n: not linear"
        );
    }
    let _ = fs::remove_dir_all(&root);
}
