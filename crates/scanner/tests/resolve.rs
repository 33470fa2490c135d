//! Import resolution and pattern expansion through the public API: `Workspace::new`,
//! `Workspace::expand`, `Workspace::load` and `Resolver::resolve` (SPEC §1.3).
//!
//! Every test builds its Go tree in a temporary directory and its `GoEnv` from an explicit
//! variable map, so the real environment (GOROOT, GOPATH, GOFLAGS, ...) never leaks in.

use std::fs;
use std::path::{Path, PathBuf};

use goroutinectx_scanner::resolve::normalize;
use goroutinectx_scanner::{Location, Origin, PackageLocation, Workspace};
use goroutinectx_testkit::{empty_env, go_env, write};

/// A fake GOROOT with a few standard packages, a vendored std dependency, `cmd`, `builtin` and
/// directories `go list std` leaves out.
fn fake_goroot(root: &Path) -> PathBuf {
    let g = goroutinectx_testkit::fake_goroot(root);
    write(&g, "src/go.mod", "module std\n\ngo 1.25\n");
    write(&g, "src/net/http/http.go", "package http\n");
    write(&g, "src/internal/abi/abi.go", "package abi\n");
    write(
        &g,
        "src/vendor/golang.org/x/net/dns/dnsmessage/message.go",
        "package dnsmessage\n",
    );
    write(&g, "src/cmd/go.mod", "module cmd\n\ngo 1.25\n");
    write(&g, "src/cmd/go/main.go", "package main\n");
    write(&g, "src/builtin/builtin.go", "package builtin\n");
    write(&g, "src/fmt/testdata/t.go", "package t\n");
    write(&g, "src/_skip/s.go", "package s\n");
    g
}

fn dir_loc(path: &str, dir: PathBuf, origin: Origin) -> Option<PackageLocation> {
    Some(PackageLocation {
        import_path: path.to_string(),
        location: Location::Dir(dir),
        origin,
    })
}

fn strings(v: &[&str]) -> Vec<String> {
    v.iter().map(|s| s.to_string()).collect()
}

fn import_paths(ws: &Workspace, patterns: &[&str]) -> Vec<String> {
    let exp = ws.expand(&strings(patterns));
    assert!(exp.errors.is_empty(), "{:?}", exp.errors);
    assert!(exp.walk_errors.is_empty(), "{:?}", exp.walk_errors);
    exp.targets
        .iter()
        .map(|t| t.location.import_path.clone())
        .collect()
}

// ---------------------------------------------------------------------------------------------
// Resolution
// ---------------------------------------------------------------------------------------------

#[test]
fn main_module_packages() {
    let tmp = tempfile::tempdir().unwrap();
    let m = tmp.path().join("m");
    write(&m, "go.mod", "module example.com/m\n\ngo 1.22\n");
    write(&m, "main.go", "package main\n");
    write(&m, "a/a.go", "package a\n");
    write(&m, "b/c/c.go", "package c\n");
    write(&m, "b/readme.txt", "not go\n");
    let ws = Workspace::new(empty_env(), m.clone());
    let r = ws.resolver_for_dir(&m.join("b/c"));
    assert_eq!(r.module_root(), Some(m.as_path()));
    assert_eq!(
        r.resolve("example.com/m/a", Origin::MainModule),
        dir_loc("example.com/m/a", m.join("a"), Origin::MainModule)
    );
    assert_eq!(
        r.resolve("example.com/m/b/c", Origin::MainModule),
        dir_loc("example.com/m/b/c", m.join("b/c"), Origin::MainModule)
    );
    assert_eq!(
        r.resolve("example.com/m", Origin::MainModule),
        dir_loc("example.com/m", m.clone(), Origin::MainModule)
    );
    // A directory without Go files is not a package; a missing one neither.
    assert_eq!(r.resolve("example.com/m/b", Origin::MainModule), None);
    assert_eq!(r.resolve("example.com/m/zzz", Origin::MainModule), None);
    // A prefix that is not on an element boundary is another module.
    assert_eq!(r.resolve("example.com/mm/a", Origin::MainModule), None);
    assert_eq!(r.import_path_of_dir(&m.join("b/c")), "example.com/m/b/c");
    assert_eq!(r.import_path_of_dir(&m), "example.com/m");
    // Every directory of a module shares one resolver.
    assert!(std::sync::Arc::ptr_eq(&r, &ws.resolver_for_dir(&m)));
}

