//! Import path -> directory, as the `go` command resolves it, without running it.
//!
//! Module mode, in order: standard packages in GOROOT/src (and GOROOT/src/vendor for imports
//! made by standard packages), the main module, its `replace` directives with local paths,
//! `go.work` modules, `vendor/` (when vendoring is in effect), the module cache (version from
//! the main module's requirements, non-local replacements applied), and last the stubs embedded
//! in the binary. GOPATH mode: GOROOT/src, then each `GOPATH/src`, then the stubs.
//!
//! Limitations: no minimal version selection (the version written in the main go.mod is used),
//! no GOPATH-mode `vendor/` directories, no `go.work` replace of remote modules.

use std::path::{Component, Path, PathBuf};
use std::sync::{Arc, Mutex};

use rustc_hash::FxHashMap;

use crate::goenv::GoEnv;
use crate::listing::Listings;
use crate::modfile::{self, ModFile, Replace, Require};

/// Where a package was found; decides how its own imports are resolved.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Origin {
    MainModule,
    Workspace,
    Replaced,
    Vendor,
    Goroot,
    ModCache,
    Gopath,
    Stub,
}

/// A package directory, or an embedded stub.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Location {
    Dir(PathBuf),
    Stub(&'static str),
}

/// The answer to "where is this import path?".
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PackageLocation {
    pub import_path: String,
    pub location: Location,
    pub origin: Origin,
}

/// A module of the build: its path, root directory and go.mod.
#[derive(Clone, Debug)]
pub struct Module {
    pub path: String,
    pub dir: PathBuf,
    pub modfile: ModFile,
}

#[derive(Clone, Debug)]
pub enum Mode {
    Module {
        main: Box<Module>,
        workspace: Vec<Module>,
        vendor: Option<PathBuf>,
        replaces: Vec<Replace>,
    },
    Gopath,
}

/// A resolver's answers by import path, then by the importer's origin.
type Memo = FxHashMap<String, Vec<(Origin, Option<PackageLocation>)>>;

/// Resolves imports for the packages of one module (or of GOPATH mode).
#[derive(Debug)]
pub struct Resolver {
    pub env: Arc<GoEnv>,
    pub mode: Mode,
    /// Problems found while reading go.mod / go.work, reported once.
    pub warnings: Vec<String>,
    /// The run's directory listings (resolution asks the same directories for every
    /// importing file; loading a package reads the same listing again).
    listings: Arc<Listings>,
    /// Answers already given: every file of every package asks for its imports, mostly the
    /// same few paths (the listings make the answer the same each time).
    memo: Mutex<Memo>,
}

/// Finds the nearest directory at or above `dir` that contains `file`.
pub fn find_upwards(dir: &Path, file: &str) -> Option<PathBuf> {
    dir.ancestors()
        .find(|d| d.join(file).is_file())
        .map(Path::to_path_buf)
}

fn read_module(dir: &Path, warnings: &mut Vec<String>) -> Option<Module> {
    let gomod = dir.join("go.mod");
    let text = match std::fs::read_to_string(&gomod) {
        Ok(t) => t,
        Err(e) => {
            warnings.push(format!(
                "cannot read {}: {}",
                gomod.display(),
                io_message(&e)
            ));
            return None;
        }
    };
    match modfile::parse_go_mod(&text) {
        Ok(mf) => Some(Module {
            path: mf.module.clone().unwrap_or_default(),
            dir: dir.to_path_buf(),
            modfile: mf,
        }),
        Err(e) => {
            warnings.push(format!("{}: {}", gomod.display(), e));
            None
        }
    }
}

/// An io::Error as a short lower-case phrase: "permission denied", "no such file or directory".
pub fn io_message(e: &std::io::Error) -> String {
    let s = e.to_string();
    let s = match s.find(" (os error") {
        Some(i) => &s[..i],
        None => &s,
    };
    let mut out = s.to_string();
    if let Some(first) = out.get(0..1) {
        let lower = first.to_lowercase();
        out.replace_range(0..1, &lower);
    }
    out
}

