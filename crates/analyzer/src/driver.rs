//! The run: patterns -> targets -> units -> files, in parallel, into one sorted report.

use goroutinectx_scanner::fields::NodeKind;
use goroutinectx_scanner::kind;
use std::collections::BTreeSet;
use std::path::PathBuf;
use std::sync::Arc;

use goroutinectx_scanner::idx::IndexVec;
use goroutinectx_scanner::index::FileNo;
use goroutinectx_scanner::package::LoadError;
use goroutinectx_scanner::{Origin, Package, SourceFile, Target, Workspace};
use rayon::prelude::*;
use tree_sitter::{Node, Tree};

use goroutinectx_checkers::registry::{enabled_ignore_names, Build, Settings, CHECKERS};
use goroutinectx_checkers::{CallChecker, CheckContext, Finding, FuncDeclChecker, GoStmtChecker};
use goroutinectx_scope::facts::Derivers;
use goroutinectx_scope::{CtxConfig, FileModel, PkgInfo, Semantics, Universe};

use crate::chunks;
use crate::config::{Config, RunOptions};
use crate::diagnostic::{Diagnostic, Problem, Report, Severity, UnitInfo};
use crate::directives::{parse_ignore, Directive, FileDirectives};

/// A unit to analyse: a package (with in-package tests) or an external test package.
struct Unit {
    target: Target,
    package: Arc<goroutinectx_scanner::DirPackages>,
    xtest: bool,
}

impl Unit {
    fn package(&self) -> &Package {
        let p = if self.xtest {
            self.package.xtest.as_ref()
        } else {
            self.package.package.as_ref()
        };
        p.expect("units are only made for present packages")
    }
}

struct Loaded {
    workspace: Workspace,
    units: Vec<Unit>,
    report: Report,
}

fn load(opts: &RunOptions) -> Loaded {
    let workspace = Workspace::new(opts.env.clone(), opts.cwd.clone());
    let mut report = Report::default();
    let expansion = workspace.expand(&opts.patterns);
    for e in &expansion.errors {
        report
            .problems
            .push(problem(None, Severity::Error, e.clone()));
    }
    let nothing_matched = expansion.targets.is_empty();
    for w in &expansion.warnings {
        let severity = if nothing_matched && w.contains("matched no packages") {
            Severity::Error
        } else {
            Severity::Warning
        };
        report.problems.push(problem(None, severity, w.clone()));
    }
    for e in &expansion.walk_errors {
        report.problems.push(load_problem(e));
    }
    let mut units = Vec::new();
    for target in expansion.targets {
        let package = workspace.load(&target.location);
        for e in &package.errors {
            report.problems.push(load_problem(e));
        }
        for xtest in [false, true] {
            let present = if xtest {
                package.xtest.is_some()
            } else {
                package.package.is_some()
            };
            if present {
                units.push(Unit {
                    target: target.clone(),
                    package: package.clone(),
                    xtest,
                });
            }
        }
    }
    report.stats.packages = units.len();
    for u in &units {
        let p = u.package();
        report.stats.files += p.files.len();
        report.stats.bytes += p.files.iter().map(|f| f.src.len()).sum::<usize>();
        report.packages.push(UnitInfo {
            import_path: p.import_path.clone(),
            has_test_files: p.files.iter().any(|f| f.is_test),
            is_xtest: p.is_xtest,
        });
    }
    Loaded {
        workspace,
        units,
        report,
    }
}

fn problem(path: Option<PathBuf>, severity: Severity, message: String) -> Problem {
    Problem {
        path,
        pos: None,
        severity,
        message,
    }
}

fn load_problem(e: &LoadError) -> Problem {
    Problem {
        path: Some(e.path.clone()),
        pos: None,
        severity: Severity::Error,
        message: e.message.clone(),
    }
}

/// The files a run would analyse, sorted: for `-list-files` and benchmarks.
pub fn list_files(opts: &RunOptions) -> (Vec<PathBuf>, Report) {
    let mut loaded = load(opts);
    let mut files: Vec<PathBuf> = loaded
        .units
        .iter()
        .flat_map(|u| u.package().files.iter().map(|f| f.path.clone()))
        .collect();
    files.sort();
    loaded.report.finish();
    (files, loaded.report)
}

/// Loads and parses every target file without analysing anything: for `-load-only`.
pub fn load_only(opts: &RunOptions) -> Report {
    let mut loaded = load(opts);
    let files: Vec<&Arc<SourceFile>> = loaded
        .units
        .iter()
        .flat_map(|u| u.package().files.iter())
        .collect();
    let parsed = files.par_iter().map(|f| drop(f.parse())).count();
    loaded.report.stats.parsed_files = parsed;
    loaded.report.finish();
    loaded.report
}

/// What one file contributed.
#[derive(Default)]
struct FileResult {
    diagnostics: Vec<Diagnostic>,
    problems: Vec<Problem>,
    held_back: Vec<Diagnostic>,
    /// Parsed again whole: a question needed a body its first parse left out.
    reparsed_whole: usize,
    /// Analysed in chunks: the number of passes (0: not chunked).
    chunk_passes: usize,
}

/// Runs the enabled checkers over the packages matched by `opts.patterns`.
///
/// Units are analysed in parallel; within a unit, the files that can matter (see
/// [`needs_analysis`]) are parsed in parallel and their trees kept only until the unit is done,
/// so memory is bounded by the units in flight rather than by the size of the run.
pub fn analyze(config: &Config, opts: &RunOptions) -> Report {
    let started = std::time::Instant::now();
    analyze_loaded(config, load(opts), started)
}

/// One package given as a list of files, as a build system hands it over (`go vet`'s
/// unit config): exactly these files, no build constraints applied, imports resolved from
/// the package's directory as usual.
#[derive(Clone, Debug)]
pub struct FileUnit {
    pub dir: PathBuf,
    pub import_path: String,
    pub files: Vec<PathBuf>,
}

