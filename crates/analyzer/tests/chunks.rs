//! Chunked analysis of a large file (issue 13), with tiny chunks (`Config::chunk_bytes`): the
//! report is the whole analysis's, no parse reads much more than a chunk, and a question
//! about another chunk's body falls back to the unchunked analysis. Work is counted, never
//! timed. (One test in this binary: the parse counters are per process.)

use std::path::Path;

use goroutinectx_analyzer::registry::CheckerId;
use goroutinectx_analyzer::{analyze, Config, Report, RunOptions};
use goroutinectx_testkit::{fake_goroot, goroot_env, write};

fn run(m: &Path, goroot: &Path, config: &Config) -> Report {
    analyze(config, &RunOptions::all_in(m, goroot_env(goroot)))
}

fn messages(report: &Report) -> Vec<String> {
    assert!(report.problems.is_empty(), "{:?}", report.problems);
    let mut out: Vec<String> = report
        .diagnostics
        .iter()
        .map(|d| {
            format!(
                "{}:{}:{}: {}",
                d.pos.line, d.pos.column, d.checker, d.message
            )
        })
        .collect();
    out.extend(
        report
            .held_back
            .iter()
            .map(|d| format!("{}:{}: held: {}", d.pos.line, d.pos.column, d.message)),
    );
    out
}

const HEADER: &str = "package p\n\nimport (\n\t\"context\"\n\t\"fmt\"\n\t\"sync\"\n)\n\n";

/// A function whose goroutine is reported (`bad`) or not, and one of plain code.
fn spawning(i: usize, bad: bool) -> String {
    let use_ctx = if bad { "" } else { "\t\t_ = ctx\n" };
    format!(
        "func F{i}(ctx context.Context, n int) {{\n\tfor j := 0; j < n; j++ {{\n\t\tgo func(k int) {{\n{use_ctx}\t\t\tfmt.Println(k)\n\t\t}}(j)\n\t}}\n}}\n\n"
    )
}

fn plain(i: usize) -> String {
    format!("func plain{i}(n int) int {{\n\tfor j := 0; j < n; j++ {{\n\t\tn += j * {i}\n\t}}\n\treturn n\n}}\n\n")
}

/// The adversarial file: reports in many chunks and at their edges, a package-level literal
/// outside every body, a method and a function of the same name, tiny bodies, one body larger
/// than a chunk, types and variables declared in one chunk and used in another, and
/// spawnerlabel's reports (`sync.WaitGroup.Go`) in several chunks.
fn adversarial() -> String {
    let mut src = String::from(HEADER);
    src.push_str(
        "var pkgLit = func(ctx context.Context) {\n\tgo func() { fmt.Println(1) }()\n}\n\n",
    );
    src.push_str("type S struct{ wg sync.WaitGroup }\n\n");
    for i in 0..60 {
        src.push_str(&spawning(i, i % 3 == 0));
        src.push_str(&plain(i));
        if i % 10 == 4 {
            src.push_str(&format!(
                "func label{i}() {{\n\tvar wg sync.WaitGroup\n\twg.Go(func() {{}})\n\twg.Wait()\n}}\n\n"
            ));
        }
        if i == 20 {
            src.push_str("func Run(ctx context.Context) {\n\tgo func() {}()\n}\n\n");
            src.push_str("func (s *S) Run(ctx context.Context) {\n\tgo func() { _ = ctx }()\n\ts.wg.Go(func() {})\n}\n\n");
        }
        if i == 30 {
            // One body larger than any chunk.
            src.push_str("func Huge(ctx context.Context) {\n");
            for k in 0..80 {
                src.push_str(&format!("\tgo func() {{ fmt.Println({k}) }}()\n"));
            }
            src.push_str("}\n\n");
        }
        if i == 45 {
            src.push_str(
                "func (s *S) Later(ctx context.Context) {\n\tgo func() { fmt.Println(s) }()\n}\n\n",
            );
            src.push_str("var late = S{}\n\n");
        }
    }
    // Tiny bodies.
    for i in 0..40 {
        src.push_str(&format!("func t{i}() {{}}\n"));
    }
    src
}