impl Resolver {
    /// The resolver for packages in `dir`: module mode when a go.mod is found at or above it
    /// (unless GO111MODULE=off), GOPATH mode otherwise.
    pub fn for_dir(env: Arc<GoEnv>, dir: &Path, listings: Arc<Listings>) -> Resolver {
        let mut warnings = Vec::new();
        let root = if env.modules_off() {
            None
        } else {
            find_upwards(dir, "go.mod")
        };
        let Some(root) = root else {
            return Resolver {
                listings,
                env,
                mode: Mode::Gopath,
                warnings,
                memo: Mutex::default(),
            };
        };
        let Some(main) = read_module(&root, &mut warnings) else {
            return Resolver {
                listings,
                env,
                mode: Mode::Gopath,
                warnings,
                memo: Mutex::default(),
            };
        };
        let mut replaces = main.modfile.replaces.clone();
        let mut workspace = Vec::new();
        let work_file = match env.gowork.as_deref() {
            Some("off") => None,
            Some(p) => Some(PathBuf::from(p)),
            None => find_upwards(&root, "go.work").map(|d| d.join("go.work")),
        };
        if let Some(work) = work_file {
            match std::fs::read_to_string(&work).map(|t| modfile::parse_go_work(&t)) {
                Ok(Ok(wf)) => {
                    let base = work.parent().unwrap_or(Path::new("/")).to_path_buf();
                    for u in &wf.uses {
                        let d = normalize(&base.join(u));
                        if d == root {
                            continue;
                        }
                        if let Some(m) = read_module(&d, &mut warnings) {
                            workspace.push(m);
                        }
                    }
                    replaces.extend(wf.replaces.iter().map(|r| Replace {
                        new_path: if r.is_local() {
                            base.join(&r.new_path).to_string_lossy().into_owned()
                        } else {
                            r.new_path.clone()
                        },
                        ..r.clone()
                    }));
                }
                Ok(Err(e)) => warnings.push(format!("{}: {}", work.display(), e)),
                Err(e) => warnings.push(format!(
                    "cannot read {}: {}",
                    work.display(),
                    io_message(&e)
                )),
            }
        }
        let vendor_dir = root.join("vendor");
        let use_vendor = match env.flags_mod.as_deref() {
            Some("vendor") => true,
            Some("mod") | Some("readonly") => false,
            _ => {
                vendor_dir.join("modules.txt").is_file()
                    && workspace.is_empty()
                    && main
                        .modfile
                        .go_version
                        .as_deref()
                        .is_some_and(|v| modfile::go_version_at_least(v, 1, 14))
            }
        };
        Resolver {
            listings,
            env,
            mode: Mode::Module {
                main: Box::new(main),
                workspace,
                vendor: use_vendor.then_some(vendor_dir),
                replaces,
            },
            warnings,
            memo: Mutex::default(),
        }
    }

    /// The main module's root directory, in module mode.
    pub fn module_root(&self) -> Option<&Path> {
        match &self.mode {
            Mode::Module { main, .. } => Some(&main.dir),
            Mode::Gopath => None,
        }
    }

    /// The import path of the package in `dir`, as `go list` would name it.
    pub fn import_path_of_dir(&self, dir: &Path) -> String {
        if let Some(src) = self.env.goroot_src() {
            if let Ok(rel) = dir.strip_prefix(&src) {
                return slash_path(rel);
            }
        }
        if let Mode::Module {
            main, workspace, ..
        } = &self.mode
        {
            for m in std::iter::once(&**main).chain(workspace) {
                if let Ok(rel) = dir.strip_prefix(&m.dir) {
                    let rel = slash_path(rel);
                    if let Some(vendored) = rel.strip_prefix("vendor/") {
                        return vendored.to_string();
                    }
                    return join_import(&m.path, &rel);
                }
            }
        }
        for gp in &self.env.gopath {
            if let Ok(rel) = dir.strip_prefix(gp.join("src")) {
                return slash_path(rel);
            }
        }
        // Outside any known root: go names it by its absolute directory (`_/tmp/x`).
        format!("_/{}", slash_path(dir))
    }