/// Runs the enabled checkers over one package given as files ([`FileUnit`]).
pub fn analyze_files(config: &Config, opts: &RunOptions, unit: &FileUnit) -> Report {
    let started = std::time::Instant::now();
    let workspace = Workspace::new(opts.env.clone(), opts.cwd.clone());
    let resolver = workspace.resolver_for_dir(&unit.dir);
    let origin = goroutinectx_scanner::workspace::origin_for_dir(&resolver, &opts.env, &unit.dir);
    let package = Arc::new(goroutinectx_scanner::package::load_files(
        &unit.files,
        &unit.dir,
        &unit.import_path,
        origin,
        opts.env.build.max_file_size,
    ));
    let mut report = Report::default();
    for e in &package.errors {
        report.problems.push(load_problem(e));
    }
    let target = Target {
        location: goroutinectx_scanner::PackageLocation {
            import_path: unit.import_path.clone(),
            location: goroutinectx_scanner::Location::Dir(unit.dir.clone()),
            origin,
        },
        resolver,
    };
    let units: Vec<Unit> = [false, true]
        .into_iter()
        .filter(|&xtest| {
            if xtest {
                package.xtest.is_some()
            } else {
                package.package.is_some()
            }
        })
        .map(|xtest| Unit {
            target: target.clone(),
            package: package.clone(),
            xtest,
        })
        .collect();
    report.stats.packages = units.len();
    for u in &units {
        let p = u.package();
        report.stats.files += p.files.len();
        report.packages.push(UnitInfo {
            import_path: p.import_path.clone(),
            has_test_files: p.files.iter().any(|f| f.is_test),
            is_xtest: p.is_xtest,
        });
    }
    analyze_loaded(
        config,
        Loaded {
            workspace,
            units,
            report,
        },
        started,
    )
}

fn analyze_loaded(config: &Config, loaded: Loaded, started: std::time::Instant) -> Report {
    let Loaded {
        workspace,
        units,
        mut report,
    } = loaded;
    report
        .problems
        .extend(unresolved_imports(&workspace, &units));
    report.stats.load_seconds = started.elapsed().as_secs_f64();
    let universe = Universe::new(&workspace);
    let run = RunConfig::new(config);
    // Every unit is registered before any is analysed, so that which package a type's home
    // resolves to never depends on timing.
    let pkgs: Vec<Arc<PkgInfo>> = units
        .iter()
        .map(|unit| {
            universe.unit(
                &unit.package().import_path,
                &unit.target.location.location,
                unit.package.clone(),
                unit.target.resolver.clone(),
                unit.target.location.origin,
                unit.xtest,
            )
        })
        .collect();
    // Whether a spawner is marked in reach is asked by (nearly) every unit of a module: the
    // packages it takes are loaded at once, in parallel, before any unit is analysed.
    if config.cross_package_spawners {
        universe.prefetch_reach(pkgs.clone());
    }
    // Units are started dearest first (by an estimate), each as soon as a thread is free,
    // so that a long unit does not start last; results keep the units' order.
    let mut order: Vec<usize> = (0..units.len()).collect();
    let cost: Vec<usize> = units
        .par_iter()
        .map(|unit| estimated_cost(&run, unit))
        .collect();
    order.sort_by_key(|&i| (std::cmp::Reverse(cost[i]), i));
    let slots: Vec<std::sync::OnceLock<Vec<FileResult>>> =
        units.iter().map(|_| std::sync::OnceLock::new()).collect();
    rayon::scope_fifo(|s| {
        for &i in &order {
            let (run, universe, units, pkgs, slots) = (&run, &universe, &units, &pkgs, &slots);
            s.spawn_fifo(move |_| {
                let _ = slots[i].set(analyze_unit_isolated(run, universe, &units[i], &pkgs[i]));
            });
        }
    });
    let results: Vec<FileResult> = slots
        .into_iter()
        .flat_map(|slot| slot.into_inner().unwrap_or_default())
        .collect();
    report.stats.parsed_files = units
        .iter()
        .flat_map(|u| u.package().files.iter())
        .filter(|f| f.is_parsed())
        .count();
    report.stats.loaded_dirs = workspace.load_count();
    report.stats.parses = goroutinectx_scanner::source::parse_count();
    report.stats.parsed_bytes = goroutinectx_scanner::source::parsed_bytes();
    report.stats.partial_parses = goroutinectx_scanner::source::partial_parse_count();
    report.stats.decl_lexed_bytes = goroutinectx_scanner::source::decl_lexed_bytes();
    report.stats.reparsed_whole = results.iter().map(|r| r.reparsed_whole).sum();
    report.stats.chunked_files = results.iter().filter(|r| r.chunk_passes > 0).count();
    report.stats.chunk_passes = results.iter().map(|r| r.chunk_passes).sum();
    report.stats.max_parse_bytes = goroutinectx_scanner::source::max_parse_bytes();
    for r in results {
        report.diagnostics.extend(r.diagnostics);
        report.problems.extend(r.problems);
        report.held_back.extend(r.held_back);
    }
    report.finish();
    report
}

/// A unit's estimated analysis cost, to start the dearest first: the bytes of its files
/// that import `context` (or a carrier's package) and hold the `go` keyword, the files
/// most likely to be parsed and modelled.
fn estimated_cost(run: &RunConfig<'_>, unit: &Unit) -> usize {
    unit.package()
        .files
        .iter()
        .filter(|f| {
            f.header.imports.iter().any(|i| run.is_ctx_path(&i.path))
                && f.code_scan().has_go_keyword
        })
        .map(|f| f.src.len())
        .sum()
}

