//! The scanner's entry point: expands package patterns into target packages and loads any
//! package on demand, each at most once.
//!
//! Patterns follow `go list`: `./...`, `./dir/...`, `dir`, `.`, absolute directories, import
//! paths, `path/...` (also with `...` elsewhere), `std` and `cmd`. A directory pattern finds its
//! module by walking up from the pattern's own directory, so patterns of several modules can be
//! given at once.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use rayon::prelude::*;

use crate::cache::OnceMap;
use crate::goenv::GoEnv;
use crate::listing::{EntryKind, Listings};
use crate::package::{load_dir, load_stub, DirPackages, LoadError};
use crate::resolve::{find_upwards, normalize, Location, Mode, Origin, PackageLocation, Resolver};

/// A package named on the command line, with the resolver its imports go through.
#[derive(Clone, Debug)]
pub struct Target {
    pub location: PackageLocation,
    pub resolver: Arc<Resolver>,
}

/// The result of expanding patterns.
#[derive(Debug, Default)]
pub struct Expansion {
    /// Matched packages, sorted by import path, without duplicates.
    pub targets: Vec<Target>,
    /// Patterns that could not be expanded, as one-line messages.
    pub errors: Vec<String>,
    /// Non-fatal notes (a pattern matching no packages when others did, go.mod problems).
    pub warnings: Vec<String>,
    /// Directories that could not be read while walking.
    pub walk_errors: Vec<LoadError>,
}

pub struct Workspace {
    pub env: Arc<GoEnv>,
    pub cwd: PathBuf,
    resolvers: OnceMap<PathBuf, Resolver>,
    packages: OnceMap<Location, DirPackages>,
    /// Every directory read in the run, by the walk, resolution and loading alike.
    listings: Arc<Listings>,
}

impl Workspace {
    pub fn new(env: GoEnv, cwd: PathBuf) -> Self {
        Workspace {
            env: Arc::new(env),
            cwd,
            resolvers: OnceMap::default(),
            packages: OnceMap::default(),
            listings: Listings::new(),
        }
    }

    /// The resolver for packages in `dir` (shared by every directory of the same module).
    pub fn resolver_for_dir(&self, dir: &Path) -> Arc<Resolver> {
        let root = if self.env.modules_off() {
            None
        } else {
            find_upwards(dir, "go.mod")
        };
        let key = root.clone().unwrap_or_default();
        self.resolvers.get_or_load(&key, || {
            Resolver::for_dir(
                self.env.clone(),
                root.as_deref().unwrap_or(dir),
                self.listings.clone(),
            )
        })
    }

    /// Loads (once) the package directory or stub at `loc`.
    pub fn load(&self, loc: &PackageLocation) -> Arc<DirPackages> {
        self.packages
            .get_or_load(&loc.location, || match &loc.location {
                Location::Dir(dir) => load_dir(
                    dir,
                    &self.listings.get(dir),
                    &loc.import_path,
                    loc.origin,
                    &self.env.build,
                ),
                Location::Stub(path) => load_stub(path),
            })
    }

    /// Resolves and loads `path` as imported from a package found at `from` through `resolver`.
    pub fn import(
        &self,
        resolver: &Resolver,
        from: Origin,
        path: &str,
    ) -> Option<(PackageLocation, Arc<DirPackages>)> {
        let loc = resolver.resolve(path, from)?;
        let pkgs = self.load(&loc);
        Some((loc, pkgs))
    }

    /// Number of package loads so far (each package is loaded at most once).
    pub fn load_count(&self) -> usize {
        self.packages.load_count()
    }

    /// Number of directories read so far (each at most once: [`Listings`]).
    pub fn listing_count(&self) -> usize {
        self.listings.read_count()
    }

    /// Locations loaded so far.
    pub fn loaded_locations(&self) -> Vec<Location> {
        let mut v = self.packages.loaded_keys();
        v.sort();
        v
    }

