//! The Go environment as the `go` command would see it, read without running `go` where
//! possible: GOROOT, GOPATH, GOMODCACHE, GO111MODULE, GOWORK, GOFLAGS' `-mod`, and the build
//! configuration.
//!
//! GOROOT comes from `$GOROOT`, else from `go env GOROOT` when a `go` binary is on PATH, else
//! from well-known install locations; its absence is not an error (standard packages then come
//! from the embedded stubs only). The per-user `go env -w` file is not read.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::buildctx::BuildContext;

#[derive(Clone, Debug)]
pub struct GoEnv {
    pub goroot: Option<PathBuf>,
    pub gopath: Vec<PathBuf>,
    pub gomodcache: Option<PathBuf>,
    /// `GO111MODULE`: "on", "off", "auto" or unset.
    pub go111module: Option<String>,
    /// `GOWORK`: "off", a path, or unset (search for go.work).
    pub gowork: Option<String>,
    /// `-mod=` from GOFLAGS.
    pub flags_mod: Option<String>,
    pub build: BuildContext,
}

impl GoEnv {
    /// Reads the real process environment. Without `GOROOT`, the Go tree is found, in this
    /// order: from the `go` executable on PATH when it is a real binary inside a Go tree
    /// (no process started), from the working directory when it lies inside an installed
    /// Go tree (`goroutinectx std` in `$GOROOT/src`), by running `go env GOROOT` (which a
    /// version-manager shim makes slow), and at well-known install locations.
    pub fn from_process() -> Self {
        let var = |k: &str| std::env::var(k).ok().filter(|v| !v.is_empty());
        let mut env = Self::from_vars(var);
        if env.goroot.is_none() {
            env.goroot = goroot_from_go_binary()
                .or_else(|| {
                    std::env::current_dir()
                        .ok()
                        .and_then(|d| goroot_containing(&d))
                })
                .or_else(goroot_from_go_command)
                .or_else(goroot_from_known_locations);
        }
        env
    }

    /// Builds the environment from `var` alone (no subprocess, no probing): for tests.
    pub fn from_vars(var: impl Fn(&str) -> Option<String>) -> Self {
        let home = var("HOME").map(PathBuf::from);
        let gopath: Vec<PathBuf> = match var("GOPATH") {
            Some(v) => std::env::split_paths(&v)
                .filter(|p| !p.as_os_str().is_empty())
                .collect(),
            None => home.iter().map(|h| h.join("go")).collect(),
        };
        let gomodcache = var("GOMODCACHE")
            .map(PathBuf::from)
            .or_else(|| gopath.first().map(|p| p.join("pkg").join("mod")));
        GoEnv {
            goroot: var("GOROOT").map(PathBuf::from).filter(|p| p.is_dir()),
            gomodcache,
            go111module: var("GO111MODULE"),
            gowork: var("GOWORK"),
            flags_mod: BuildContext::goflags_mod(&var),
            build: BuildContext::from_env(&var),
            gopath,
        }
    }

    /// `GOROOT/src`, if GOROOT is known.
    pub fn goroot_src(&self) -> Option<PathBuf> {
        self.goroot.as_ref().map(|g| g.join("src"))
    }

    /// Whether module mode is off (GOPATH mode) regardless of go.mod files.
    pub fn modules_off(&self) -> bool {
        self.go111module.as_deref() == Some("off")
    }
}

/// Whether `dir` is an installed Go tree: a `VERSION` file naming a go release, the
/// standard library's sources and the `go` command.
fn is_go_tree(dir: &Path) -> bool {
    std::fs::read(dir.join("VERSION")).is_ok_and(|v| v.starts_with(b"go"))
        && dir.join("src/runtime").is_dir()
        && (dir.join("bin/go").is_file() || dir.join("bin/go.exe").is_file())
}

/// The Go tree containing `dir`, if any.
fn goroot_containing(dir: &Path) -> Option<PathBuf> {
    dir.ancestors()
        .find(|a| is_go_tree(a))
        .map(Path::to_path_buf)
}

