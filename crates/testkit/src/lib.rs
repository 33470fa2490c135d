//! Test support shared by the goroutinectx crates' integration tests (a dev-dependency only).
//!
//! Tests build their Go trees in temporary directories and their [`GoEnv`] from an explicit
//! variable map, so the machine's real environment (GOROOT, GOPATH, GOFLAGS, a module cache)
//! never leaks into a result:
//!
//! * [`write`] and [`write_file`] write one file of a tree, creating its directories;
//! * [`go_env`] is a Go environment with exactly the given variables; [`isolated_env`] has no
//!   GOROOT and a GOPATH that does not exist; [`goroot_env`] has only GOROOT; [`gopath_env`]
//!   is GOPATH mode on one tree;
//! * [`fake_goroot`] is a GOROOT with the few standard packages tests import;
//! * [`go_minor_version`] tells whether a real `go` command is installed, for the tests that
//!   need one and skip cleanly otherwise;
//! * [`with_deadline`] fails a test that does not finish, rather than hanging the run;
//! * [`go_files`] lists the `.go` files of a real tree (GOROOT/src, a corpus) for differential
//!   tests; [`lexical_corpus`] is the fixtures and a third of GOROOT/src, and [`token_soups`]
//!   random strings of tokens, for comparing a lexical scan with its reference.

use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::mpsc;
use std::time::Duration;

use goroutinectx_scanner::GoEnv;

pub use tempfile::{tempdir, TempDir};

/// Writes `content` to `root/rel`, creating the parent directories.
pub fn write(root: &Path, rel: &str, content: impl AsRef<[u8]>) {
    write_file(&root.join(rel), content);
}

/// Writes `content` to `path`, creating the parent directories.
pub fn write_file(path: &Path, content: impl AsRef<[u8]>) {
    std::fs::create_dir_all(path.parent().expect("a file path has a parent")).expect("mkdir");
    std::fs::write(path, content).unwrap_or_else(|e| panic!("write {}: {e}", path.display()));
}

/// A Go environment with exactly these variables set (any other variable, `HOME` included,
/// reads as unset).
pub fn go_env<K: AsRef<str>, V: AsRef<OsStr>>(vars: impl IntoIterator<Item = (K, V)>) -> GoEnv {
    let map: std::collections::HashMap<String, String> = vars
        .into_iter()
        .map(|(k, v)| {
            let v = v.as_ref().to_string_lossy().into_owned();
            (k.as_ref().to_string(), v)
        })
        .collect();
    GoEnv::from_vars(|k| map.get(k).cloned())
}

/// No variable set at all: no GOROOT, no GOPATH, no HOME.
pub fn empty_env() -> GoEnv {
    GoEnv::from_vars(|_| None)
}

/// No GOROOT, no module cache, and a GOPATH that does not exist: results do not depend on
/// the machine (the standard packages tests need come from the scanner's embedded stubs).
pub fn isolated_env() -> GoEnv {
    go_env([("GOPATH", "/nonexistent-gopath")])
}

/// Only GOROOT set (to a [`fake_goroot`], typically).
pub fn goroot_env(goroot: &Path) -> GoEnv {
    go_env([("GOROOT", goroot)])
}

/// GOPATH mode (`GO111MODULE=off`) on the tree `gopath`, without GOROOT.
pub fn gopath_env(gopath: &Path) -> GoEnv {
    go_env([
        ("GOPATH", gopath.as_os_str()),
        ("GO111MODULE", OsStr::new("off")),
    ])
}

/// A fake GOROOT at `root/goroot` with the standard packages tests import: `context` (an
/// interface with `Done`, and `Background`) and `fmt` (`Println`). Returns its path.
pub fn fake_goroot(root: &Path) -> PathBuf {
    let g = root.join("goroot");
    write(
        &g,
        "src/context/context.go",
        "package context\n\ntype Context interface{ Done() <-chan struct{} }\n\n\
         func Background() Context { return nil }\n",
    );
    write(
        &g,
        "src/fmt/fmt.go",
        "package fmt\n\nfunc Println(a ...any) {}\n",
    );
    g
}