#[test]
fn replace_with_local_paths() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path();
    let m = root.join("m");
    let abs = root.join("elsewhere/abs");
    write(
        &m,
        "go.mod",
        format!(
            "module example.com/m\n\ngo 1.22\n\nrequire (\n\texample.com/rel v1.0.0\n\texample.com/abs v1.0.0\n)\n\n\
             replace example.com/rel => ../rel\n\
             replace example.com/rel/sub => ../sub2\n\
             replace example.com/abs => {}\n",
            abs.display()
        ),
    );
    write(&m, "main.go", "package main\n");
    write(root, "rel/go.mod", "module example.com/rel\n");
    write(root, "rel/r.go", "package rel\n");
    write(root, "rel/pkg/p.go", "package pkg\n");
    write(root, "rel/sub/x/x.go", "package x\n");
    write(root, "sub2/go.mod", "module example.com/rel/sub\n");
    write(root, "sub2/x/x.go", "package x\n");
    write(&abs, "go.mod", "module example.com/abs\n");
    write(&abs, "deep/d.go", "package deep\n");

    let ws = Workspace::new(empty_env(), m.clone());
    let r = ws.resolver_for_dir(&m);
    assert_eq!(
        r.resolve("example.com/rel/pkg", Origin::MainModule),
        dir_loc(
            "example.com/rel/pkg",
            root.join("rel/pkg"),
            Origin::Replaced
        )
    );
    assert_eq!(
        r.resolve("example.com/rel", Origin::MainModule),
        dir_loc("example.com/rel", root.join("rel"), Origin::Replaced)
    );
    // The longer replaced module path wins.
    assert_eq!(
        r.resolve("example.com/rel/sub/x", Origin::MainModule),
        dir_loc(
            "example.com/rel/sub/x",
            root.join("sub2/x"),
            Origin::Replaced
        )
    );
    assert_eq!(
        r.resolve("example.com/abs/deep", Origin::MainModule),
        dir_loc("example.com/abs/deep", abs.join("deep"), Origin::Replaced)
    );
    // Imports made by a replaced package go through the same resolver.
    assert_eq!(
        r.resolve("example.com/abs/deep", Origin::Replaced),
        dir_loc("example.com/abs/deep", abs.join("deep"), Origin::Replaced)
    );
    assert_eq!(
        r.resolve("example.com/rel/nothing", Origin::MainModule),
        None
    );
    // The directory found is normalized (no `..` left in it).
    let Some(PackageLocation {
        location: Location::Dir(d),
        ..
    }) = r.resolve("example.com/rel/pkg", Origin::MainModule)
    else {
        panic!()
    };
    assert_eq!(d, normalize(&d));
}

#[test]
fn go_work_with_two_modules() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path();
    write(root, "go.work", "go 1.22\n\nuse (\n\t./a\n\t./b\n)\n");
    write(root, "a/go.mod", "module example.com/a\n\ngo 1.22\n");
    write(
        root,
        "a/x/x.go",
        "package x\n\nimport \"example.com/b/y\"\n\nvar _ = y.Y\n",
    );
    write(root, "b/go.mod", "module example.com/b\n\ngo 1.22\n");
    write(root, "b/y/y.go", "package y\n\nconst Y = 1\n");

    let ws = Workspace::new(empty_env(), root.to_path_buf());
    let ra = ws.resolver_for_dir(&root.join("a/x"));
    let rb = ws.resolver_for_dir(&root.join("b/y"));
    assert!(ra.warnings.is_empty(), "{:?}", ra.warnings);
    assert_eq!(
        ra.resolve("example.com/b/y", Origin::MainModule),
        dir_loc("example.com/b/y", root.join("b/y"), Origin::Workspace)
    );
    assert_eq!(
        ra.resolve("example.com/a/x", Origin::MainModule),
        dir_loc("example.com/a/x", root.join("a/x"), Origin::MainModule)
    );
    assert_eq!(
        rb.resolve("example.com/a/x", Origin::MainModule),
        dir_loc("example.com/a/x", root.join("a/x"), Origin::Workspace)
    );
    // Both modules' patterns at once, from the workspace root (no go.mod there).
    assert_eq!(
        import_paths(&ws, &["./a/...", "./b/..."]),
        ["example.com/a/x", "example.com/b/y"]
    );

    // GOWORK=off: the other module is unknown.
    let ws_off = Workspace::new(go_env([("GOWORK", "off")]), root.to_path_buf());
    let r = ws_off.resolver_for_dir(&root.join("a"));
    assert_eq!(r.resolve("example.com/b/y", Origin::MainModule), None);

    // GOWORK naming the file explicitly works like finding it.
    let ws_path = Workspace::new(go_env([("GOWORK", &root.join("go.work"))]), root.join("a"));
    let r = ws_path.resolver_for_dir(&root.join("a"));
    assert_eq!(
        r.resolve("example.com/b/y", Origin::MainModule),
        dir_loc("example.com/b/y", root.join("b/y"), Origin::Workspace)
    );
}