/// The run's configuration, parsed once.
struct RunConfig<'c> {
    config: &'c Config,
    derivers: Derivers,
    ctx: CtxConfig,
    go_checkers: Vec<Box<dyn GoStmtChecker>>,
    /// In SPEC §3.0.1's order: errgroup, waitgroup, conc, spawner, gotask.
    call_checkers: Vec<Box<dyn CallChecker>>,
    /// Checkers of function declarations (spawnerlabel).
    func_checkers: Vec<Box<dyn FuncDeclChecker>>,
    /// With a declaration checker on: the names whose calls make a file worth parsing even
    /// without a context import (spawning-API names and `-external-spawner` names).
    spawn_names: goroutinectx_scope::spawn_sites::SpawnNames,
    /// The names a reported call can mention: every spawning API's, and every external
    /// spawner's.
    api_names: Vec<String>,
    external_names: Vec<String>,
}

impl<'c> RunConfig<'c> {
    /// Builds the active checkers from the registry, in its (dispatch) order.
    fn new(config: &'c Config) -> Self {
        let settings = Settings {
            external_spawner: &config.external_spawner,
            cross_package_spawners: config.cross_package_spawners,
        };
        let deriver = !config.goroutine_deriver.is_empty();
        let mut go_checkers: Vec<Box<dyn GoStmtChecker>> = Vec::new();
        let mut call_checkers: Vec<Box<dyn CallChecker>> = Vec::new();
        let mut func_checkers: Vec<Box<dyn FuncDeclChecker>> = Vec::new();
        // Whether a package has spawners is only known per package; the spawner checker is
        // built whenever its flag is on and decides per call.
        for c in CHECKERS
            .iter()
            .filter(|c| config.checks.active(c, deriver, true))
        {
            match c.build {
                Build::Go(make) => go_checkers.push(make(&settings)),
                Build::Call(make) => call_checkers.push(make(&settings)),
                Build::Func(make) => func_checkers.push(make(&settings)),
            }
        }
        let external = goroutinectx_scope::config::parse_spec_list(&config.external_spawner);
        let spawn_names = goroutinectx_checkers::api::spawn_names(&external);
        let api_names = goroutinectx_checkers::api::spawn_call_names(&[]);
        let mut external_names: Vec<String> = external.iter().map(|s| s.name.clone()).collect();
        external_names.sort();
        external_names.dedup();
        RunConfig {
            config,
            derivers: Derivers::parse(&config.goroutine_deriver),
            ctx: CtxConfig::from_flag(&config.context_carriers),
            go_checkers,
            call_checkers,
            func_checkers,
            api_names,
            external_names,
            spawn_names,
        }
    }

    /// Whether an import path is `context` or a configured carrier's package.
    fn is_ctx_path(&self, path: &str) -> bool {
        path == "context"
            || self
                .ctx
                .carriers
                .iter()
                .any(|(p, _)| goroutinectx_scope::config::path_matches(p, path))
    }

    /// Whether `path.name` is the context type or a configured carrier type.
    fn is_ctx_type(&self, path: &str, name: &str) -> bool {
        (path == "context" && name == "Context")
            || self
                .ctx
                .carriers
                .iter()
                .any(|(p, t)| t == name && goroutinectx_scope::config::path_matches(p, path))
    }

    /// The checker names enabled for a package (SPEC §6.2).
    fn enabled_names(&self, has_spawners: bool) -> BTreeSet<&'static str> {
        let c = self.config;
        enabled_ignore_names(
            &c.checks,
            !c.goroutine_deriver.is_empty(),
            has_spawners || !c.external_spawner.trim().is_empty(),
        )
    }
}

/// Whether a file can produce a diagnostic and so must be parsed: it has a directive, or it
/// can hold a site and can declare a ctx scope (it imports `context` or a carrier's package,
/// its package may declare an alias of the context type, or it imports a package that may
/// export one), or it may make a spawn call spawnerlabel looks for. Everything else is
/// skipped unparsed. The cheap lexical questions come first: whether a package declares or
/// exports an alias is only asked for a file that can hold a site.
fn needs_analysis(
    run: &RunConfig<'_>,
    file: &SourceFile,
    declares_ctx: bool,
    unit_has_alias: &mut dyn FnMut() -> bool,
    exports_ctx_alias: &mut dyn FnMut(&str) -> bool,
    may_spawn: &mut dyn FnMut(&SourceFile) -> bool,
    may_call_marked: &mut dyn FnMut(&SourceFile) -> bool,
) -> Need {
    if contains(&file.src, b"goroutinectx:") {
        return Need::Analysis;
    }
    if !run.func_checkers.is_empty() && may_spawn(file) {
        return Need::Analysis;
    }
    // The package declaring the context type (or a carrier) spells it without an import.
    let imports_ctx = declares_ctx || file.header.imports.iter().any(|i| run.is_ctx_path(&i.path));
    if run.config.no_prefilter || may_hold_site(run, file, may_call_marked) {
        let ctx_possible = imports_ctx
            || unit_has_alias()
            || file
                .header
                .imports
                .iter()
                .any(|i| exports_ctx_alias(&i.path));
        if ctx_possible {
            return Need::Analysis;
        }
    }
    if imports_ctx {
        Need::SyntaxCheck
    } else {
        Need::Nothing
    }
}

/// What a file of an analysed package needs.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Need {
    /// It can hold a report: parsed, modelled and checked.
    Analysis,
    /// It imports `context` (or a carrier's package) but can hold no report: checked for
    /// syntax errors only (the broken file of a package gets its error line, SPEC §12.1),
    /// never modelled. The syntax recognizer (`scanner::syntax`) vouches for most files
    /// without a tree; only the others are parsed, and the error line comes from the tree.
    SyntaxCheck,
    /// Neither: only lexical problems (encoding, comments, package clause) are reported.
    Nothing,
}

/// Whether a file can hold a site the go-statement and call checkers report at (issue:
/// exact prefilter): a `go` statement (the keyword in code, comments and literals told
/// apart), a mention of a spawning API's name (selected, `g.Go`, called or taken as a value a
/// variable may call, `run := g.Go`; bare too with a dot import) or an external spawner's, or,
/// when this package or an import may mark spawners, anything. Everything else cannot
/// report and is not parsed.
fn may_hold_site(
    run: &RunConfig<'_>,
    file: &SourceFile,
    may_call_marked: &mut dyn FnMut(&SourceFile) -> bool,
) -> bool {
    file.code_scan().has_go_keyword
        || names_spawn_call(run, &file.src, has_dot_import(file))
        || may_call_marked(file)
}