    /// Resolves `path` imported by a package found at `from`.
    /// Whether `dir` holds at least one `.go` file (the cheap test used during resolution),
    /// from the run's listing of it.
    fn is_package_dir(&self, dir: &Path) -> bool {
        self.listings
            .get(dir)
            .as_ref()
            .as_ref()
            .is_ok_and(|entries| {
                entries.iter().any(|e| {
                    e.name.ends_with(".go") && !e.name.starts_with('.') && !e.name.starts_with('_')
                })
            })
    }

    /// Where import `path`, imported by a package of origin `from`, is (remembered for the
    /// run).
    pub fn resolve(&self, path: &str, from: Origin) -> Option<PackageLocation> {
        let known = self.lock_memo().get(path).and_then(|answers| {
            answers
                .iter()
                .find(|(origin, _)| *origin == from)
                .map(|(_, found)| found.clone())
        });
        if let Some(found) = known {
            return found;
        }
        let found = self.resolve_uncached(path, from);
        let mut memo = self.lock_memo();
        let answers = memo.entry(path.to_string()).or_default();
        if answers.iter().all(|(origin, _)| *origin != from) {
            answers.push((from, found.clone()));
        }
        found
    }

    fn lock_memo(&self) -> std::sync::MutexGuard<'_, Memo> {
        self.memo.lock().unwrap_or_else(|p| p.into_inner())
    }

    fn resolve_uncached(&self, path: &str, from: Origin) -> Option<PackageLocation> {
        if !is_valid_import_path(path) {
            return None;
        }
        let found = |dir: PathBuf, origin: Origin| -> Option<PackageLocation> {
            self.is_package_dir(&dir).then(|| PackageLocation {
                import_path: path.to_string(),
                location: Location::Dir(dir),
                origin,
            })
        };
        let std_like = !path.split('/').next().unwrap_or("").contains('.');
        if std_like {
            if let Some(src) = self.env.goroot_src() {
                if let Some(loc) = found(src.join(path), Origin::Goroot) {
                    return Some(loc);
                }
                if from == Origin::Goroot {
                    let vendor = if path.starts_with("cmd/") {
                        src.join("cmd/vendor")
                    } else {
                        src.join("vendor")
                    };
                    if let Some(loc) = found(vendor.join(path), Origin::Goroot) {
                        return Some(loc);
                    }
                }
            }
        } else if from == Origin::Goroot {
            if let Some(src) = self.env.goroot_src() {
                for vendor in [src.join("vendor"), src.join("cmd/vendor")] {
                    if let Some(loc) = found(vendor.join(path), Origin::Goroot) {
                        return Some(loc);
                    }
                }
            }
        }
        let on_disk = match &self.mode {
            Mode::Module {
                main,
                workspace,
                vendor,
                replaces,
            } => self.resolve_in_module(path, main, workspace, vendor.as_deref(), replaces),
            Mode::Gopath => self
                .env
                .gopath
                .iter()
                .find_map(|gp| found(gp.join("src").join(path), Origin::Gopath)),
        };
        on_disk.or_else(|| {
            crate::stubs::files(path).map(|_| PackageLocation {
                import_path: path.to_string(),
                location: Location::Stub(stub_key(path)),
                origin: Origin::Stub,
            })
        })
    }

    fn resolve_in_module(
        &self,
        path: &str,
        main: &Module,
        workspace: &[Module],
        vendor: Option<&Path>,
        replaces: &[Replace],
    ) -> Option<PackageLocation> {
        let found = |dir: PathBuf, origin: Origin| -> Option<PackageLocation> {
            self.is_package_dir(&dir).then(|| PackageLocation {
                import_path: path.to_string(),
                location: Location::Dir(dir),
                origin,
            })
        };
        if let Some(rest) = module_suffix(path, &main.path) {
            if let Some(loc) = found(main.dir.join(rest), Origin::MainModule) {
                return Some(loc);
            }
        }
        // Local replacements, longest module path first.
        let mut local: Vec<&Replace> = replaces.iter().filter(|r| r.is_local()).collect();
        local.sort_by_key(|r| std::cmp::Reverse(r.old_path.len()));
        for r in local {
            if let Some(rest) = module_suffix(path, &r.old_path) {
                let base = normalize(&main.dir.join(&r.new_path));
                if let Some(loc) = found(base.join(rest), Origin::Replaced) {
                    return Some(loc);
                }
            }
        }
        for m in workspace {
            if let Some(rest) = module_suffix(path, &m.path) {
                if let Some(loc) = found(m.dir.join(rest), Origin::Workspace) {
                    return Some(loc);
                }
            }
        }
        if let Some(vendor) = vendor {
            if let Some(loc) = found(vendor.join(path), Origin::Vendor) {
                return Some(loc);
            }
        }
        let cache = self.env.gomodcache.as_ref()?;
        let (req, rest) = longest_requirement(path, &main.modfile.requires)?;
        let (mod_path, version) = replaces
            .iter()
            .filter(|r| !r.is_local() && r.old_path == req.path)
            .find(|r| r.old_version.as_deref().is_none_or(|v| v == req.version))
            .map(|r| {
                (
                    r.new_path.clone(),
                    r.new_version.clone().unwrap_or_default(),
                )
            })
            .unwrap_or_else(|| (req.path.clone(), req.version.clone()));
        let dir = cache.join(format!(
            "{}@{}",
            modfile::escape_module_path(&mod_path)?,
            modfile::escape_version(&version)?
        ));
        found(dir.join(rest), Origin::ModCache)
    }
}