/// The Go tree of the `go` executable on PATH, when it is a binary (possibly through
/// symlinks) in a tree's `bin` directory; a script (a version manager's shim) is not
/// followed.
fn goroot_from_go_binary() -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    let exe = std::env::split_paths(&path)
        .flat_map(|d| [d.join("go"), d.join("go.exe")])
        .find(|p| p.is_file())?;
    let real = std::fs::canonicalize(&exe).ok()?;
    let mut head = [0u8; 2];
    use std::io::Read;
    std::fs::File::open(&real)
        .ok()?
        .read_exact(&mut head)
        .ok()?;
    if &head == b"#!" {
        return None;
    }
    let tree = real.parent()?.parent()?;
    is_go_tree(tree).then(|| tree.to_path_buf())
}

fn goroot_from_go_command() -> Option<PathBuf> {
    let out = Command::new("go").args(["env", "GOROOT"]).output().ok()?;
    if !out.status.success() {
        return None;
    }
    let s = String::from_utf8(out.stdout).ok()?;
    let p = PathBuf::from(s.trim());
    p.join("src").is_dir().then_some(p)
}

fn goroot_from_known_locations() -> Option<PathBuf> {
    let mut candidates: Vec<PathBuf> = vec![
        "/usr/local/go".into(),
        "/usr/lib/go".into(),
        "/opt/go".into(),
        "/usr/local/opt/go/libexec".into(),
        "/opt/homebrew/opt/go/libexec".into(),
        "C:\\Program Files\\Go".into(),
    ];
    if let Some(home) = std::env::var_os("HOME") {
        candidates.push(Path::new(&home).join("go").join("go"));
        candidates.push(Path::new(&home).join(".go"));
    }
    candidates
        .into_iter()
        .find(|p| p.join("src/runtime").is_dir())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    #[test]
    fn gopath_defaults_to_home_go() {
        let vars: HashMap<&str, &str> = [("HOME", "/home/u")].into();
        let env = GoEnv::from_vars(|k| vars.get(k).map(|v| v.to_string()));
        assert_eq!(env.gopath, vec![PathBuf::from("/home/u/go")]);
        assert_eq!(env.gomodcache, Some(PathBuf::from("/home/u/go/pkg/mod")));
    }

    #[test]
    fn a_directory_inside_an_installed_go_tree_names_it() {
        let tmp = tempfile::tempdir().unwrap();
        let tree = tmp.path().join("go");
        std::fs::create_dir_all(tree.join("src/runtime")).unwrap();
        std::fs::create_dir_all(tree.join("src/net/http")).unwrap();
        std::fs::create_dir_all(tree.join("bin")).unwrap();
        std::fs::write(tree.join("VERSION"), "go1.27.3\ntime x\n").unwrap();
        // Not yet a tree: no go command.
        assert_eq!(goroot_containing(&tree.join("src/net/http")), None);
        std::fs::write(tree.join("bin/go"), "").unwrap();
        assert_eq!(
            goroot_containing(&tree.join("src/net/http")),
            Some(tree.clone())
        );
        assert_eq!(goroot_containing(tmp.path()), None);
        std::fs::write(tree.join("VERSION"), "devel\n").unwrap();
        assert_eq!(goroot_containing(&tree.join("src")), None);
    }

    #[test]
    fn explicit_values_win() {
        let vars: HashMap<&str, &str> = [
            ("GOPATH", "/a:/b"),
            ("GOMODCACHE", "/cache"),
            ("GO111MODULE", "off"),
            ("GOFLAGS", "-mod=vendor"),
        ]
        .into();
        let env = GoEnv::from_vars(|k| vars.get(k).map(|v| v.to_string()));
        assert_eq!(env.gopath, vec![PathBuf::from("/a"), PathBuf::from("/b")]);
        assert_eq!(env.gomodcache, Some(PathBuf::from("/cache")));
        assert!(env.modules_off());
        assert_eq!(env.flags_mod.as_deref(), Some("vendor"));
    }
}