/// Whether `text` names a spawning API or an external spawner as a call could: an API is a
/// method (`g.Go`, `run := g.Go`) or a package function (`iter.Map`), so selected, unless
/// the file dot-imports a package; an external spawner may also be named bare inside its
/// own package. Called, or taken as a value a variable may call
/// (`scope::spawn_sites::names_call_or_value`): a field read (`mf.Go != nil`) or a word of a
/// comment is none. For a whole file ([`may_hold_site`]) and for one body ([`elision`]).
fn names_spawn_call(run: &RunConfig<'_>, text: &[u8], dot_import: bool) -> bool {
    use goroutinectx_scope::spawn_sites::names_call_or_value;
    run.api_names
        .iter()
        .any(|name| names_call_or_value(text, name, dot_import))
        || run
            .external_names
            .iter()
            .any(|name| names_call_or_value(text, name, true))
}

fn has_dot_import(file: &SourceFile) -> bool {
    file.header
        .imports
        .iter()
        .any(|i| i.name.as_deref() == Some("."))
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    memchr::memmem::find(haystack, needle).is_some()
}

/// [`analyze_unit`], with a panic caught and reported as an error of that package (DESIGN
/// invariant 2): a bug met in one package never costs the other packages their reports.
fn analyze_unit_isolated(
    run: &RunConfig<'_>,
    universe: &Universe<'_>,
    unit: &Unit,
    pkg: &Arc<PkgInfo>,
) -> Vec<FileResult> {
    let import_path = &unit.package().import_path;
    let analysed = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        if run.config.panic_in_package.as_deref() == Some(import_path.as_str()) {
            panic!("fault injected for a test");
        }
        analyze_unit(run, universe, unit, pkg)
    }));
    analysed.unwrap_or_else(|payload| {
        let what = payload
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "panic".to_string());
        vec![FileResult {
            problems: vec![problem(
                None,
                Severity::Error,
                format!("internal error analysing {import_path}: {what}"),
            )],
            ..FileResult::default()
        }]
    })
}

fn analyze_unit(
    run: &RunConfig<'_>,
    universe: &Universe<'_>,
    unit: &Unit,
    pkg: &Arc<PkgInfo>,
) -> Vec<FileResult> {
    // The unit's files, numbered as its `PkgInfo` numbers them.
    let files = &pkg.files;
    debug_assert_eq!(files.len(), unit.package().files.len());
    // Any file of the unit may declare `type C = context.Context`; then every file may have
    // ctx scopes spelled with the alias.
    let has_alias: std::cell::OnceCell<bool> = std::cell::OnceCell::new();
    let mut unit_has_alias = || {
        *has_alias.get_or_init(|| {
            files.indices().any(|i| {
                universe.file_declares_ctx_alias(pkg, i, &|path, name| run.is_ctx_type(path, name))
            })
        })
    };
    let has_spawners = files
        .iter()
        .any(|f| contains(&f.src, b"goroutinectx:spawner"));
    let enabled = run.enabled_names(has_spawners);
    // Whether an imported package exports an alias of the context type, once per path.
    let mut known: std::collections::HashMap<String, bool> = std::collections::HashMap::new();
    let mut exports_ctx_alias = |path: &str| {
        if let Some(k) = known.get(path) {
            return *k;
        }
        // The standard library exports no alias of the context type, and the embedded stubs
        // are ours: only other packages are read for this question.
        let std_or_stub = pkg
            .resolver
            .resolve(path, pkg.origin)
            .is_none_or(|loc| matches!(loc.origin, Origin::Goroot | Origin::Stub));
        let answer = !std_or_stub
            && universe.import(pkg, path).is_some_and(|p| {
                universe.may_export_ctx_alias(&p, &|path, name| run.is_ctx_type(path, name))
            });
        known.insert(path.to_string(), answer);
        answer
    };
    // For spawnerlabel (SPEC §3.7): a function can only be reported if its package marks a
    // spawner (then every file may call one), or its file calls a spawning API or an
    // external spawner by name, or imports a package (not GOROOT, not a stub) that may mark
    // spawners. Everything else is skipped unparsed.
    // Calls of marked spawners: any call may be one when this package marks spawners, or a
    // package it reaches through imports (not GOROOT, not a stub) may: a method of a type
    // from a package the file does not import itself (`a.New().Run(f)`, embedding, aliases)
    // can be marked. Asked once per unit, and only for a file nothing else selects.
    let reaches_marked: std::cell::OnceCell<bool> = std::cell::OnceCell::new();
    let marked_reachable = || {
        has_spawners
            || (run.config.cross_package_spawners
                && *reaches_marked.get_or_init(|| universe.reach_may_declare_spawners(pkg)))
    };
    // (A call of a possible factory of the package selects the file too: see
    // `spawn_sites::file_may_spawn`.)
    let mut may_spawn = |f: &SourceFile| {
        goroutinectx_scope::spawn_sites::file_may_spawn(pkg, f, &run.spawn_names)
            || marked_reachable()
    };
    let mut may_call_marked = |_: &SourceFile| marked_reachable();
    let declares_ctx = run.is_ctx_path(&pkg.id.path);
    let needs: IndexVec<FileNo, Need> = files
        .iter()
        .map(|f| {
            needs_analysis(
                run,
                f,
                declares_ctx,
                &mut unit_has_alias,
                &mut exports_ctx_alias,
                &mut may_spawn,
                &mut may_call_marked,
            )
        })
        .collect();
    let (selected, skipped): (Vec<_>, Vec<_>) = files
        .iter_enumerated()
        .partition(|(i, _)| needs[*i] == Need::Analysis);
    // Files that cannot matter are not modelled: only their syntax (the recognizer, then a
    // parse when it cannot vouch for the file, for the files that declare context scopes; a
    // lexical check for the others) is checked.
    let mut results: Vec<FileResult> = skipped
        .par_iter()
        .filter_map(|(i, f)| {
            let err = if needs[*i] == Need::SyntaxCheck {
                if f.has_valid_syntax() {
                    return None;
                }
                f.syntax_error(&f.parse())?
            } else {
                f.lexical_error()?
            };
            Some(FileResult {
                problems: vec![Problem {
                    path: Some(f.path.clone()),
                    pos: Some(f.position(err.offset)),
                    severity: Severity::Error,
                    message: err.message,
                }],
                ..FileResult::default()
            })
        })
        .collect();
    // A left-out body must hold no call of a marked spawner: nothing in reach may mark one,
    // by the reach the file selection follows (this package, its imports, and the imports of
    // the user's own packages; a mark two third-party packages away is not looked for, in a
    // body as in a file).
    let elide = !run.config.no_prefilter && !marked_reachable();
    results.par_extend(selected.par_iter().map(|(file_no, file)| {
        let (left_out, chunked) = if elide {
            elision(run, pkg, *file_no, file)
        } else {
            (Vec::new(), None)
        };
        if let Some(chunked) = chunked {
            if let Some(r) = analyze_chunked(
                run, universe, pkg, *file_no, file, &enabled, &left_out, chunked,
            ) {
                return r;
            }
        }
        let left_out = if worth_leaving_out(file, &left_out) {
            left_out
        } else {
            Vec::new()
        };
        if !left_out.is_empty() {
            let tree = file.parse_without(&left_out);
            // Declarations are whole in this tree: it indexes the file for the others.
            pkg.seed_file_index(*file_no, &tree);
            if let Some(r) = analyze_file(
                run, universe, pkg, *file_no, file, &tree, &enabled, &left_out, None,
            ) {
                return r;
            }
        }
        let tree = file.parse();
        pkg.seed_file_index(*file_no, &tree);
        let mut r = analyze_file(
            run,
            universe,
            pkg,
            *file_no,
            file,
            &tree,
            &enabled,
            &[],
            None,
        )
        .unwrap_or_default();
        r.reparsed_whole = usize::from(!left_out.is_empty());
        r
    }));
    results
}