    /// Expands `patterns` into target packages, loading each matched directory (in parallel)
    /// to decide whether it holds a package for this build configuration.
    pub fn expand(&self, patterns: &[String]) -> Expansion {
        let mut out = Expansion::default();
        let mut candidates: BTreeMap<PathBuf, (Target, Vec<usize>)> = BTreeMap::new();
        let mut explicit: Vec<(usize, Target)> = Vec::new();
        // Patterns that already have an error get no "matched no packages" warning on top.
        let mut errored = vec![false; patterns.len()];
        for (i, pat) in patterns.iter().enumerate() {
            let errors_before = out.errors.len();
            let found = self.candidates(pat, &mut out);
            errored[i] = out.errors.len() > errors_before;
            match found {
                Candidates::Walked(list) => {
                    for t in list {
                        if let Location::Dir(d) = &t.location.location {
                            candidates
                                .entry(d.clone())
                                .or_insert_with(|| (t.clone(), Vec::new()))
                                .1
                                .push(i);
                        }
                    }
                }
                Candidates::Exact(t) => explicit.push((i, t)),
                Candidates::None => {}
            }
        }
        let walked: Vec<(Target, Vec<usize>)> = candidates.into_values().collect();
        let loaded: Vec<(bool, Vec<LoadError>)> = walked
            .par_iter()
            .map(|(t, _)| {
                let p = self.load(&t.location);
                // `go list cmd` skips main packages vendored under cmd/vendor.
                let vendored_command = t.location.import_path.starts_with("cmd/vendor/")
                    && p.package.as_ref().is_some_and(|p| p.name == "main");
                let present = p.package.is_some() || p.xtest.is_some();
                // A directory of .go files none of which could be read must not look clean:
                // its errors are reported here, as no target will carry them.
                let errors = if present {
                    Vec::new()
                } else {
                    p.errors.clone()
                };
                (present && !vendored_command, errors)
            })
            .collect();
        let loaded: Vec<bool> = loaded
            .into_iter()
            .map(|(ok, errors)| {
                out.walk_errors.extend(errors);
                ok
            })
            .collect();
        let mut matched = vec![false; patterns.len()];
        let mut seen = BTreeSet::new();
        for ((t, pats), ok) in walked.into_iter().zip(loaded) {
            if ok {
                for p in pats {
                    matched[p] = true;
                }
                if seen.insert(t.location.location.clone()) {
                    out.targets.push(t);
                }
            }
        }
        for (i, t) in explicit {
            let p = self.load(&t.location);
            if p.package.is_none() && p.xtest.is_none() {
                // Nothing loaded: why (an unreadable directory, unreadable files) must be
                // said, or the run would look clean.
                out.walk_errors.extend(p.errors.iter().cloned());
                if p.errors.is_empty() {
                    out.errors.push(format!(
                        "{}: no Go files for this build configuration in {}",
                        patterns[i],
                        display_location(&t.location.location)
                    ));
                }
                matched[i] = true;
                continue;
            }
            matched[i] = true;
            if seen.insert(t.location.location.clone()) {
                out.targets.push(t);
            }
        }
        for (i, pat) in patterns.iter().enumerate() {
            if !matched[i] && !errored[i] {
                out.warnings
                    .push(format!("pattern {pat}: matched no packages"));
            }
        }
        out.targets
            .sort_by(|a, b| a.location.import_path.cmp(&b.location.import_path));
        let mut resolvers_seen = BTreeSet::new();
        for t in &out.targets {
            if resolvers_seen.insert(Arc::as_ptr(&t.resolver) as usize) {
                out.warnings.extend(t.resolver.warnings.iter().cloned());
            }
        }
        out
    }

    fn candidates(&self, pat: &str, out: &mut Expansion) -> Candidates {
        if pat == "std" || pat == "cmd" {
            let Some(src) = self.env.goroot_src() else {
                out.errors
                    .push(format!("pattern {pat}: GOROOT not found (set GOROOT)"));
                return Candidates::None;
            };
            let resolver = self.resolver_for_dir(&src);
            let (base, skip_cmd) = if pat == "std" {
                (src.clone(), true)
            } else {
                (src.join("cmd"), false)
            };
            let dirs = walk_package_dirs(
                &self.listings,
                &base,
                &src,
                skip_cmd,
                true,
                true,
                &mut out.walk_errors,
            );
            return Candidates::Walked(self.targets_for_dirs(dirs, &resolver, Origin::Goroot));
        }
        if pat == "all" || pat.starts_with("...") {
            out.errors.push(format!(
                "pattern {pat}: not supported; name packages or directories"
            ));
            return Candidates::None;
        }
        let is_dir_pattern = pat == "."
            || pat == ".."
            || pat.starts_with("./")
            || pat.starts_with("../")
            || Path::new(pat).is_absolute();
        if is_dir_pattern {
            let (base_str, wild) = split_wildcard(pat);
            let base = normalize(&self.cwd.join(base_str));
            if !base.is_dir() {
                out.errors.push(format!(
                    "pattern {pat}: directory {} does not exist",
                    base.display()
                ));
                return Candidates::None;
            }
            let resolver = self.resolver_for_dir(&base);
            let origin = origin_for_dir(&resolver, &self.env, &base);
            if let Some(suffix) = wild {
                let dirs = walk_package_dirs(
                    &self.listings,
                    &base,
                    &base,
                    false,
                    false,
                    !self.env.modules_off(),
                    &mut out.walk_errors,
                );
                let base_path = resolver.import_path_of_dir(&base);
                // At a GOPATH `src` root the base has no import path: `./...` is `...`.
                let full = if base_path.is_empty() {
                    suffix.trim_start_matches('/').to_string()
                } else {
                    format!("{base_path}{suffix}")
                };
                let matcher = PatternMatcher::new(&full);
                let targets = self
                    .targets_for_dirs(dirs, &resolver, origin)
                    .into_iter()
                    .filter(|t| matcher.matches(&t.location.import_path))
                    .collect();
                return Candidates::Walked(targets);
            }
            let import_path = resolver.import_path_of_dir(&base);
            return Candidates::Exact(Target {
                location: PackageLocation {
                    import_path,
                    location: Location::Dir(base),
                    origin,
                },
                resolver,
            });
        }
        // An import path pattern, resolved in the module of the working directory.
        let resolver = self.resolver_for_dir(&self.cwd);
        if pat.contains("...") {
            let matcher = PatternMatcher::new(pat);
            let prefix = matcher.literal_dir_prefix();
            let Some((base, origin)) = self.dir_of_import_prefix(&resolver, prefix) else {
                out.errors
                    .push(format!("pattern {pat}: cannot find directory of {prefix}"));
                return Candidates::None;
            };
            if !base.is_dir() {
                // Inside a known root but nothing there: `go list` only warns that the
                // pattern matched no packages (it is not a directory read error).
                return Candidates::Walked(Vec::new());
            }
            let dirs = walk_package_dirs(
                &self.listings,
                &base,
                &base,
                false,
                origin == Origin::Goroot,
                !self.env.modules_off(),
                &mut out.walk_errors,
            );
            let targets = self
                .targets_for_dirs(dirs, &resolver, origin)
                .into_iter()
                .filter(|t| matcher.matches(&t.location.import_path))
                .collect();
            return Candidates::Walked(targets);
        }
        match resolver.resolve(pat, Origin::MainModule) {
            Some(loc) if loc.origin != Origin::Stub => Candidates::Exact(Target {
                location: loc,
                resolver,
            }),
            _ => {
                out.errors.push(format!("cannot find package \"{pat}\""));
                Candidates::None
            }
        }
    }