/// A module with both a vendor directory and a module cache copy of its dependency.
fn vendor_tree(root: &Path, go_version: &str) -> (PathBuf, PathBuf) {
    let m = root.join("m");
    let cache = root.join("modcache");
    write(
        &m,
        "go.mod",
        format!("module example.com/m\n\ngo {go_version}\n\nrequire github.com/dep/lib v1.0.0\n"),
    );
    write(
        &m,
        "main.go",
        "package main\n\nimport \"github.com/dep/lib\"\n",
    );
    write(
        &m,
        "vendor/modules.txt",
        "# github.com/dep/lib v1.0.0\n## explicit\ngithub.com/dep/lib\n",
    );
    write(&m, "vendor/github.com/dep/lib/lib.go", "package lib\n");
    write(
        &cache,
        "github.com/dep/lib@v1.0.0/go.mod",
        "module github.com/dep/lib\n",
    );
    write(&cache, "github.com/dep/lib@v1.0.0/lib.go", "package lib\n");
    (m, cache)
}

#[test]
fn module_vendor_directory() {
    let tmp = tempfile::tempdir().unwrap();
    let (m, cache) = vendor_tree(tmp.path(), "1.14");
    let vendored = m.join("vendor/github.com/dep/lib");
    let cached = cache.join("github.com/dep/lib@v1.0.0");

    // go >= 1.14 and no -mod: vendor/ is used.
    let ws = Workspace::new(go_env([("GOMODCACHE", &cache)]), m.clone());
    let r = ws.resolver_for_dir(&m);
    assert_eq!(
        r.resolve("github.com/dep/lib", Origin::MainModule),
        dir_loc("github.com/dep/lib", vendored.clone(), Origin::Vendor)
    );
    // A vendored package importing another one stays in vendor/.
    assert_eq!(
        r.resolve("github.com/dep/lib", Origin::Vendor),
        dir_loc("github.com/dep/lib", vendored.clone(), Origin::Vendor)
    );
    assert_eq!(r.import_path_of_dir(&vendored), "github.com/dep/lib");
    // `./...` never walks into vendor/.
    assert_eq!(import_paths(&ws, &["./..."]), ["example.com/m"]);

    // GOFLAGS=-mod=mod: the module cache instead.
    let ws = Workspace::new(
        go_env([
            ("GOMODCACHE", cache.display().to_string()),
            ("GOFLAGS", "-mod=mod".into()),
        ]),
        m.clone(),
    );
    assert_eq!(
        ws.resolver_for_dir(&m)
            .resolve("github.com/dep/lib", Origin::MainModule),
        dir_loc("github.com/dep/lib", cached.clone(), Origin::ModCache)
    );

    // go 1.13: vendor/ is not used by default...
    let tmp2 = tempfile::tempdir().unwrap();
    let (m2, cache2) = vendor_tree(tmp2.path(), "1.13");
    let ws = Workspace::new(go_env([("GOMODCACHE", &cache2)]), m2.clone());
    assert_eq!(
        ws.resolver_for_dir(&m2)
            .resolve("github.com/dep/lib", Origin::MainModule),
        dir_loc(
            "github.com/dep/lib",
            cache2.join("github.com/dep/lib@v1.0.0"),
            Origin::ModCache
        )
    );
    // ...but -mod=vendor forces it.
    let ws = Workspace::new(
        go_env([
            ("GOMODCACHE", cache2.display().to_string()),
            ("GOFLAGS", "-mod=vendor".into()),
        ]),
        m2.clone(),
    );
    assert_eq!(
        ws.resolver_for_dir(&m2)
            .resolve("github.com/dep/lib", Origin::MainModule),
        dir_loc(
            "github.com/dep/lib",
            m2.join("vendor/github.com/dep/lib"),
            Origin::Vendor
        )
    );

    // Without vendor/modules.txt the directory is not a vendor directory.
    fs::remove_file(m.join("vendor/modules.txt")).unwrap();
    let ws = Workspace::new(go_env([("GOMODCACHE", &cache)]), m.clone());
    assert_eq!(
        ws.resolver_for_dir(&m)
            .resolve("github.com/dep/lib", Origin::MainModule),
        dir_loc("github.com/dep/lib", cached, Origin::ModCache)
    );
}