/// A large file analysed in passes ([`chunks`]): its declarations are first read region by
/// region (they index the file for the package and say what each pass needs), then the
/// regions are analysed in parallel, each pass's tree and model dropped when it is done.
/// `None` when a pass needed text another pass reads (or a left-out body), or a pass's tree
/// has an error (which a whole parse would not): the caller then analyses the file as if it
/// were not chunked.
#[allow(clippy::too_many_arguments)]
fn analyze_chunked(
    run: &RunConfig<'_>,
    universe: &Universe<'_>,
    pkg: &Arc<PkgInfo>,
    file_no: FileNo,
    file: &Arc<SourceFile>,
    enabled: &BTreeSet<&'static str>,
    left_out: &[(usize, usize)],
    mut chunked: Chunked,
) -> Option<FileResult> {
    let src = &file.src[..];
    let regions = std::mem::take(&mut chunked.regions);
    let chunk = chunked.chunk;
    // Declarations first, every body emptied: parsed in parallel a batch at a time (a
    // batch's trees are small: the text outside bodies), read in file order.
    let mut decls = chunks::Decls::default();
    let all_bodies = file.func_bodies().unwrap_or_default();
    let parts = chunks::index_parts(src, all_bodies, chunk);
    let batch = 4 * rayon::current_num_threads();
    let index = goroutinectx_scanner::index::PackageIndex::build_with_parts(
        &pkg.name,
        file,
        parts.chunks(batch).flat_map(|batch| {
            let trees: Vec<Tree> = batch
                .par_iter()
                .map(|(ranges, blanked)| file.parse_ranges(ranges, blanked))
                .collect();
            for tree in &trees {
                decls.add(src, tree);
            }
            trees
        }),
    );
    // The parts' ranges are no longer needed while the passes run.
    drop(parts);
    decls.finish();
    pkg.seed_file_index_with(file_no, index);
    let results: Vec<FileResult> = regions
        .into_par_iter()
        .map(|region| {
            let pass = decls.pass(src, region, left_out);
            let tree = pass.parse(file);
            if tree.root_node().has_error() {
                return None;
            }
            analyze_file(
                run,
                universe,
                pkg,
                file_no,
                file,
                &tree,
                enabled,
                left_out,
                Some((&pass, &chunked)),
            )
        })
        .collect::<Option<Vec<FileResult>>>()?;
    let mut out = FileResult {
        chunk_passes: results.len(),
        ..FileResult::default()
    };
    for r in results {
        out.diagnostics.extend(r.diagnostics);
        out.problems.extend(r.problems);
        out.held_back.extend(r.held_back);
    }
    Some(out)
}

/// How a large file is analysed in chunks ([`chunks`]).
struct Chunked {
    regions: Vec<std::ops::Range<usize>>,
    /// The bodies that may report (not left out), sorted; shared by the passes, each of
    /// which reads those in its region.
    kept: Arc<[(usize, usize)]>,
    /// With spawnerlabel: the bodies (their `{`) whose declarations may make a spawn call.
    spawn_decl_bodies: Option<Arc<[usize]>>,
    /// The bytes of code one parse holds at least (`chunks::CHUNK_BYTES`).
    chunk: usize,
}

/// Bodies are left out of a file only when they are at least this many tenths of it: leaving
/// out less is not worth a second parse when a question needs a left-out body after all.
const MIN_LEFT_OUT_TENTHS: usize = 2;

