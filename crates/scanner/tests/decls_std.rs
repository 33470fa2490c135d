//! Differential test of the lexical declaration scan (and the byte search that rules out
//! files declaring no alias) against the parse-based index, on the installed Go standard
//! library (skipped when no GOROOT is found) and on the differential corpus's vendored module
//! (`GOROUTINECTX_CORPUS`; skipped without it).

use std::collections::BTreeSet;
use std::sync::Arc;

use goroutinectx_scanner::decls::scan_decl_names;
use goroutinectx_scanner::fields::NodeKind;
use goroutinectx_scanner::index::PackageIndex;
use goroutinectx_scanner::kind;
use goroutinectx_scanner::{GoEnv, SourceFile};

use goroutinectx_testkit::go_files;

#[test]
fn lexical_names_match_the_parsed_index_on_std() {
    let Some(src) = GoEnv::from_process().goroot_src() else {
        eprintln!("skipped: no GOROOT");
        return;
    };
    check(&src);
}

#[test]
fn lexical_names_match_the_parsed_index_on_the_corpus() {
    let Some(corpus) = std::env::var_os("GOROUTINECTX_CORPUS") else {
        eprintln!("skipped: GOROUTINECTX_CORPUS not set");
        return;
    };
    let buildah = std::path::Path::new(&corpus).join("buildah");
    if !buildah.is_dir() {
        eprintln!("skipped: {} not found", buildah.display());
        return;
    }
    // The module and its vendored dependencies: third-party code, generated code included.
    check(&buildah);
}

fn check(root: &std::path::Path) {
    let mut checked = 0;
    let mut mismatches = Vec::new();
    // Every third file keeps the test quick; the selection is deterministic.
    for path in go_files(root).into_iter().step_by(3) {
        let Ok(bytes) = std::fs::read(&path) else {
            continue;
        };
        let file = Arc::new(SourceFile::new(path.clone(), bytes));
        let tree = file.parse();
        if file.syntax_error(&tree).is_some() {
            continue;
        }
        // Every package-level initialiser literal found lexically is a composite literal's
        // body inside a top-level `var` declaration of the tree.
        for l in goroutinectx_scanner::decls::var_literal_bodies(&file.src).unwrap_or_default() {
            let node = tree.root_node().descendant_for_byte_range(l.open, l.end);
            let exact = node.is_some_and(|n| {
                n.kind_name() == kind::LITERAL_VALUE
                    && n.start_byte() == l.open
                    && n.end_byte() == l.end
                    && n.parent()
                        .is_some_and(|p| p.kind_name() == kind::COMPOSITE_LITERAL)
                    && std::iter::successors(n.parent(), |p| p.parent()).any(|a| {
                        a.kind_name() == kind::VAR_DECLARATION
                            && a.parent().is_some_and(|top| top.parent().is_none())
                    })
            });
            if !exact {
                mismatches.push(format!(
                    "{}: var_literal_bodies gives {}..{}, not a top-level initialiser's literal",
                    path.display(),
                    l.open,
                    l.end
                ));
            }
        }
        let ix = PackageIndex::build("p", [&file]);
        let names = scan_decl_names(&file.src);
        // The cheap alias test never misses one (the lexical scan's candidates include every
        // name of a `type (…)` group; the test looks inside).
        if ix.types.values().any(|d| d.alias)
            && !goroutinectx_scanner::decls::may_declare_alias(&file.src)
        {
            mismatches.push(format!(
                "{}: may_declare_alias misses an alias",
                path.display()
            ));
        }
        // `_` declares nothing.
        let set = |v: &[String]| {
            v.iter()
                .filter(|n| *n != "_")
                .cloned()
                .collect::<BTreeSet<_>>()
        };
        let keys = |m: Vec<&String>| {
            m.into_iter()
                .filter(|n| *n != "_")
                .cloned()
                .collect::<BTreeSet<_>>()
        };
        let methods: BTreeSet<(String, String)> = ix
            .methods
            .iter()
            .flat_map(|(t, ms)| ms.iter().map(move |m| (t.clone(), m.name.clone())))
            .collect();
        // Every alias is among the possible aliases (the converse need not hold).
        let maybe = set(&names.maybe_aliases);
        let aliases_covered = ix
            .types
            .iter()
            .filter(|(n, d)| d.alias && *n != "_")
            .all(|(n, _)| maybe.contains(n));
        let ok = aliases_covered
            && set(&names.funcs) == keys(ix.funcs.keys().collect())
            && set(&names.types) == keys(ix.types.keys().collect())
            && set(&names.vars) == keys(ix.vars.keys().collect())
            && set(&names.consts) == keys(ix.consts.keys().collect())
            && names.methods.iter().cloned().collect::<BTreeSet<_>>() == methods;
        if !ok {
            let diff = |a: BTreeSet<String>, b: BTreeSet<String>| {
                a.symmetric_difference(&b).cloned().collect::<Vec<_>>()
            };
            mismatches.push(format!(
                "{}: funcs {:?} types {:?} vars {:?} consts {:?}",
                path.display(),
                diff(set(&names.funcs), keys(ix.funcs.keys().collect())),
                diff(set(&names.types), keys(ix.types.keys().collect())),
                diff(set(&names.vars), keys(ix.vars.keys().collect())),
                diff(set(&names.consts), keys(ix.consts.keys().collect())),
            ));
        }
        checked += 1;
    }
    assert!(checked > 100, "only {checked} files checked");
    assert!(
        mismatches.is_empty(),
        "{} of {checked} files differ, e.g. {:?}",
        mismatches.len(),
        &mismatches[..mismatches.len().min(2)]
    );
}