/// The minor version of the `go` command on PATH (`27` for go1.27.3), or `None` when there
/// is none or it does not run.
pub fn go_minor_version() -> Option<u32> {
    let out = Command::new("go").arg("version").output().ok()?;
    if !out.status.success() {
        return None;
    }
    let text = String::from_utf8_lossy(&out.stdout);
    text.split_whitespace()
        .nth(2)?
        .strip_prefix("go1.")?
        .split(|c: char| !c.is_ascii_digit())
        .next()?
        .parse()
        .ok()
}

/// Runs `f` on another thread and fails the test if it does not finish within `secs` (a
/// deadlock or a runaway recursion would otherwise hang the whole test run). A panic in `f`
/// is the test's panic.
pub fn with_deadline<T: Send + 'static>(secs: u64, f: impl FnOnce() -> T + Send + 'static) -> T {
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)));
    });
    match rx.recv_timeout(Duration::from_secs(secs)) {
        Ok(Ok(v)) => v,
        Ok(Err(panic)) => std::panic::resume_unwind(panic),
        Err(_) => panic!("did not finish within {secs}s: deadlock or runaway recursion"),
    }
}

/// Every `.go` file under `root`, `testdata` directories left out (they hold deliberately
/// broken inputs), in walk order. The root may be a symlink.
pub fn go_files(root: impl AsRef<Path>) -> Vec<PathBuf> {
    walkdir::WalkDir::new(root)
        .into_iter()
        .filter_entry(|e| e.file_name() != "testdata")
        .flatten()
        .filter(|e| e.file_type().is_file() && e.path().extension().is_some_and(|x| x == "go"))
        .map(|e| e.into_path())
        .collect()
}

/// The files a lexical scan is compared with its reference on: every fixture (the
/// repository's `testdata/src`) and every third file of `goroot_src` when there is one
/// (GoEnv's, passed in so that a crate's own unit tests can use their own `GoEnv`).
pub fn lexical_corpus(goroot_src: Option<&Path>) -> Vec<PathBuf> {
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../testdata/src");
    let mut files = go_files(fixtures);
    assert!(files.len() > 100, "{} fixture files", files.len());
    if let Some(src) = goroot_src {
        files.extend(go_files(src).into_iter().step_by(3));
    }
    files
}

/// 20,000 deterministic strings of up to 40 `pieces` each (xorshift from `seed`): token
/// soup for lexical scans, where comment and quote openers, brackets and line breaks meet in
/// every order.
pub fn token_soups(pieces: &[&[u8]], seed: u64) -> impl Iterator<Item = Vec<u8>> {
    let mut seed = seed.max(1);
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let pieces: Vec<Vec<u8>> = pieces.iter().map(|p| p.to_vec()).collect();
    (0..20_000).map(move |_| {
        let len = next() % 40;
        (0..len)
            .flat_map(|_| pieces[(next() % pieces.len() as u64) as usize].clone())
            .collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn go_env_sets_only_what_it_is_given() {
        let tmp = tempdir().unwrap();
        let goroot = fake_goroot(tmp.path());
        let env = go_env([("GOROOT", &goroot)]);
        assert_eq!(env.goroot.as_deref(), Some(goroot.as_path()));
        assert!(
            env.gomodcache.is_none(),
            "HOME is unset, so no module cache"
        );
        assert!(isolated_env().goroot.is_none());
        assert!(tmp.path().join("goroot/src/context/context.go").is_file());
    }

    #[test]
    fn with_deadline_fails_a_hang() {
        let hung = std::panic::catch_unwind(|| {
            with_deadline(1, || std::thread::sleep(Duration::from_secs(30)))
        });
        assert!(hung.is_err());
        assert_eq!(with_deadline(5, || 7), 7);
    }
}