/// The top-level function bodies of a file selected for analysis that cannot hold a report,
/// to be left out of its parse: most of a file that can report is code that cannot, and the
/// parse is most of a run's cost. A body is kept when it may hold a site, by
/// [`may_hold_site`]'s lexical tests applied to it (the `go` keyword, a spawning API's or an
/// external spawner's name), or, with spawnerlabel, when its declaration may make a spawn
/// call (`scope::search::lexical_spawn_closure`, the checker's own pre-check) or is named
/// like an external spawner. With them, the passes of a chunked analysis ([`chunks::plan`])
/// when the file is large.
///
/// Nothing is left out of a file with a directive (comments in bodies count), of a file whose
/// syntax is not known to be valid (an error in a left-out body must still be reported), or
/// when the prefilter is off; the caller also keeps everything when a marked spawner is in
/// reach (any call may then be a site), and when the bodies left out would be under
/// [`MIN_LEFT_OUT_TENTHS`] of the file ([`worth_leaving_out`]). When a question needs a
/// left-out body after all (a factory declared in the file, the assignments to a
/// package-level variable), the file is analysed again from a whole parse
/// (`Semantics::needed_elided_code`), so leaving bodies out never changes a result.
fn elision(
    run: &RunConfig<'_>,
    pkg: &PkgInfo,
    file_no: FileNo,
    file: &SourceFile,
) -> (Vec<(usize, usize)>, Option<Chunked>) {
    if contains(&file.src, b"goroutinectx:") {
        return (Vec::new(), None);
    }
    let Some(bodies) = file.func_bodies() else {
        return (Vec::new(), None);
    };
    let dot_import = has_dot_import(file);
    let src = &file.src[..];
    // With spawnerlabel: the names whose mention may make a spawn call (its lexical
    // pre-check's), and which bodies mention one, directly or through this file's functions.
    let (spawns, mut wanted) = if run.func_checkers.is_empty() {
        (vec![false; bodies.len()], None)
    } else {
        let wanted = goroutinectx_scope::search::spawn_wanted_names(pkg, file_no, &run.spawn_names);
        let decls: Vec<(Option<&[u8]>, std::ops::Range<usize>)> = bodies
            .iter()
            .map(|b| ((!b.method).then_some(b.name.as_bytes()), b.open..b.end))
            .collect();
        let spawns = goroutinectx_scope::search::lexical_spawn_closure(
            src,
            &decls,
            &wanted,
            &run.spawn_names,
        );
        (spawns, Some(wanted))
    };
    let mut left_out: Vec<(usize, usize)> = bodies
        .iter()
        .zip(&spawns)
        .filter(|(b, spawns)| {
            !(b.has_go
                || **spawns
                || names_spawn_call(run, &src[b.open..b.end], dot_import)
                || (!run.func_checkers.is_empty() && run.external_names.contains(&b.name)))
        })
        .map(|(b, _)| (b.open, b.end))
        .collect();
    // A table that mentions a function of this file that may spawn is kept too.
    if let Some(wanted) = wanted.as_mut() {
        wanted.extend(
            bodies
                .iter()
                .zip(&spawns)
                .filter(|(b, s)| **s && !b.method)
                .map(|(b, _)| b.name.as_bytes()),
        );
    }
    let literals = initialiser_literals(run, file, dot_import, wanted.as_ref());
    let (file_bytes, chunk) = run
        .config
        .chunk_bytes
        .map_or((chunks::CHUNK_FILE_BYTES, chunks::CHUNK_BYTES), |c| (c, c));
    let chunked = chunks::regions(src, bodies, &left_out, file_bytes, chunk).map(|regions| {
        let kept: Arc<[(usize, usize)]> = bodies
            .iter()
            .map(|b| (b.open, b.end))
            .filter(|r| left_out.binary_search(r).is_err())
            .collect();
        let spawn_decl_bodies = (!run.func_checkers.is_empty()).then(|| {
            bodies
                .iter()
                .zip(&spawns)
                .filter(|(_, s)| **s)
                .map(|(b, _)| b.open)
                .collect()
        });
        Chunked {
            regions,
            kept,
            spawn_decl_bodies,
            chunk,
        }
    });
    // A chunked file's passes keep its package-level code whole.
    if chunked.is_none() && !literals.is_empty() {
        left_out.extend(literals);
        left_out.sort_unstable();
    }
    // Last, as the dearest test: the recognizer vouches that no syntax error can hide in a
    // left-out body.
    if (chunked.is_none() && !worth_leaving_out(file, &left_out)) || !file.has_valid_syntax() {
        return (Vec::new(), None);
    }
    (left_out, chunked)
}

/// The composite literal bodies of the file's package-level initialisers that cannot hold a
/// report (`var cases = []testCase{…}`: a table of test cases is often most of a test
/// file): no `go` statement and no spawn call by name inside and, with spawnerlabel
/// (`label_wanted`: its lexical pre-check's names and this file's functions that may spawn),
/// no mention of a name that may make a spawn call. Their elements are read again, from a
/// whole parse, when a question asks for them (P8 FieldLit and P9 IndexLit:
/// `Semantics::literal_left_out`); spawnerlabel's search never reads a package-level
/// initialiser's elements (it follows local variables only, and package-level variables are
/// no captures).
fn initialiser_literals(
    run: &RunConfig<'_>,
    file: &SourceFile,
    dot_import: bool,
    label_wanted: Option<&rustc_hash::FxHashSet<&[u8]>>,
) -> Vec<(usize, usize)> {
    let Some(literals) = file.var_literal_bodies() else {
        return Vec::new();
    };
    literals
        .iter()
        .filter(|l| {
            let text = &file.src[l.open..l.end];
            !l.has_go
                && !names_spawn_call(run, text, dot_import)
                && label_wanted.is_none_or(|w| !goroutinectx_scope::search::mentions_any(text, w))
        })
        .map(|l| (l.open, l.end))
        .collect()
}

