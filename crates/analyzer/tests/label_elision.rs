//! Work counted for the questions that used to need a left-out body (issue 10: the label
//! run's cost): what a signature, a variable's type or the caller's question rules out is not
//! parsed again whole, and what they do not rule out still is. (One test in this binary: the
//! parse counters are per process.)

use std::path::Path;

use goroutinectx_analyzer::registry::CheckerId;
use goroutinectx_analyzer::{analyze, Config, Report, RunOptions};
use goroutinectx_testkit::{fake_goroot, goroot_env, write};

fn run(m: &Path, goroot: &Path, config: &Config) -> Report {
    analyze(config, &RunOptions::all_in(m, goroot_env(goroot)))
}

fn label() -> Config {
    let mut config = Config::default();
    config.checks.set(CheckerId::SpawnerLabel, true);
    config
}

/// Plain bodies: most of a file's bytes, left out of its parse.
fn filler(n: usize) -> String {
    (0..n)
        .map(|i| {
            format!(
                "func filler{i}(n int) int {{\n\tfor j := 0; j < n; j++ {{\n\t\tn += j * {i}\n\t}}\n\treturn n\n}}\n\n"
            )
        })
        .collect()
}

fn module(root: &Path, name: &str, files: &[(&str, String)]) -> std::path::PathBuf {
    let m = root.join(name);
    write(
        &m,
        "go.mod",
        format!("module example.com/{name}\n\ngo 1.25\n"),
    );
    for (path, src) in files {
        write(&m, path, src);
    }
    m
}

fn messages(report: &Report) -> Vec<String> {
    assert!(report.problems.is_empty(), "{:?}", report.problems);
    report
        .diagnostics
        .iter()
        .map(|d| {
            format!(
                "{}:{}: {}",
                d.path.file_name().unwrap().to_string_lossy(),
                d.pos.line,
                d.message
            )
        })
        .collect()
}

/// The bytes a label run of `m` without the prefilter (every selected file parsed whole)
/// parses, after checking that it reports what `report` (the run with it) does.
fn read_without_prefilter(m: &Path, goroot: &Path, report: &Report) -> usize {
    let mut whole = label();
    whole.no_prefilter = true;
    let before = goroutinectx_scanner::source::parsed_bytes();
    let whole_report = run(m, goroot, &whole);
    let read = goroutinectx_scanner::source::parsed_bytes() - before;
    assert_eq!(messages(&whole_report), messages(report));
    read
}

