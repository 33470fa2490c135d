//! The package cache contract: each package is loaded at most once per run, whatever the
//! contention; import cycles neither recurse nor deadlock; a package nobody asks for is never
//! read; files are parsed only when something needs their syntax.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Barrier};

use goroutinectx_scanner::idx::Idx;
use goroutinectx_scanner::index::{FileNo, TypeExpr};
use goroutinectx_scanner::{
    DirPackages, GoEnv, Location, Origin, Package, PackageLocation, Resolver, Workspace,
};
use goroutinectx_testkit::{empty_env, go_env, with_deadline, write};

fn main_package(p: &DirPackages) -> &Package {
    p.package.as_ref().expect("a package")
}

// ---------------------------------------------------------------------------------------------
// (a) one load per package under contention
// ---------------------------------------------------------------------------------------------

#[test]
fn one_load_per_package_under_contention() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path();
    let goroot = root.join("goroot");
    write(
        &goroot,
        "src/context/context.go",
        "package context\n\ntype Context interface{}\n",
    );
    let m = root.join("m");
    write(&m, "go.mod", "module example.com/m\n\ngo 1.22\n");
    // Packages big enough that loads overlap in time.
    for p in 0..3 {
        for f in 0..40 {
            let mut src = format!("package p{p}\n\nimport \"context\"\n\n");
            for i in 0..50 {
                src.push_str(&format!(
                    "func F{f}_{i}(ctx context.Context) {{ go func() {{ _ = ctx }}() }}\n"
                ));
            }
            write(&m, &format!("p{p}/f{f}.go"), &src);
        }
    }
    let ws = Workspace::new(go_env([("GOROOT", &goroot)]), m.clone());
    let resolver = ws.resolver_for_dir(&m);
    let paths = [
        "example.com/m/p0",
        "example.com/m/p1",
        "example.com/m/p2",
        "context",
        "golang.org/x/sync/errgroup",
    ];
    let locs: Vec<PackageLocation> = paths
        .iter()
        .map(|p| resolver.resolve(p, Origin::MainModule).unwrap())
        .collect();
    assert_eq!(
        locs[4].location,
        Location::Stub("golang.org/x/sync/errgroup")
    );
    assert_eq!(ws.load_count(), 0, "resolution reads no package");

    const THREADS: usize = 16;
    let barrier = Barrier::new(THREADS);
    let results: Vec<Vec<Arc<DirPackages>>> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..THREADS)
            .map(|t| {
                let (ws, locs, barrier, resolver) = (&ws, &locs, &barrier, &resolver);
                s.spawn(move || {
                    barrier.wait();
                    // Half the threads go through `import`, half through `load`, each in a
                    // different order.
                    let mut got = vec![None; locs.len()];
                    for k in 0..locs.len() {
                        let i = (k + t) % locs.len();
                        let p = if t % 2 == 0 {
                            ws.load(&locs[i])
                        } else {
                            let (loc, p) = ws
                                .import(resolver, Origin::MainModule, &locs[i].import_path)
                                .unwrap();
                            assert_eq!(loc, locs[i]);
                            p
                        };
                        // Every thread asks for the index too: built once, shared.
                        let ix = main_package(&p).exported_index();
                        assert!(!ix.name.is_empty());
                        got[i] = Some(p);
                    }
                    got.into_iter().map(Option::unwrap).collect::<Vec<_>>()
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });

    assert_eq!(ws.load_count(), locs.len());
    let mut expected: Vec<Location> = locs.iter().map(|l| l.location.clone()).collect();
    expected.sort();
    assert_eq!(ws.loaded_locations(), expected);
    for (i, loc) in locs.iter().enumerate() {
        let first = &results[0][i];
        for r in &results {
            assert!(Arc::ptr_eq(first, &r[i]), "{loc:?} loaded twice");
            assert!(std::ptr::eq(
                main_package(first).exported_index(),
                main_package(&r[i]).exported_index()
            ));
        }
    }
    assert_eq!(main_package(&results[0][0]).files.len(), 40);
    // Asking again later is still a cache hit.
    let again = ws.load(&locs[1]);
    assert!(Arc::ptr_eq(&again, &results[7][1]));
    assert_eq!(ws.load_count(), locs.len());
}

// ---------------------------------------------------------------------------------------------
// (b) import cycles
// ---------------------------------------------------------------------------------------------

/// GOPATH layout: `a` imports `b`, `b` imports `a`, with an alias loop `a.T = b.U`, `b.U = a.T`.
fn cycle_tree(root: &Path) -> (PathBuf, GoEnv) {
    let gopath = root.join("gopath");
    write(
        &gopath,
        "src/example.com/a/a.go",
        "package a\n\nimport \"example.com/b\"\n\ntype T = b.U\n\nfunc F() b.U { return nil }\n",
    );
    write(
        &gopath,
        "src/example.com/b/b.go",
        "package b\n\nimport (\n\tx \"example.com/a\"\n)\n\ntype U = x.T\n\nvar V x.T\n",
    );
    let map: HashMap<String, String> =
        [("GOPATH", gopath.to_str().unwrap()), ("GO111MODULE", "off")]
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
    (gopath, GoEnv::from_vars(|k| map.get(k).cloned()))
}

/// The import path a qualifier stands for in file `file` of `pkg`.
fn qualifier_path(pkg: &Package, file: FileNo, qualifier: &str) -> Option<String> {
    pkg.exported_index().files[file]
        .imports
        .iter()
        .find(|i| match &i.name {
            Some(n) => n == qualifier,
            None => i.path.rsplit('/').next() == Some(qualifier),
        })
        .map(|i| i.path.clone())
}

/// Follows alias declarations across packages with a visited set. Returns the chain of
/// (import path, type name) visited and whether it ended in a cycle.
fn chase_alias(
    ws: &Workspace,
    resolver: &Resolver,
    start: (&str, &str),
) -> (Vec<(String, String)>, bool) {
    let mut seen = HashSet::new();
    let mut chain = Vec::new();
    let (mut path, mut name) = (start.0.to_string(), start.1.to_string());
    loop {
        if !seen.insert((path.clone(), name.clone())) {
            return (chain, true);
        }
        chain.push((path.clone(), name.clone()));
        let (_, pkgs) = ws.import(resolver, Origin::Gopath, &path).unwrap();
        let pkg = main_package(&pkgs);
        let decl = pkg.exported_index().types[&name].clone();
        if !decl.alias {
            return (chain, false);
        }
        let TypeExpr::Named {
            qualifier: Some(q),
            name: target,
            ..
        } = &decl.ty
        else {
            return (chain, false);
        };
        path = qualifier_path(pkg, decl.file, q).unwrap();
        name = target.clone();
    }
}

#[test]
fn import_cycle_terminates_and_hits_the_cache() {
    with_deadline(30, || {
        let tmp = tempfile::tempdir().unwrap();
        let (gopath, env) = cycle_tree(tmp.path());
        let a_dir = gopath.join("src/example.com/a");
        let ws = Workspace::new(env, a_dir.clone());
        let resolver = ws.resolver_for_dir(&a_dir);
        assert_eq!(resolver.module_root(), None);

        const THREADS: usize = 8;
        const HOPS: usize = 10;
        let barrier = Barrier::new(THREADS);
        let seen: Vec<Vec<(String, Arc<DirPackages>)>> = std::thread::scope(|s| {
            let handles: Vec<_> = (0..THREADS)
                .map(|t| {
                    let (ws, resolver, barrier) = (&ws, &resolver, &barrier);
                    s.spawn(move || {
                        barrier.wait();
                        let mut path = if t % 2 == 0 {
                            "example.com/a".to_string()
                        } else {
                            "example.com/b".to_string()
                        };
                        let mut out = Vec::new();
                        for _ in 0..HOPS {
                            let (loc, pkgs) = ws.import(resolver, Origin::Gopath, &path).unwrap();
                            assert_eq!(loc.origin, Origin::Gopath);
                            let ix = main_package(&pkgs).exported_index();
                            let imports: Vec<&str> = ix
                                .files
                                .iter()
                                .flat_map(|f| f.imports.iter().map(|i| i.path.as_str()))
                                .collect();
                            assert_eq!(imports.len(), 1, "{imports:?}");
                            out.push((path.clone(), pkgs.clone()));
                            path = imports[0].to_string();
                        }
                        out
                    })
                })
                .collect();
            handles.into_iter().map(|h| h.join().unwrap()).collect()
        });

        assert_eq!(ws.load_count(), 2);
        let canonical: HashMap<String, Arc<DirPackages>> = seen[0]
            .iter()
            .map(|(p, pk)| (p.clone(), pk.clone()))
            .collect();
        for chain in &seen {
            assert_eq!(chain.len(), HOPS);
            for (i, (path, pkgs)) in chain.iter().enumerate() {
                assert!(Arc::ptr_eq(&canonical[path], pkgs));
                // The hops alternate.
                let other = if path == "example.com/a" {
                    "example.com/b"
                } else {
                    "example.com/a"
                };
                if let Some((next, _)) = chain.get(i + 1) {
                    assert_eq!(next, other);
                }
            }
        }

        // The alias loop a.T -> b.U -> a.T is detected, from either end and from many
        // threads at once.
        std::thread::scope(|s| {
            for t in 0..THREADS {
                let (ws, resolver) = (&ws, &resolver);
                s.spawn(move || {
                    let start = if t % 2 == 0 {
                        ("example.com/a", "T")
                    } else {
                        ("example.com/b", "U")
                    };
                    let (chain, cycle) = chase_alias(ws, resolver, start);
                    assert!(cycle);
                    assert_eq!(chain.len(), 2, "{chain:?}");
                });
            }
        });
        assert_eq!(ws.load_count(), 2);
    });
}

#[test]
fn self_import_does_not_recurse() {
    with_deadline(30, || {
        let tmp = tempfile::tempdir().unwrap();
        let m = tmp.path().join("m");
        write(&m, "go.mod", "module example.com/m\n\ngo 1.22\n");
        write(
            &m,
            "s/s.go",
            "package s\n\nimport \"example.com/m/s\"\n\ntype A = s.A\n",
        );
        let ws = Workspace::new(empty_env(), m.clone());
        let r = ws.resolver_for_dir(&m);
        let (_, first) = ws
            .import(&r, Origin::MainModule, "example.com/m/s")
            .unwrap();
        let ix = main_package(&first).exported_index();
        let (_, again) = ws
            .import(
                &r,
                Origin::MainModule,
                &ix.files[FileNo::new(0)].imports[0].path,
            )
            .unwrap();
        assert!(Arc::ptr_eq(&first, &again));
        assert!(ix.types["A"].alias);
        assert_eq!(ws.load_count(), 1);
    });
}

// ---------------------------------------------------------------------------------------------
// (c) unneeded imports are never read, (d) parsing is lazy
// ---------------------------------------------------------------------------------------------

fn lazy_tree(root: &Path) -> PathBuf {
    let m = root.join("m");
    write(&m, "go.mod", "module example.com/m\n\ngo 1.22\n");
    write(
        &m,
        "a/a.go",
        "package a\n\nimport (\n\t\"example.com/m/b\"\n\t\"example.com/m/c\"\n)\n\n\
         func F() b.Thing { c.Touch(); return b.Thing{} }\n",
    );
    write(&m, "a/a_test.go", "package a\n\nfunc helper() {}\n");
    write(&m, "b/b.go", "package b\n\ntype Thing struct{ N int }\n");
    write(
        &m,
        "b/more.go",
        "package b\n\nfunc New() Thing { return Thing{} }\n",
    );
    write(&m, "b/b_test.go", "package b\n\nfunc testHelper() {}\n");
    write(&m, "b/x_test.go", "package b_test\n\nfunc X() {}\n");
    // `c` would make trouble if anything read it.
    write(&m, "c/c.go", "package c\n\nfunc Touch( {{{ not go\n");
    m
}

#[test]
fn unneeded_import_is_never_read() {
    let tmp = tempfile::tempdir().unwrap();
    let m = lazy_tree(tmp.path());
    let ws = Workspace::new(empty_env(), m.clone());
    let exp = ws.expand(&["./a".to_string()]);
    assert!(exp.errors.is_empty(), "{:?}", exp.errors);
    assert_eq!(exp.targets.len(), 1);
    let target = &exp.targets[0];
    let a = ws.load(&target.location);
    let a_pkg = main_package(&a);
    let a_index = a_pkg.exported_index();
    let imports: Vec<&str> = a_index.files[FileNo::new(0)]
        .imports
        .iter()
        .map(|i| i.path.as_str())
        .collect();
    assert_eq!(imports, ["example.com/m/b", "example.com/m/c"]);

    let (b_loc, b) = ws
        .import(&target.resolver, target.location.origin, "example.com/m/b")
        .unwrap();
    assert_eq!(b_loc.location, Location::Dir(m.join("b")));
    let b_index = main_package(&b).exported_index();
    assert!(b_index.types.contains_key("Thing"));
    assert!(b_index.funcs.contains_key("New"));

    assert_eq!(
        ws.loaded_locations(),
        [Location::Dir(m.join("a")), Location::Dir(m.join("b"))]
    );
    assert_eq!(ws.load_count(), 2);
    // Resolving `c` (a directory listing) still loads nothing.
    assert!(target
        .resolver
        .resolve("example.com/m/c", Origin::MainModule)
        .is_some());
    assert_eq!(ws.load_count(), 2);
}

#[test]
fn each_directory_is_read_once() {
    // The pattern walk, resolution and loading all ask for the same directories.
    let tmp = tempfile::tempdir().unwrap();
    let m = tmp.path().join("m");
    write(
        &m,
        "a/a.go",
        "package a\n\nimport \"example.com/m/b\"\n\nvar _ = b.X\n",
    );
    write(
        &m,
        "b/b.go",
        "package b\n\nimport \"example.com/dep\"\n\nvar X = dep.Y\n",
    );
    write(&m, "b/inner/doc.txt", "no Go here\n");
    write(&m, "nested/go.mod", "module example.com/nested\n");
    write(&m, "nested/n.go", "package nested\n");
    write(
        &m,
        "vendor/modules.txt",
        "# example.com/dep v1.0.0\n## explicit\nexample.com/dep\n",
    );
    write(
        &m,
        "vendor/example.com/dep/dep.go",
        "package dep\n\nvar Y = 1\n",
    );
    write(
        &m,
        "go.mod",
        "module example.com/m\n\ngo 1.22\n\nrequire example.com/dep v1.0.0\n",
    );
    let ws = Workspace::new(empty_env(), m.clone());
    let exp = ws.expand(&["./...".to_string()]);
    assert!(exp.errors.is_empty(), "{:?}", exp.errors);
    let found: Vec<&str> = exp
        .targets
        .iter()
        .map(|t| t.location.import_path.as_str())
        .collect();
    assert_eq!(found, ["example.com/m/a", "example.com/m/b"]);
    // The walk read m, a, b, b/inner and nested (to find its go.mod; not walked further).
    assert_eq!(ws.listing_count(), 5);
    for t in &exp.targets {
        ws.load(&t.location);
        let (loc, dep) = ws
            .import(&t.resolver, t.location.origin, "example.com/dep")
            .unwrap();
        assert_eq!(loc.origin, Origin::Vendor);
        assert!(dep.package.is_some());
    }
    // Loading a and b read nothing again; resolving and loading the vendored package read
    // its directory once.
    assert_eq!(ws.listing_count(), 6);
}

#[test]
fn parsing_is_lazy() {
    let tmp = tempfile::tempdir().unwrap();
    let m = lazy_tree(tmp.path());
    let ws = Workspace::new(empty_env(), m.clone());
    let exp = ws.expand(&["./...".to_string()]);
    assert!(exp.errors.is_empty(), "{:?}", exp.errors);
    let paths: Vec<&str> = exp
        .targets
        .iter()
        .map(|t| t.location.import_path.as_str())
        .collect();
    assert_eq!(
        paths,
        ["example.com/m/a", "example.com/m/b", "example.com/m/c"]
    );
    // Expansion reads headers only.
    for t in &exp.targets {
        let pkgs = ws.load(&t.location);
        for p in pkgs.package.iter().chain(pkgs.xtest.iter()) {
            for f in &p.files {
                assert!(!f.is_parsed(), "{} parsed by expand", f.path.display());
            }
        }
    }
    let c = ws.load(&exp.targets[2].location);
    assert_eq!(
        main_package(&c).name,
        "c",
        "the header is enough for the name"
    );

    // The index of a dependency parses its non-test files, and only those.
    let b = ws.load(&exp.targets[1].location);
    let b_pkg = main_package(&b);
    let _ = b_pkg.exported_index();
    let state: Vec<(&str, bool)> = b_pkg
        .files
        .iter()
        .map(|f| (f.name.as_str(), f.is_parsed()))
        .collect();
    assert_eq!(
        state,
        [("b.go", true), ("b_test.go", false), ("more.go", true)]
    );
    let xt = b.xtest.as_ref().unwrap();
    assert!(xt.files.iter().all(|f| !f.is_parsed()));
    // Other packages are untouched.
    let a = ws.load(&exp.targets[0].location);
    assert!(main_package(&a).files.iter().all(|f| !f.is_parsed()));
    assert!(main_package(&c).files.iter().all(|f| !f.is_parsed()));
}