    fn targets_for_dirs(
        &self,
        dirs: Vec<PathBuf>,
        resolver: &Arc<Resolver>,
        origin: Origin,
    ) -> Vec<Target> {
        dirs.into_iter()
            .map(|d| Target {
                location: PackageLocation {
                    import_path: resolver.import_path_of_dir(&d),
                    location: Location::Dir(d),
                    origin,
                },
                resolver: resolver.clone(),
            })
            .collect()
    }

    fn dir_of_import_prefix(&self, resolver: &Resolver, prefix: &str) -> Option<(PathBuf, Origin)> {
        if let Some(src) = self.env.goroot_src() {
            let d = src.join(prefix);
            if !prefix.split('/').next().unwrap_or("").contains('.') && d.is_dir() {
                return Some((d, Origin::Goroot));
            }
        }
        match &resolver.mode {
            Mode::Module { main, .. } => {
                let rest = crate::resolve::module_suffix(prefix, &main.path)
                    .or_else(|| crate::resolve::module_suffix(&main.path, prefix).map(|_| ""))?;
                Some((main.dir.join(rest), Origin::MainModule))
            }
            Mode::Gopath => self
                .env
                .gopath
                .iter()
                .map(|gp| gp.join("src").join(prefix))
                .find(|d| d.is_dir())
                .map(|d| (d, Origin::Gopath)),
        }
    }
}

enum Candidates {
    Walked(Vec<Target>),
    Exact(Target),
    None,
}

fn display_location(loc: &Location) -> String {
    match loc {
        Location::Dir(d) => d.display().to_string(),
        Location::Stub(p) => format!("<embedded>/{p}"),
    }
}

/// Where a package directory comes from (GOROOT, the main module, GOPATH).
pub fn origin_for_dir(resolver: &Resolver, env: &GoEnv, dir: &Path) -> Origin {
    if env.goroot_src().is_some_and(|s| dir.starts_with(s)) {
        return Origin::Goroot;
    }
    match &resolver.mode {
        Mode::Module { .. } => Origin::MainModule,
        Mode::Gopath => Origin::Gopath,
    }
}

/// Splits `./a/...` into (`./a`, Some("/...")); `./...` into (`.`, Some("/...")).
fn split_wildcard(pat: &str) -> (&str, Option<&str>) {
    match pat.find("...") {
        None => (pat, None),
        Some(i) => {
            let before = &pat[..i];
            let cut = before.rfind('/').unwrap_or(0);
            let base = if cut == 0 { "." } else { &pat[..cut] };
            let base = if before.starts_with('/') && cut == 0 {
                "/"
            } else {
                base
            };
            (base, Some(&pat[cut..]))
        }
    }
}

/// Go's package pattern matching: `...` matches any string; `x/...` also matches `x`.
pub struct PatternMatcher {
    pattern: String,
}

