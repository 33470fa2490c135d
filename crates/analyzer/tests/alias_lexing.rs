//! Work counted for the alias questions: whether an imported package exports an alias of the
//! context type, and where an alias chain leads, are answered by lexing only the files a byte
//! search finds may declare an alias; the word in a comment, array and slice types and generic
//! types that are no aliases do not make a file a candidate. (One test in this binary: the
//! counters are per process.)

use std::path::Path;

use goroutinectx_analyzer::{analyze, Config, Report, RunOptions};
use goroutinectx_testkit::{fake_goroot, goroot_env, write};

fn run(m: &Path, goroot: &Path) -> Report {
    analyze(
        &Config::default(),
        &RunOptions::all_in(m, goroot_env(goroot)),
    )
}

/// Ten files of plain declarations that mention `type` in every way that is no alias.
fn filler(m: &Path, pkg: &str) -> usize {
    let mut total = 0;
    for f in 0..10 {
        let mut src = format!("package {pkg}\n\n");
        for i in 0..40 {
            src.push_str(&format!(
                "// V{f}x{i} holds the type (or its size) of a value = its bytes.\n\
                 type V{f}x{i} [4]byte\n\n\
                 type S{f}x{i} []int\n\n\
                 type L{f}x{i}[T any] struct{{ v T }}\n\n\
                 func F{f}x{i}(n int) int {{ return n * {i} }}\n\n"
            ));
        }
        total += src.len();
        write(m, &format!("{pkg}/f{f}.go"), &src);
    }
    total
}

fn module(root: &Path, name: &str, inner_alias: &str) -> std::path::PathBuf {
    let m = root.join(name);
    write(
        &m,
        "go.mod",
        format!("module example.com/{name}\n\ngo 1.22\n"),
    );
    filler(&m, "dep");
    filler(&m, "inner");
    write(
        &m,
        "dep/alias.go",
        format!("package dep\n\nimport \"example.com/{name}/inner\"\n\ntype Ctx = inner.C\n"),
    );
    write(
        &m,
        "inner/alias.go",
        format!("package inner\n\n{inner_alias}\n"),
    );
    // The site's file imports no context: its scope is spelled with the alias.
    write(
        &m,
        "p/p.go",
        format!(
            "package p\n\nimport \"example.com/{name}/dep\"\n\n\
             func Run(c dep.Ctx) {{\n\tgo func() {{}}()\n}}\n"
        ),
    );
    m
}

#[test]
fn only_files_that_may_declare_an_alias_are_lexed() {
    let tmp = tempfile::tempdir().unwrap();
    let goroot = fake_goroot(tmp.path());

    // The chain leads to the context type: the goroutine is reported.
    let ctx = module(
        tmp.path(),
        "ctx",
        "import \"context\"\n\ntype C = context.Context",
    );
    let report = run(&ctx, &goroot);
    assert_eq!(report.diagnostics.len(), 1, "{:?}", report.diagnostics);
    assert!(
        report.diagnostics[0].message.contains("\"c\""),
        "{:?}",
        report.diagnostics
    );

    // The chain leads elsewhere: the file can declare no context scope and is not
    // analysed. Deciding that lexed the two alias files and the site's, a few hundred
    // bytes; never the 20 filler files (over 100 KB, each of which used to be a candidate).
    let other = module(tmp.path(), "other", "type C = int");
    let before = goroutinectx_scanner::source::decl_lexed_bytes();
    let report = run(&other, &goroot);
    let lexed = goroutinectx_scanner::source::decl_lexed_bytes() - before;
    assert!(report.diagnostics.is_empty(), "{:?}", report.diagnostics);
    assert_eq!(report.stats.parsed_files, 0);
    assert!(lexed < 2_000, "lexed {lexed} bytes");
}