#[test]
fn module_cache_escaping_and_remote_replace() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path();
    let m = root.join("m");
    let cache = root.join("gopath/pkg/mod");
    write(
        &m,
        "go.mod",
        "module example.com/m\n\ngo 1.22\n\nrequire (\n\tgithub.com/BurntSushi/toml v1.5.0\n\
         \texample.com/old v1.0.0\n\texample.com/pinned v1.0.0\n)\n\n\
         replace example.com/old => example.com/new v1.2.0\n\
         replace example.com/pinned v0.1.0 => example.com/other v9.9.9\n",
    );
    write(&m, "main.go", "package main\n");
    write(
        &cache,
        "github.com/!burnt!sushi/toml@v1.5.0/decode.go",
        "package toml\n",
    );
    write(
        &cache,
        "github.com/!burnt!sushi/toml@v1.5.0/internal/tz.go",
        "package internal\n",
    );
    write(&cache, "example.com/new@v1.2.0/sub/s.go", "package sub\n");
    write(&cache, "example.com/old@v1.0.0/sub/s.go", "package sub\n");
    write(&cache, "example.com/pinned@v1.0.0/p.go", "package pinned\n");
    write(&cache, "example.com/other@v9.9.9/p.go", "package pinned\n");
    write(
        &cache,
        "example.com/unrequired@v1.0.0/u.go",
        "package unrequired\n",
    );

    // GOMODCACHE defaults to $GOPATH/pkg/mod.
    let ws = Workspace::new(go_env([("GOPATH", &root.join("gopath"))]), m.clone());
    let r = ws.resolver_for_dir(&m);
    let toml = cache.join("github.com/!burnt!sushi/toml@v1.5.0");
    assert_eq!(
        r.resolve("github.com/BurntSushi/toml", Origin::MainModule),
        dir_loc("github.com/BurntSushi/toml", toml.clone(), Origin::ModCache)
    );
    assert_eq!(
        r.resolve("github.com/BurntSushi/toml/internal", Origin::ModCache),
        dir_loc(
            "github.com/BurntSushi/toml/internal",
            toml.join("internal"),
            Origin::ModCache
        )
    );
    // The unescaped spelling is not a cache directory.
    assert_eq!(
        r.resolve("github.com/burntsushi/toml", Origin::MainModule),
        None
    );
    // A non-local replacement picks the new module at the new version.
    assert_eq!(
        r.resolve("example.com/old/sub", Origin::MainModule),
        dir_loc(
            "example.com/old/sub",
            cache.join("example.com/new@v1.2.0/sub"),
            Origin::ModCache
        )
    );
    // A replacement of another version does not apply.
    assert_eq!(
        r.resolve("example.com/pinned", Origin::MainModule),
        dir_loc(
            "example.com/pinned",
            cache.join("example.com/pinned@v1.0.0"),
            Origin::ModCache
        )
    );
    // Only required modules are looked up in the cache.
    assert_eq!(
        r.resolve("example.com/unrequired", Origin::MainModule),
        None
    );
}

#[test]
fn goroot_and_goroot_vendor() {
    let tmp = tempfile::tempdir().unwrap();
    let goroot = fake_goroot(tmp.path());
    let m = tmp.path().join("m");
    write(&m, "go.mod", "module example.com/m\n\ngo 1.22\n");
    write(&m, "main.go", "package main\n");
    let ws = Workspace::new(go_env([("GOROOT", &goroot)]), m.clone());
    let r = ws.resolver_for_dir(&m);
    let src = goroot.join("src");
    for path in ["context", "fmt", "net/http"] {
        assert_eq!(
            r.resolve(path, Origin::MainModule),
            dir_loc(path, src.join(path), Origin::Goroot)
        );
    }
    // GOROOT/src/vendor serves standard importers only.
    let dns = "golang.org/x/net/dns/dnsmessage";
    assert_eq!(r.resolve(dns, Origin::MainModule), None);
    assert_eq!(r.resolve(dns, Origin::ModCache), None);
    assert_eq!(
        r.resolve(dns, Origin::Goroot),
        dir_loc(dns, src.join("vendor").join(dns), Origin::Goroot)
    );
    assert_eq!(r.resolve("nosuchstd", Origin::Goroot), None);
    assert_eq!(r.import_path_of_dir(&src.join("net/http")), "net/http");
}

#[test]
fn gopath_mode() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path();
    let goroot = fake_goroot(root);
    let gp1 = root.join("gp1");
    let gp2 = root.join("gp2");
    write(
        &gp1,
        "src/example.com/app/app.go",
        "package app\n\nimport \"example.com/lib\"\n",
    );
    // A go.mod that GO111MODULE=off must ignore.
    write(
        &gp1,
        "src/example.com/app/go.mod",
        "module example.com/elsewhere\n",
    );
    write(&gp2, "src/example.com/lib/lib.go", "package lib\n");
    write(
        &gp2,
        "src/golang.org/x/sync/errgroup/errgroup.go",
        "package errgroup\n",
    );
    let gopath = std::env::join_paths([&gp1, &gp2]).unwrap();
    let app = gp1.join("src/example.com/app");

    let ws = Workspace::new(
        go_env([
            ("GOROOT", goroot.as_os_str()),
            ("GOPATH", &gopath),
            ("GO111MODULE", "off".as_ref()),
        ]),
        app.clone(),
    );
    let r = ws.resolver_for_dir(&app);
    assert_eq!(r.module_root(), None);
    assert_eq!(
        r.resolve("example.com/lib", Origin::Gopath),
        dir_loc(
            "example.com/lib",
            gp2.join("src/example.com/lib"),
            Origin::Gopath
        )
    );
    // On disk beats the embedded stub.
    assert_eq!(
        r.resolve("golang.org/x/sync/errgroup", Origin::Gopath),
        dir_loc(
            "golang.org/x/sync/errgroup",
            gp2.join("src/golang.org/x/sync/errgroup"),
            Origin::Gopath
        )
    );
    assert_eq!(
        r.resolve("context", Origin::Gopath),
        dir_loc("context", goroot.join("src/context"), Origin::Goroot)
    );
    let exp = ws.expand(&strings(&["."]));
    assert!(exp.errors.is_empty(), "{:?}", exp.errors);
    assert_eq!(exp.targets.len(), 1);
    assert_eq!(
        exp.targets[0].location,
        PackageLocation {
            import_path: "example.com/app".into(),
            location: Location::Dir(app.clone()),
            origin: Origin::Gopath,
        }
    );
    assert_eq!(import_paths(&ws, &["example.com/lib"]), ["example.com/lib"]);

    // No go.mod anywhere (and GO111MODULE unset) is GOPATH mode too.
    fs::remove_file(app.join("go.mod")).unwrap();
    let ws = Workspace::new(
        go_env([
            ("GOROOT", goroot.display().to_string()),
            ("GOPATH", gopath.to_str().unwrap().to_string()),
        ]),
        app.clone(),
    );
    let r = ws.resolver_for_dir(&app);
    assert_eq!(r.module_root(), None);
    assert_eq!(
        r.resolve("example.com/lib", Origin::Gopath),
        dir_loc(
            "example.com/lib",
            gp2.join("src/example.com/lib"),
            Origin::Gopath
        )
    );
    assert_eq!(import_paths(&ws, &["./..."]), ["example.com/app"]);
}

