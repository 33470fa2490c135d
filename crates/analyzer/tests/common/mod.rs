//! Test support shared by the analyzer's integration tests: temp trees with a fake GOROOT.

#![allow(dead_code)]

use std::collections::HashMap;
use std::fs;
use std::path::{Path, PathBuf};

use goroutinectx_scanner::GoEnv;

/// Writes `content` to `root/rel`, creating directories.
pub fn write(root: &Path, rel: &str, content: &str) {
    let path = root.join(rel);
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    fs::write(path, content).unwrap();
}

/// A GOROOT under `root` with a minimal `context` package.
pub fn fake_goroot(root: &Path) -> PathBuf {
    let goroot = root.join("goroot");
    write(
        &goroot,
        "src/context/context.go",
        "package context\n\ntype Context interface{}\n",
    );
    goroot
}

/// A Go environment with only GOROOT set.
pub fn env(goroot: &Path) -> GoEnv {
    let map: HashMap<&str, String> = [("GOROOT", goroot.display().to_string())].into();
    GoEnv::from_vars(|k| map.get(k).cloned())
}
