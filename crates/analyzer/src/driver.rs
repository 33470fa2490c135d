//! The run: patterns -> targets -> units -> files, in parallel, into one sorted report.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;

use goroutinectx_scanner::package::LoadError;
use goroutinectx_scanner::{Origin, Package, SourceFile, Target, Workspace};
use rayon::prelude::*;
use tree_sitter::{Node, Tree};

use crate::config::{Config, RunOptions};
use crate::diagnostic::{Diagnostic, Problem, Report, Severity, UnitInfo};

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
}

/// Runs the enabled checkers over the packages matched by `opts.patterns`.
///
/// Units are analysed in parallel; within a unit, files are parsed in parallel and the trees
/// are kept only until the unit is done, so memory is bounded by the units in flight rather
/// than by the size of the run.
pub fn analyze(config: &Config, opts: &RunOptions) -> Report {
    let Loaded {
        workspace,
        units,
        mut report,
    } = load(opts);
    report
        .problems
        .extend(unresolved_imports(&workspace, &units));
    let results: Vec<FileResult> = units
        .par_iter()
        .flat_map_iter(|unit| analyze_unit(config, unit))
        .collect();
    report.stats.parsed_files = units
        .iter()
        .flat_map(|u| u.package().files.iter())
        .filter(|f| f.is_parsed())
        .count();
    for r in results {
        report.diagnostics.extend(r.diagnostics);
        report.problems.extend(r.problems);
    }
    report.finish();
    report
}

fn analyze_unit(config: &Config, unit: &Unit) -> Vec<FileResult> {
    let files = &unit.package().files;
    let trees: Vec<Tree> = files.par_iter().map(|f| f.parse()).collect();
    files
        .par_iter()
        .zip(trees.par_iter())
        .map(|(file, tree)| analyze_file(config, unit, file, tree))
        .collect()
}

fn analyze_file(config: &Config, unit: &Unit, file: &SourceFile, tree: &Tree) -> FileResult {
    let mut out = FileResult::default();
    if let Some(err) = file.syntax_error(tree) {
        out.problems.push(Problem {
            path: Some(file.path.clone()),
            pos: Some(file.position(err.offset)),
            severity: Severity::Error,
            message: err.message,
        });
    }
    if file.generated {
        return out;
    }
    let package = &unit.package().import_path;
    for_each_spawn_site(tree.root_node(), |node| {
        // Checkers are dispatched here (SPEC §3.0.1); none is registered yet.
        let _ = (config, package, node);
    });
    out
}

/// Visits every `go` statement and call expression of a tree in document order, with an
/// explicit cursor (no recursion, so nesting depth is irrelevant).
fn for_each_spawn_site<'t>(root: Node<'t>, mut visit: impl FnMut(Node<'t>)) {
    let mut cursor = root.walk();
    loop {
        let node = cursor.node();
        if matches!(node.kind(), "go_statement" | "call_expression") {
            visit(node);
        }
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
    type ImportKey = (usize, Origin, String);
    let goroot_known = workspace.env.goroot.is_some();
    let mut first_use: BTreeMap<ImportKey, (&Unit, &Arc<SourceFile>, usize)> = BTreeMap::new();
    for u in units {
        let resolver_id = Arc::as_ptr(&u.target.resolver) as usize;
        for f in &u.package().files {
            for spec in &f.header.imports {
                if spec.path == "C" || spec.path == "unsafe" {
                    continue;
                }
                first_use
                    .entry((resolver_id, u.target.location.origin, spec.path.clone()))
                    .or_insert((u, f, spec.offset));
            }
        }
    }
    let entries: Vec<_> = first_use.into_iter().collect();
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