impl PatternMatcher {
    pub fn new(pattern: &str) -> Self {
        PatternMatcher {
            pattern: pattern.trim_end_matches('/').to_string(),
        }
    }

    /// The directory part of the pattern before its first wildcard.
    pub fn literal_dir_prefix(&self) -> &str {
        let lit = self.pattern.split("...").next().unwrap_or("");
        lit.rfind('/').map_or(lit, |i| &lit[..i])
    }

    pub fn matches(&self, path: &str) -> bool {
        if let Some(base) = self.pattern.strip_suffix("/...") {
            if path == base {
                return true;
            }
        }
        glob_match(&self.pattern, path)
    }
}

fn glob_match(pattern: &str, s: &str) -> bool {
    let parts: Vec<&str> = pattern.split("...").collect();
    if parts.len() == 1 {
        return pattern == s;
    }
    let (first, last) = (parts[0], parts[parts.len() - 1]);
    if !s.starts_with(first)
        || !s[first.len()..].ends_with(last)
        || s.len() < first.len() + last.len()
    {
        return false;
    }
    let mut rest = &s[first.len()..s.len() - last.len()];
    for mid in &parts[1..parts.len() - 1] {
        match rest.find(mid) {
            Some(i) => rest = &rest[i + mid.len()..],
            None => return false,
        }
    }
    true
}

/// Directories under `base` that may hold packages: every directory with a `.go` file,
/// skipping `testdata`, `vendor` (unless `keep_vendor`, for GOROOT), names starting with `.` or
/// `_`, nested modules (in module mode only: `go list` ignores go.mod files in GOPATH mode),
/// and (with `skip_cmd`) `root/cmd`. Symbolic links are not followed, as with `go list`.
/// Unreadable directories are recorded and skipped. Sorted; each directory is read through
/// the run's listings, which loading the packages found reads again for free.
fn walk_package_dirs(
    listings: &Listings,
    base: &Path,
    root: &Path,
    skip_cmd: bool,
    keep_vendor: bool,
    modules: bool,
    errors: &mut Vec<LoadError>,
) -> Vec<PathBuf> {
    let cmd = root.join("cmd");
    // `builtin` documents the predeclared identifiers; `go list std` leaves it out.
    let builtin = root.join("builtin");
    let mut dirs = Vec::new();
    // Depth first, in name order (an explicit stack: no recursion as deep as the tree).
    let mut stack: Vec<PathBuf> = vec![base.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let listing = listings.get(&dir);
        let entries = match listing.as_ref() {
            Ok(entries) => entries,
            Err(message) => {
                errors.push(LoadError {
                    path: dir,
                    offset: None,
                    message: format!("cannot read directory: {message}"),
                });
                continue;
            }
        };
        if entries
            .iter()
            .any(|e| e.kind == EntryKind::File && e.name.ends_with(".go"))
        {
            dirs.push(dir.clone());
        }
        let children = entries
            .iter()
            .filter(|e| e.kind == EntryKind::Dir)
            .filter_map(|e| {
                let name = e.name.as_str();
                if name.starts_with('.') || name.starts_with('_') || name == "testdata" {
                    return None;
                }
                if name == "vendor" && !keep_vendor {
                    return None;
                }
                let path = dir.join(name);
                if skip_cmd && (path == cmd || path == builtin) {
                    return None;
                }
                Some(path)
            });
        let mut children: Vec<PathBuf> = children.collect();
        if modules {
            children.retain(|child| !holds_go_mod(listings, child));
        }
        stack.extend(children.into_iter().rev());
    }
    dirs.sort();
    dirs
}

/// Whether `dir` holds a `go.mod` file (a nested module's root), from its listing.
fn holds_go_mod(listings: &Listings, dir: &Path) -> bool {
    listings.get(dir).as_ref().as_ref().is_ok_and(|entries| {
        entries
            .iter()
            .any(|e| e.name == "go.mod" && e.is_file_followed(dir))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pattern_matching() {
        let m = PatternMatcher::new("net/...");
        assert!(m.matches("net"));
        assert!(m.matches("net/http"));
        assert!(!m.matches("netx"));
        assert!(PatternMatcher::new("a/.../c").matches("a/b/c"));
        assert!(!PatternMatcher::new("a/.../c").matches("a/b/d"));
        assert_eq!(PatternMatcher::new("net/.../x").literal_dir_prefix(), "net");
        assert_eq!(
            PatternMatcher::new("example.com/m/...").literal_dir_prefix(),
            "example.com/m"
        );
    }

    #[test]
    fn wildcard_split() {
        assert_eq!(split_wildcard("./..."), (".", Some("/...")));
        assert_eq!(split_wildcard("./a/b/..."), ("./a/b", Some("/...")));
        assert_eq!(split_wildcard("./a"), ("./a", None));
    }
}