/// Whether leaving these bodies out of the file's parse is worth a second parse when a
/// question needs one of them after all ([`MIN_LEFT_OUT_TENTHS`]).
fn worth_leaving_out(file: &SourceFile, left_out: &[(usize, usize)]) -> bool {
    let blanked: usize = left_out.iter().map(|(start, end)| end - start).sum();
    !left_out.is_empty() && blanked * 10 >= file.src.len() * MIN_LEFT_OUT_TENTHS
}

#[allow(clippy::too_many_arguments)]
fn analyze_file(
    run: &RunConfig<'_>,
    universe: &Universe<'_>,
    pkg: &Arc<PkgInfo>,
    file_no: FileNo,
    file: &SourceFile,
    tree: &Tree,
    enabled: &BTreeSet<&'static str>,
    left_out: &[(usize, usize)],
    pass: Option<(&chunks::Pass, &Chunked)>,
) -> Option<FileResult> {
    let mut out = FileResult::default();
    // A chunked analysis's pass checks only what starts in its region.
    let mine = |offset: usize| pass.is_none_or(|(p, _)| p.region.contains(&offset));
    if let Some(err) = file.syntax_error(tree).filter(|e| mine(e.offset)) {
        out.problems.push(Problem {
            path: Some(file.path.clone()),
            pos: Some(file.position(err.offset)),
            severity: Severity::Error,
            message: err.message,
        });
    }
    if file.generated || file.is_unterminated() {
        return Some(out);
    }
    let directives = collect_directives(file, tree);
    let model = FileModel::build(file, tree);
    let mut sem = Semantics::new(universe, pkg.clone(), file_no, &model, &run.ctx);
    if !left_out.is_empty() {
        sem = sem.with_elided_bodies(left_out.to_vec());
    }
    if let Some((pass, chunked)) = pass {
        sem = sem.with_other_chunks(
            chunked.kept.clone(),
            pass.region.clone(),
            pass.absent.clone(),
            chunked.spawn_decl_bodies.clone(),
        );
    }
    let diagnostic = |offset: usize, message: String, checker: &'static str| Diagnostic {
        path: file.path.clone(),
        pos: file.position(offset),
        message,
        checker,
        package: pkg.id.path.clone(),
        in_test_file: file.is_test,
    };
    let debug_unknown = run.config.debug_unknown;
    let mut held_back: Vec<Diagnostic> = Vec::new();
    // With `-debug=u`, a passing check is run again with unknown types counted as not
    // contexts; if it fails then, the report was held back by an unknown type.
    let mut note_held_back = |findings: Vec<Finding>, hits: Vec<String>, checker| {
        for f in findings {
            let message = format!("held back ({}): {}", hits.join(", "), f.message);
            held_back.push(diagnostic(f.offset, message, checker));
        }
    };
    let mut report = |offset: usize, message: String, checker: &'static str| {
        out.diagnostics.push(diagnostic(offset, message, checker));
    };
    let mut matched: BTreeSet<&'static str> = BTreeSet::new();
    for &(node, func) in &model.spawn_sites {
        if !mine(node.start_byte()) {
            continue;
        }
        let is_go = node.kind_name() == kind::GO_STATEMENT;
        // The check line: the `go` keyword, or where the call expression starts.
        let line = || file.position(node.start_byte()).line;
        // Calls go only to the checkers that could report on them or whose ignore directive
        // could be consulted here; most calls have none, and then no scope is looked up.
        let call_checkers: Vec<&dyn CallChecker> = if is_go {
            Vec::new()
        } else {
            run.call_checkers
                .iter()
                .map(|c| c.as_ref())
                .filter(|c| {
                    (!directives.is_empty() && directives.could_cover(line(), c.name()))
                        || c.may_report(&sem, node)
                })
                .collect()
        };
        if (is_go && run.go_checkers.is_empty()) || (!is_go && call_checkers.is_empty()) {
            continue;
        }
        let Some((_, scope_name)) = func.and_then(|f| sem.ctx_scope_of(f)) else {
            continue;
        };
        // Syntax errors are statement-local: only a `go` statement whose own code contains
        // one is left unreported (its meaning is unknown); the rest of the function is not.
        let broken = node.has_error();
        let cx = CheckContext {
            sem: &sem,
            scope_name: &scope_name,
            derivers: &run.derivers,
            deriver_flag: &run.config.goroutine_deriver,
        };
        let line = line();
        if !is_go {
            for checker in call_checkers {
                if !checker.matches(&cx, node) {
                    if !directives.is_empty()
                        && directives.could_cover(line, checker.name())
                        && checker.may_match_unknown(&cx, node)
                    {
                        directives.consult(line, checker.name());
                    }
                    continue;
                }
                matched.insert(checker.name());
                if directives.consult(line, checker.name()) || broken {
                    continue;
                }
                let findings = checker.check_call(&cx, node);
                if findings.is_empty() && debug_unknown {
                    let (strict, hits) =
                        sem.with_unknown_as_not_ctx(|| checker.check_call(&cx, node));
                    note_held_back(strict, hits, checker.name());
                }
                for f in findings {
                    report(f.offset, f.message, checker.name());
                }
            }
            continue;
        }
        for checker in &run.go_checkers {
            if directives.consult(line, checker.name()) || broken {
                continue;
            }
            match checker.check_go(&cx, node) {
                Some(f) => report(f.offset, f.message, checker.name()),
                None if debug_unknown => {
                    let (strict, hits) =
                        sem.with_unknown_as_not_ctx(|| checker.check_go(&cx, node));
                    note_held_back(strict.into_iter().collect(), hits, checker.name());
                }
                None => {}
            }
        }
    }
    // Declarations (spawnerlabel): ignore directives are consulted on the `func` line, and
    // only for a finding.
    if !run.func_checkers.is_empty() {
        let mut cursor = tree.root_node().walk();
        for decl in tree.root_node().named_children(&mut cursor) {
            if !matches!(
                decl.kind_name(),
                kind::FUNCTION_DECLARATION | kind::METHOD_DECLARATION
            ) || decl.has_error()
                || !mine(decl.start_byte())
            {
                continue;
            }
            for checker in &run.func_checkers {
                let Some(f) = checker.check_func(&sem, decl) else {
                    continue;
                };
                let line = file.position(decl.start_byte()).line;
                if !directives.consult(line, checker.name()) {
                    report(f.offset, f.message, checker.name());
                }
            }
        }
    }
    // A checker that matched a call here was active in this package even if the package
    // itself marks no spawner (a spawner of another package, SPEC §12.2).
    let mut enabled = enabled.clone();
    enabled.extend(matched);
    for (offset, message) in directives.unused(&enabled) {
        if mine(offset) {
            report(offset, message, "");
        }
    }
    if debug_unknown {
        held_back.extend(
            unidentified_api_calls(&sem)
                .into_iter()
                .filter(|(offset, _)| mine(*offset))
                .map(|(offset, message)| diagnostic(offset, message, "")),
        );
    }
    out.held_back = held_back;
    if sem.needed_elided_code() {
        return None;
    }
    Some(out)
}