#[test]
fn embedded_stubs_are_the_fallback() {
    let tmp = tempfile::tempdir().unwrap();
    let m = tmp.path().join("m");
    write(&m, "go.mod", "module example.com/m\n\ngo 1.22\n");
    write(&m, "main.go", "package main\n");
    // No GOROOT, no GOPATH, no module cache.
    let ws = Workspace::new(empty_env(), m.clone());
    let r = ws.resolver_for_dir(&m);
    let eg = "golang.org/x/sync/errgroup";
    let loc = r.resolve(eg, Origin::MainModule).unwrap();
    assert_eq!(
        loc,
        PackageLocation {
            import_path: eg.into(),
            location: Location::Stub(eg),
            origin: Origin::Stub,
        }
    );
    // Standard packages fall back to stubs too when there is no GOROOT.
    assert_eq!(
        r.resolve("context", Origin::MainModule).map(|l| l.location),
        Some(Location::Stub("context"))
    );
    assert_eq!(
        r.resolve("example.com/not/a/stub", Origin::MainModule),
        None
    );
    let pkgs = ws.load(&loc);
    let p = pkgs.package.as_ref().unwrap();
    assert_eq!(p.name, "errgroup");
    assert_eq!(p.origin, Origin::Stub);
    assert!(pkgs.errors.is_empty(), "{:?}", pkgs.errors);
    assert!(p
        .files
        .iter()
        .all(|f| f.path.starts_with("<embedded>/golang.org/x/sync/errgroup")));
    assert!(p.exported_index().types.contains_key("Group"));
    // A stub is never a command-line target.
    let exp = ws.expand(&strings(&[eg]));
    assert!(exp.targets.is_empty());
    assert_eq!(exp.errors, [format!("cannot find package \"{eg}\"")]);
    assert!(exp.warnings.is_empty(), "{:?}", exp.warnings);

    // GOPATH mode falls back the same way.
    let ws = Workspace::new(go_env([("GO111MODULE", "off")]), m.clone());
    assert_eq!(
        ws.resolver_for_dir(&m)
            .resolve(eg, Origin::Gopath)
            .map(|l| l.location),
        Some(Location::Stub(eg))
    );
}

#[test]
fn invalid_import_paths_resolve_to_none() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path();
    let goroot = fake_goroot(root);
    let m = root.join("m");
    write(&m, "go.mod", "module example.com/m\n\ngo 1.22\n");
    write(&m, "x/x.go", "package x\n");
    write(root, "x/x.go", "package x\n");
    let ws = Workspace::new(
        go_env([("GOROOT", goroot.as_path()), ("GOPATH", root)]),
        m.clone(),
    );
    let r = ws.resolver_for_dir(&m);
    let abs = root.join("x");
    for bad in [
        "",
        "../x",
        "./x",
        "x/../x",
        "example.com/m/../m/x",
        "example.com//m/x",
        "example.com/m/x/",
        abs.to_str().unwrap(),
        "/abs",
        "a\\b",
        "a\0b",
    ] {
        for from in [Origin::MainModule, Origin::Goroot, Origin::Gopath] {
            assert_eq!(r.resolve(bad, from), None, "{bad:?} from {from:?}");
        }
    }
    assert!(r.resolve("example.com/m/x", Origin::MainModule).is_some());
}

// ---------------------------------------------------------------------------------------------
// Patterns
// ---------------------------------------------------------------------------------------------