/// The requirement whose module path is the longest prefix of `path`, and the rest of `path`.
fn longest_requirement<'a>(path: &'a str, reqs: &'a [Require]) -> Option<(&'a Require, &'a str)> {
    reqs.iter()
        .filter_map(|r| module_suffix(path, &r.path).map(|rest| (r, rest)))
        .max_by_key(|(r, _)| r.path.len())
}

/// If `path` is `module` or inside it, the remainder (possibly empty).
pub fn module_suffix<'a>(path: &'a str, module: &str) -> Option<&'a str> {
    if module.is_empty() {
        return None;
    }
    let rest = path.strip_prefix(module)?;
    if rest.is_empty() {
        Some("")
    } else {
        rest.strip_prefix('/')
    }
}

fn stub_key(path: &str) -> &'static str {
    crate::stubs::import_paths()
        .iter()
        .copied()
        .find(|p| *p == path)
        .unwrap_or("")
}

/// Rejects paths that could escape a root: empty, absolute, `.`/`..` elements, backslashes.
pub fn is_valid_import_path(path: &str) -> bool {
    !path.is_empty()
        && !path.starts_with('/')
        && !path.contains('\\')
        && !path.contains('\0')
        && path
            .split('/')
            .all(|e| !e.is_empty() && e != "." && e != "..")
}

fn slash_path(p: &Path) -> String {
    p.components()
        .filter_map(|c| match c {
            Component::Normal(s) => Some(s.to_string_lossy().into_owned()),
            _ => None,
        })
        .collect::<Vec<_>>()
        .join("/")
}

fn join_import(module: &str, rel: &str) -> String {
    if rel.is_empty() {
        module.to_string()
    } else {
        format!("{module}/{rel}")
    }
}

/// Lexically removes `.` and `..` components.
pub fn normalize(p: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in p.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir => {
                if !out.pop() {
                    out.push("..");
                }
            }
            other => out.push(other.as_os_str()),
        }
    }
    out
}