fn module(root: &Path, name: &str, src: &str) -> std::path::PathBuf {
    let m = root.join(name);
    write(
        &m,
        "go.mod",
        format!("module example.com/{name}\n\ngo 1.25\n"),
    );
    write(&m, "p/p.go", src);
    m
}

#[test]
fn chunked_analysis_is_exact_and_bounded() {
    let tmp = tempfile::tempdir().unwrap();
    let goroot = fake_goroot(tmp.path());
    let chunk = 600;
    let src = adversarial();
    let m = module(tmp.path(), "adv", &src);

    // (b) No parse reads much more than a chunk: a region holds at least `chunk` bytes of
    // code and is cut after the body that reaches it (at most the huge body), plus the
    // header. (First: the counter is the largest parse of the process.)
    let chunked = Config {
        chunk_bytes: Some(chunk),
        ..Config::default()
    };
    let report = run(&m, &goroot, &chunked);
    assert_eq!(report.stats.chunked_files, 1);
    let huge = src.find("func Huge").unwrap();
    let huge_len = src[huge..].find("\n}\n").unwrap() + 3;
    let max = goroutinectx_scanner::source::max_parse_bytes();
    assert_eq!(max, report.stats.max_parse_bytes);
    assert!(
        max <= chunk + huge_len + HEADER.len() + 400,
        "largest parse {max} bytes (chunk {chunk}, file {}, huge body {huge_len})",
        src.len()
    );
    assert!(max < src.len() / 4, "largest parse {max} of {}", src.len());

    for label in [false, true] {
        let mut base = Config {
            debug_unknown: true,
            ..Config::default()
        };
        base.checks.set(CheckerId::SpawnerLabel, label);
        let chunked = Config {
            chunk_bytes: Some(chunk),
            ..base.clone()
        };
        let whole = Config {
            no_prefilter: true,
            ..base.clone()
        };
        let before = goroutinectx_scanner::source::parse_count();
        let report = run(&m, &goroot, &chunked);
        let parses = goroutinectx_scanner::source::parse_count() - before;
        // (a) The whole analysis's report, with the package-level literal reported once.
        let want = messages(&run(&m, &goroot, &whole));
        assert_eq!(messages(&report), want);
        assert_eq!(messages(&run(&m, &goroot, &base)), want);
        assert_eq!(
            want.iter().filter(|l| l.starts_with("10:")).count(),
            1,
            "{want:#?}"
        );
        assert!(want.len() > 20, "{want:#?}");
        if label {
            assert!(want.iter().filter(|l| l.contains("spawnerlabel")).count() >= 6);
        }
        assert_eq!(report.stats.chunked_files, 1);
        assert_eq!(report.stats.reparsed_whole, 0);
        assert!(report.stats.chunk_passes >= 8, "{:?}", report.stats);
        assert!(parses > report.stats.chunk_passes);
    }

    // (c) A factory declared in one chunk, used in another: the unchunked analysis, the
    // same report.
    let mut factory = String::from(HEADER);
    factory.push_str("func mk() func() { return func() { fmt.Println(2) } }\n\n");
    for i in 0..40 {
        factory.push_str(&spawning(i, false));
        factory.push_str(&plain(i));
    }
    factory.push_str("func Use(ctx context.Context) {\n\tgo mk()()\n}\n");
    let f = module(tmp.path(), "factory", &factory);
    let chunked = Config {
        chunk_bytes: Some(chunk),
        ..Config::default()
    };
    let whole = Config {
        no_prefilter: true,
        ..Config::default()
    };
    let report = run(&f, &goroot, &chunked);
    assert_eq!(report.stats.chunked_files, 0);
    let want = messages(&run(&f, &goroot, &whole));
    assert_eq!(messages(&report), want);
    assert_eq!(want.len(), 1, "{want:?}");
}