/// A module exercising every rule of `./...`.
fn pattern_tree(root: &Path) -> PathBuf {
    let m = root.join("m");
    write(&m, "go.mod", "module example.com/m\n\ngo 1.22\n");
    write(&m, "main.go", "package main\n");
    write(&m, "a/a.go", "package a\n");
    write(&m, "a/notes.txt", "text\n");
    write(&m, "a/b/b.go", "package b\n");
    write(&m, "testdata/t/t.go", "package t\n");
    write(&m, "a/testdata/t.go", "package t\n");
    write(&m, "vendor/v/v.go", "package v\n");
    write(&m, "_x/x.go", "package x\n");
    write(&m, ".x/x.go", "package x\n");
    write(&m, "nested/go.mod", "module example.com/nested\n");
    write(&m, "nested/n.go", "package nested\n");
    write(&m, "nested/deeper/d.go", "package deeper\n");
    write(&m, "ign/ign.go", "//go:build ignore\n\npackage main\n");
    write(&m, "ign/_hidden.go", "package ign\n");
    write(&m, "onlytest/x_test.go", "package onlytest\n");
    write(&m, "xt/x.go", "package xt\n");
    write(&m, "xt/in_test.go", "package xt\n");
    write(&m, "xt/x_test.go", "package xt_test\n");
    write(&m, "xonly/y_test.go", "package xonly_test\n");
    write(&m, "two/a.go", "package a\n");
    write(&m, "two/b.go", "package b\n");
    write(&m, "doc/d.go", "package p\n");
    write(&m, "doc/doc.go", "package documentation\n");
    fs::create_dir_all(m.join("empty/sub")).unwrap();
    m
}

const ALL: &[&str] = &[
    "example.com/m",
    "example.com/m/a",
    "example.com/m/a/b",
    "example.com/m/doc",
    "example.com/m/onlytest",
    "example.com/m/two",
    "example.com/m/xonly",
    "example.com/m/xt",
];

#[test]
fn dot_dot_dot_skips_what_go_list_skips() {
    let tmp = tempfile::tempdir().unwrap();
    let m = pattern_tree(tmp.path());
    let ws = Workspace::new(empty_env(), m.clone());
    let exp = ws.expand(&strings(&["./..."]));
    assert!(exp.errors.is_empty(), "{:?}", exp.errors);
    assert!(exp.warnings.is_empty(), "{:?}", exp.warnings);
    assert!(exp.walk_errors.is_empty(), "{:?}", exp.walk_errors);
    let paths: Vec<&str> = exp
        .targets
        .iter()
        .map(|t| t.location.import_path.as_str())
        .collect();
    assert_eq!(paths, ALL);
    for t in &exp.targets {
        assert_eq!(t.location.origin, Origin::MainModule);
        assert_eq!(t.resolver.module_root(), Some(m.as_path()));
        let Location::Dir(d) = &t.location.location else {
            panic!()
        };
        assert_eq!(t.resolver.import_path_of_dir(d), t.location.import_path);
    }
}

#[test]
fn directory_and_import_path_patterns() {
    let tmp = tempfile::tempdir().unwrap();
    let m = pattern_tree(tmp.path());
    let ws = Workspace::new(empty_env(), m.clone());
    assert_eq!(
        import_paths(&ws, &["./a/..."]),
        ["example.com/m/a", "example.com/m/a/b"]
    );
    assert_eq!(import_paths(&ws, &["./a"]), ["example.com/m/a"]);
    assert_eq!(import_paths(&ws, &["."]), ["example.com/m"]);
    assert_eq!(
        import_paths(&ws, &[m.join("a/b").to_str().unwrap()]),
        ["example.com/m/a/b"]
    );
    assert_eq!(
        import_paths(&ws, &[&format!("{}/...", m.join("a").display())]),
        ["example.com/m/a", "example.com/m/a/b"]
    );
    assert_eq!(
        import_paths(&ws, &["example.com/m/a/b"]),
        ["example.com/m/a/b"]
    );
    assert_eq!(
        import_paths(&ws, &["example.com/m/a/..."]),
        ["example.com/m/a", "example.com/m/a/b"]
    );
    assert_eq!(import_paths(&ws, &["example.com/m/..."]), ALL);
    // Relative to a subdirectory, and duplicates collapse.
    let ws_a = Workspace::new(empty_env(), m.join("a"));
    assert_eq!(
        import_paths(&ws_a, &["..", "./b", "../a/...", "example.com/m/a"]),
        ["example.com/m", "example.com/m/a", "example.com/m/a/b"]
    );
    // A pattern naming a vendor or testdata directory directly is honoured.
    assert_eq!(
        import_paths(&ws, &["./a/testdata"]),
        ["example.com/m/a/testdata"]
    );
}