/// For `-debug=u`: calls in a ctx scope named like a method of a spawning API (`x.Go(…)`,
/// `x.ForEach(…)`) whose receiver's type is unknown, so the call could not be identified.
fn unidentified_api_calls(sem: &Semantics<'_, '_>) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    for &(node, func) in &sem.model.spawn_sites {
        if node.kind_name() != kind::CALL_EXPRESSION {
            continue;
        }
        let Some(callee) = node.child_by_field_id(goroutinectx_scanner::fields::function()) else {
            continue;
        };
        if callee.kind_name() != kind::SELECTOR_EXPRESSION {
            continue;
        }
        let (Some(operand), Some(field)) = (
            callee.child_by_field_id(goroutinectx_scanner::fields::operand()),
            callee.child_by_field_id(goroutinectx_scanner::fields::field()),
        ) else {
            continue;
        };
        let name = sem.text(field);
        if !goroutinectx_checkers::api::is_api_name(name)
            || sem.package_of_qualifier(operand).is_some()
            || func.and_then(|f| sem.ctx_scope_of(f)).is_none()
            || !sem.expr_type(operand).is_unknown()
        {
            continue;
        }
        out.push((
            field.start_byte(),
            format!(
                "held back: receiver of {name}() has an unknown type: {}",
                sem.text(operand)
            ),
        ));
    }
    out
}

/// The ignore directives of a file, from its comment nodes.
fn collect_directives(file: &SourceFile, tree: &Tree) -> FileDirectives {
    let mut out = FileDirectives::default();
    if !contains(&file.src, b"goroutinectx:ignore") {
        return out;
    }
    for_each_node(tree.root_node(), |node| {
        if node.kind_name() == kind::COMMENT {
            if let Some(ignored) = parse_ignore(file.text(node)) {
                let line = file.position(node.start_byte()).line;
                out.add(
                    line,
                    Directive {
                        offset: node.start_byte(),
                        ignored,
                    },
                );
            }
        }
    });
    out
}

/// Visits every node of a tree in document order, with an explicit cursor (no recursion, so
/// nesting depth is irrelevant).
fn for_each_node<'t>(root: Node<'t>, mut visit: impl FnMut(Node<'t>)) {
    let mut cursor = root.walk();
    loop {
        visit(cursor.node());
        if cursor.goto_first_child() {
            continue;
        }
        loop {
            if cursor.goto_next_sibling() {
                break;
            }
            if !cursor.goto_parent() {
                return;
            }
        }
    }
}

/// One warning per import path that no package can be found for, at its first import spec.
/// Resolution only looks at directory listings: no imported package is read. Without a GOROOT,
/// standard imports are not listed one by one; a single warning says so.
fn unresolved_imports(workspace: &Workspace, units: &[Unit]) -> Vec<Problem> {
    type ImportKey<'u> = (usize, Origin, &'u str);
    let goroot_known = workspace.env.goroot.is_some();
    // The first use of each import (by resolver, origin and path), in the units' order.
    let mut first_use: rustc_hash::FxHashMap<ImportKey<'_>, (&Unit, &Arc<SourceFile>, usize)> =
        rustc_hash::FxHashMap::default();
    for u in units {
        let resolver_id = Arc::as_ptr(&u.target.resolver) as usize;
        for f in &u.package().files {
            for spec in &f.header.imports {
                if spec.path == "C" || spec.path == "unsafe" {
                    continue;
                }
                first_use
                    .entry((resolver_id, u.target.location.origin, spec.path.as_str()))
                    .or_insert((u, f, spec.offset));
            }
        }
    }
    let mut entries: Vec<_> = first_use.into_iter().collect();
    entries.sort_unstable_by_key(|(key, _)| *key);
    let missing: Vec<(bool, Problem)> = entries
        .par_iter()
        .filter_map(|((_, origin, path), (unit, file, offset))| {
            if unit.target.resolver.resolve(path, *origin).is_some() {
                return None;
            }
            let std_like = !path.split('/').next().unwrap_or("").contains('.');
            Some((
                std_like,
                Problem {
                    path: Some(file.path.clone()),
                    pos: Some(file.position(*offset)),
                    severity: Severity::Warning,
                    message: format!(
                        "cannot find package \"{path}\"; its declarations are treated as unknown"
                    ),
                },
            ))
        })
        .collect();
    let any_std_missing = missing.iter().any(|(std_like, _)| *std_like);
    let mut out: Vec<Problem> = missing
        .into_iter()
        .filter(|(std_like, _)| goroot_known || !std_like)
        .map(|(_, p)| p)
        .collect();
    if !goroot_known && any_std_missing {
        out.push(problem(
            None,
            Severity::Warning,
            "GOROOT not found (set GOROOT or put go on PATH); standard packages other than the embedded stubs are unknown".to_string(),
        ));
    }
    out
}