#[test]
fn questions_answered_without_the_left_out_bodies() {
    let tmp = tempfile::tempdir().unwrap();
    let goroot = fake_goroot(tmp.path());

    // 1. A test helper that spawns and returns a pointer (a literal in its body, a `return`):
    // no factory by its signature, so the bodies that call it are left out of the parse of
    // the tests that use it.
    let helper = "package p\n\nimport \"sync\"\n\ntype server struct{ f func() }\n\n\
        func newServer(wg *sync.WaitGroup) *server {\n\twg.Go(func() {})\n\treturn &server{f: func() {}}\n}\n";
    // (The file is analysed for its goroutine.)
    let mut tests = String::from(
        "package p\n\nimport (\n\t\"context\"\n\t\"sync\"\n)\n\n\
         func spawn(ctx context.Context) {\n\tgo func() { _ = ctx }()\n}\n\n",
    );
    for i in 0..40 {
        tests.push_str(&format!(
            "func test{i}(n int) {{\n\tvar wg sync.WaitGroup\n\ts := newServer(&wg)\n\tfor j := 0; j < n; j++ {{\n\t\ts.f()\n\t}}\n}}\n\n"
        ));
    }
    let m = module(
        tmp.path(),
        "helper",
        &[
            ("p/helper.go", helper.to_string()),
            ("p/tests.go", tests.clone()),
        ],
    );
    let before = goroutinectx_scanner::source::parsed_bytes();
    let report = run(&m, &goroot, &label());
    let read = goroutinectx_scanner::source::parsed_bytes() - before;
    assert_eq!(
        messages(&report),
        ["helper.go:7: function \"newServer\" should have //goroutinectx:spawner directive (calls sync.WaitGroup.Go with func argument)"]
    );
    // tests.go without the bodies that call the helper: over two thirds of it not read,
    // compared with a run that parses every file whole.
    let read_whole = read_without_prefilter(&m, &goroot, &report);
    assert!(
        read_whole - read > tests.len() * 2 / 3,
        "read {read}, {read_whole} whole, of {}",
        tests.len()
    );
    assert_eq!(report.stats.reparsed_whole, 0);

    // The same helper returning a function type of the package named like a predeclared
    // type, from another file: a factory, followed; its caller spawns through it.
    let shadow = module(
        tmp.path(),
        "shadow",
        &[
            (
                "p/mk.go",
                "package p\n\nimport \"sync\"\n\ntype rune func()\n\n\
                 func mk(wg *sync.WaitGroup) rune {\n\treturn func() { wg.Go(func() {}) }\n}\n"
                    .to_string(),
            ),
            (
                "p/use.go",
                format!(
                    "package p\n\nimport (\n\t\"context\"\n\t\"sync\"\n)\n\n\
                     func spawn(ctx context.Context) {{\n\tgo func() {{ _ = ctx }}()\n}}\n\n\
                     func use() {{\n\tvar wg sync.WaitGroup\n\t_ = mk(&wg)\n}}\n\n{}",
                    filler(30)
                ),
            ),
        ],
    );
    let report = run(&shadow, &goroot, &label());
    assert_eq!(
        messages(&report),
        [
            "mk.go:7: function \"mk\" should have //goroutinectx:spawner directive (calls sync.WaitGroup.Go with func argument)",
            "use.go:12: function \"use\" should have //goroutinectx:spawner directive (calls sync.WaitGroup.Go with func argument)",
        ]
    );

    // 2. A left-out factory that cannot spawn, called by a function that spawns nothing
    // else: whether the search is uncertain (`pick` returns one of two literals) matters only
    // to a marked caller. Unmarked: no second parse, and no report either way.
    let pick = format!(
        "package p\n\nimport \"sync\"\n\n\
         func pick(b bool) func() {{\n\tvar f func()\n\tif b {{\n\t\tf = func() {{}}\n\t}} else {{\n\t\tf = func() {{}}\n\t}}\n\treturn f\n}}\n\n\
         func Caller(wg *sync.WaitGroup) {{\n\tpick(true)()\n\tvar x interface{{ Go(func()) }}\n\tx.Go(nil)\n}}\n\n{}",
        filler(30)
    );
    let m = module(tmp.path(), "pick", &[("p/p.go", pick)]);
    let report = run(&m, &goroot, &label());
    assert_eq!(messages(&report), Vec::<String>::new());
    assert_eq!(report.stats.reparsed_whole, 0);
    // Marked (an external spawner): "nothing" would be an unnecessary directive, so the
    // left-out body is read, and the search is uncertain: still no report.
    let mut marked = label();
    marked.external_spawner = "example.com/pick/p.Caller".to_string();
    let report = run(&m, &goroot, &marked);
    assert_eq!(messages(&report), Vec::<String>::new());
    assert_eq!(report.stats.reparsed_whole, 1);

    // 3. Package variables assigned in left-out bodies, passed where a callback goes: a
    // string (declared so, or initialised with an untyped constant) cannot hold a literal
    // (no second parse); a function-typed one can (parsed again, and its literal judged).
    let vars = format!(
        "package p\n\nimport (\n\t\"context\"\n\n\t\"golang.org/x/sync/errgroup\"\n)\n\n\
         type runner struct{{}}\n\nfunc (runner) Go(addr string) {{}}\n\n\
         var addr string\n\nvar dir = \"\"\n\nvar job func() error\n\n\
         func setup() {{\n\taddr = \"x\"\n\tdir = \"y\"\n\tjob = func() error {{ return nil }}\n}}\n\n\
         func useAddr(ctx context.Context, r runner) {{\n\tr.Go(addr)\n\tr.Go(dir)\n}}\n\n{}",
        filler(30)
    );
    let m = module(tmp.path(), "vars", &[("p/p.go", vars.clone())]);
    let report = run(&m, &goroot, &Config::default());
    assert_eq!(messages(&report), Vec::<String>::new());
    assert_eq!(report.stats.reparsed_whole, 0);
    let m = module(
        tmp.path(),
        "funcvar",
        &[(
            "p/p.go",
            format!(
                "{vars}\nfunc useJob(ctx context.Context, g *errgroup.Group) {{\n\tg.Go(job)\n}}\n"
            ),
        )],
    );
    let report = run(&m, &goroot, &Config::default());
    assert_eq!(report.stats.reparsed_whole, 1);
    assert_eq!(
        messages(&report),
        [format!(
            "p.go:{}: errgroup.Group.Go() closure should use context \"ctx\"",
            vars.lines().count() + 3
        )]
    );

    // 4. Spawn names that are no spawn call: a field read or compared, indexed or sliced,
    // assigned to a field or to a variable never called, passed as an argument, words of
    // comments. A file with only these is not parsed, and a body with only these is left out
    // of a file parsed for its goroutine; a value assigned to a variable that is called
    // (directly or through another variable) is a spawn call.
    let fields = |i: usize| {
        format!(
            "// Go 1.23 and later: the Go toolchain\nfunc fields{i}(f *file, n *name, m *T) bool {{\n\
             \tif f.Go != nil && f.Go.Version != \"\" {{\n\t\tn.Go[0] = 1\n\t\t_ = n.Go[:2]\n\t}}\n\
             \tgo1 := f.Go\n\tm.Map = f.Go\n\tuse(m.Map, f.Go)\n\tprintln(\"%s\", n.Go)\n\
             \tif x := m.Map; x != nil {{\n\t\treturn go1 == nil\n\t}}\n\treturn false\n}}\n\n"
        )
    };
    let types = "package p\n\nimport \"sync\"\n\ntype file struct{ Go *version }\n\n\
        type version struct{ Version string }\n\ntype name struct{ Go []int }\n\n\
        type T struct{ Map *version }\n\nfunc use(...any) {}\n\n\
        func Spawn(wg *sync.WaitGroup) {\n\twg.Go(func() {})\n}\n";
    let only_fields: String = (0..30).map(fields).collect();
    let with_go = format!(
        "package p\n\nimport \"context\"\n\n\
         func spawn(ctx context.Context) {{\n\tgo func() {{ _ = ctx }}()\n}}\n\n{only_fields}"
    );
    let m = module(
        tmp.path(),
        "fields",
        &[
            ("p/types.go", types.to_string()),
            ("p/fields.go", format!("package p\n\n{only_fields}")),
            ("p/withgo.go", with_go.clone()),
        ],
    );
    let before = goroutinectx_scanner::source::parsed_bytes();
    let report = run(&m, &goroot, &label());
    let read = goroutinectx_scanner::source::parsed_bytes() - before;
    assert_eq!(
        messages(&report),
        ["types.go:15: function \"Spawn\" should have //goroutinectx:spawner directive (calls sync.WaitGroup.Go with func argument)"]
    );
    // types.go and withgo.go's goroutine: not fields.go, nor withgo.go's other bodies
    // (compared with a run that parses every file whole).
    assert_eq!(report.stats.parsed_files, 2);
    let read_whole = read_without_prefilter(&m, &goroot, &report);
    assert!(
        read_whole - read > only_fields.len() * 2 / 3,
        "read {read}, {read_whole} whole, {} in each file",
        only_fields.len()
    );
    // The same bodies, each taking a method value and calling it (through a second
    // variable, and on another line).
    let called: String = (0..30)
        .map(|i| {
            format!(
                "func called{i}(wg *sync.WaitGroup) {{\n\trun := wg.Go\n\tagain := run\n\n\tagain(func() {{}})\n}}\n\n"
            )
        })
        .collect();
    let m = module(
        tmp.path(),
        "called",
        &[
            ("p/types.go", types.to_string()),
            (
                "p/called.go",
                format!("package p\n\nimport \"sync\"\n\n{called}"),
            ),
        ],
    );
    let report = run(&m, &goroot, &label());
    let messages = messages(&report);
    assert_eq!(messages.len(), 31, "{messages:?}");
    assert!(messages[0].starts_with("called.go:5: function \"called0\" should have"));
}