#[test]
fn pattern_errors_and_warnings() {
    let tmp = tempfile::tempdir().unwrap();
    let m = pattern_tree(tmp.path());
    let ws = Workspace::new(empty_env(), m.clone());

    let exp = ws.expand(&strings(&["./missing"]));
    assert!(exp.targets.is_empty());
    // One message per bad pattern: no "matched no packages" on top of the error.
    assert!(exp.warnings.is_empty(), "{:?}", exp.warnings);
    assert_eq!(
        exp.errors,
        [format!(
            "pattern ./missing: directory {} does not exist",
            m.join("missing").display()
        )]
    );
    let exp = ws.expand(&strings(&["./missing/..."]));
    assert_eq!(
        exp.errors,
        [format!(
            "pattern ./missing/...: directory {} does not exist",
            m.join("missing").display()
        )]
    );

    // Matching nothing is a warning of the expansion (the driver makes it fatal when nothing
    // matched at all).
    let exp = ws.expand(&strings(&["./empty/...", "./a"]));
    assert!(exp.errors.is_empty(), "{:?}", exp.errors);
    assert_eq!(exp.warnings, ["pattern ./empty/...: matched no packages"]);
    assert_eq!(exp.targets.len(), 1);

    // Every file excluded by build constraints: not a target of `./...`, an error when named.
    let exp = ws.expand(&strings(&["./ign/..."]));
    assert!(exp.targets.is_empty());
    assert_eq!(exp.warnings, ["pattern ./ign/...: matched no packages"]);
    let exp = ws.expand(&strings(&["./ign"]));
    assert!(exp.targets.is_empty());
    assert_eq!(
        exp.errors,
        [format!(
            "./ign: no Go files for this build configuration in {}",
            m.join("ign").display()
        )]
    );

    // An import path nobody provides.
    let exp = ws.expand(&strings(&["example.com/nobody"]));
    assert_eq!(exp.errors, ["cannot find package \"example.com/nobody\""]);
    assert!(exp.warnings.is_empty(), "{:?}", exp.warnings);
}

#[test]
fn import_path_wildcard_matching_nothing_is_a_warning() {
    let tmp = tempfile::tempdir().unwrap();
    let m = pattern_tree(tmp.path());
    let ws = Workspace::new(empty_env(), m.clone());
    let exp = ws.expand(&strings(&["example.com/m/zzz/..."]));
    assert!(exp.targets.is_empty());
    assert!(exp.walk_errors.is_empty(), "{:?}", exp.walk_errors);
    assert_eq!(
        exp.errors.len() + exp.warnings.len(),
        1,
        "{:?} {:?}",
        exp.errors,
        exp.warnings
    );
    let msg = exp.errors.iter().chain(&exp.warnings).next().unwrap();
    assert!(msg.starts_with("pattern example.com/m/zzz/...: "), "{msg}");
}

#[test]
fn std_pattern_with_fake_goroot() {
    let tmp = tempfile::tempdir().unwrap();
    let goroot = fake_goroot(tmp.path());
    let m = tmp.path().join("m");
    write(&m, "go.mod", "module example.com/m\n\ngo 1.22\n");
    let ws = Workspace::new(go_env([("GOROOT", &goroot)]), m.clone());
    let exp = ws.expand(&strings(&["std"]));
    assert!(exp.errors.is_empty(), "{:?}", exp.errors);
    let paths: Vec<&str> = exp
        .targets
        .iter()
        .map(|t| t.location.import_path.as_str())
        .collect();
    assert_eq!(
        paths,
        [
            "context",
            "fmt",
            "internal/abi",
            "net/http",
            "vendor/golang.org/x/net/dns/dnsmessage",
        ]
    );
    assert!(exp
        .targets
        .iter()
        .all(|t| t.location.origin == Origin::Goroot));
    assert_eq!(import_paths(&ws, &["cmd"]), ["cmd/go"]);
    assert_eq!(import_paths(&ws, &["net/..."]), ["net/http"]);
    assert_eq!(import_paths(&ws, &["context"]), ["context"]);

    // Without a GOROOT, `std` cannot be expanded.
    let ws = Workspace::new(empty_env(), m.clone());
    let exp = ws.expand(&strings(&["std"]));
    assert_eq!(exp.errors, ["pattern std: GOROOT not found (set GOROOT)"]);
    assert!(exp.warnings.is_empty(), "{:?}", exp.warnings);
}

#[test]
fn pattern_module_is_found_from_the_pattern_directory() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path();
    write(
        root,
        "sub/mod/go.mod",
        "module example.com/sub\n\ngo 1.22\n",
    );
    write(root, "sub/mod/m.go", "package sub\n");
    write(root, "sub/mod/p/p.go", "package p\n");
    write(root, "sub/mod/inner/go.mod", "module example.com/inner\n");
    write(root, "sub/mod/inner/i.go", "package inner\n");
    write(root, "other/go.mod", "module example.com/other\n");
    write(root, "other/o.go", "package other\n");
    let ws = Workspace::new(empty_env(), root.to_path_buf());
    let exp = ws.expand(&strings(&["./sub/mod/...", "./other"]));
    assert!(exp.errors.is_empty(), "{:?}", exp.errors);
    let got: Vec<(&str, Option<&Path>)> = exp
        .targets
        .iter()
        .map(|t| (t.location.import_path.as_str(), t.resolver.module_root()))
        .collect();
    let sub = root.join("sub/mod");
    let other = root.join("other");
    assert_eq!(
        got,
        [
            ("example.com/other", Some(other.as_path())),
            ("example.com/sub", Some(sub.as_path())),
            ("example.com/sub/p", Some(sub.as_path())),
        ]
    );
    // The nested module is only reached by naming it.
    assert_eq!(
        import_paths(&ws, &["./sub/mod/inner/..."]),
        ["example.com/inner"]
    );
}

#[test]
fn test_only_directories_and_external_tests() {
    let tmp = tempfile::tempdir().unwrap();
    let m = pattern_tree(tmp.path());

    let ws = Workspace::new(empty_env(), m.clone());
    let exp = ws.expand(&strings(&["./onlytest", "./xt", "./xonly"]));
    assert!(exp.errors.is_empty(), "{:?}", exp.errors);
    assert_eq!(exp.targets.len(), 3);
    let only = ws.load(&exp.targets[0].location);
    let p = only.package.as_ref().unwrap();
    assert_eq!(p.name, "onlytest");
    assert!(p.files.iter().all(|f| f.is_test));
    assert!(only.xtest.is_none());

    let xonly = ws.load(&exp.targets[1].location);
    assert!(xonly.package.is_none());
    let x = xonly.xtest.as_ref().unwrap();
    assert_eq!((x.name.as_str(), x.is_xtest), ("xonly_test", true));

    let xt = ws.load(&exp.targets[2].location);
    let p = xt.package.as_ref().unwrap();
    let x = xt.xtest.as_ref().unwrap();
    assert_eq!(p.name, "xt");
    assert_eq!(p.import_path, "example.com/m/xt");
    assert!(!p.is_xtest);
    let names = |p: &goroutinectx_scanner::Package| -> Vec<String> {
        p.files.iter().map(|f| f.name.clone()).collect()
    };
    assert_eq!(names(p), ["in_test.go", "x.go"]);
    assert_eq!(p.non_test_files().count(), 1);
    assert_eq!(x.name, "xt_test");
    assert_eq!(x.import_path, "example.com/m/xt_test");
    assert!(x.is_xtest);
    assert_eq!(names(x), ["x_test.go"]);
    assert!(xt.errors.is_empty(), "{:?}", xt.errors);

    // Without tests, a test-only directory is no package.
    let mut e = empty_env();
    e.build.include_tests = false;
    let ws = Workspace::new(e, m.clone());
    let exp = ws.expand(&strings(&["./..."]));
    let paths: Vec<&str> = exp
        .targets
        .iter()
        .map(|t| t.location.import_path.as_str())
        .collect();
    assert_eq!(
        paths,
        [
            "example.com/m",
            "example.com/m/a",
            "example.com/m/a/b",
            "example.com/m/doc",
            "example.com/m/two",
            "example.com/m/xt",
        ]
    );
    let xt = ws.load(&exp.targets[5].location);
    assert!(xt.xtest.is_none());
    assert_eq!(names(xt.package.as_ref().unwrap()), ["x.go"]);
    let exp = ws.expand(&strings(&["./onlytest"]));
    assert_eq!(
        exp.errors,
        [format!(
            "./onlytest: no Go files for this build configuration in {}",
            m.join("onlytest").display()
        )]
    );
}

#[test]
fn two_package_names_and_documentation_files() {
    let tmp = tempfile::tempdir().unwrap();
    let m = pattern_tree(tmp.path());
    let ws = Workspace::new(empty_env(), m.clone());
    let exp = ws.expand(&strings(&["./two", "./doc"]));
    assert!(exp.errors.is_empty(), "{:?}", exp.errors);
    let doc = ws.load(&exp.targets[0].location);
    let two = ws.load(&exp.targets[1].location);

    let dir = m.join("two");
    assert_eq!(two.errors.len(), 1);
    assert_eq!(two.errors[0].path, dir);
    assert_eq!(two.errors[0].offset, None);
    assert_eq!(
        two.errors[0].message,
        format!("found packages a (a.go) and b (b.go) in {}", dir.display())
    );
    let p = two.package.as_ref().unwrap();
    assert_eq!(p.name, "a");
    assert_eq!(p.files.len(), 1);
    assert_eq!(p.files[0].name, "a.go");

    assert!(doc.errors.is_empty(), "{:?}", doc.errors);
    let p = doc.package.as_ref().unwrap();
    assert_eq!(p.name, "p");
    let names: Vec<&str> = p.files.iter().map(|f| f.name.as_str()).collect();
    assert_eq!(names, ["d.go"]);
}
