//! Package-level knowledge shared by every file of a run: the declarations of the analysed
//! units and of the packages they import, read lazily through the scanner's workspace, and the
//! type questions that need them (aliases, underlying types, fields and methods with promotion
//! through embedding, function signatures, package-level variables).
//!
//! Every lookup is bounded (alias chains, embedding depth) so cyclic declarations terminate,
//! and every failure is [`Type::Unknown`] / `None`.

use rayon::prelude::*;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::{Arc, Mutex, OnceLock};

use goroutinectx_scanner::cache::OnceMap;
use goroutinectx_scanner::header::ImportSpec;
use goroutinectx_scanner::idx::IndexVec;
use goroutinectx_scanner::index::{
    FileNo, FuncDecl, PackageIndex, TypeDecl, TypeExpr, ValueHint, VarDecl,
};
use goroutinectx_scanner::{
    DirPackages, Location, Origin, Package, Resolver, SourceFile, Workspace,
};

use crate::capable::SpawnCapable;
use crate::spawn_sites::{FileSites, SpawnNames};
use crate::types::{FuncType, LiteralKind, NamedType, PkgId, Type};

/// How deep alias chains and embedding are followed.
const MAX_HOPS: usize = 16;

/// Predeclared type names (universe scope).
pub const PREDECLARED_TYPES: &[&str] = &[
    "any",
    "bool",
    "byte",
    "comparable",
    "complex64",
    "complex128",
    "error",
    "float32",
    "float64",
    "int",
    "int8",
    "int16",
    "int32",
    "int64",
    "rune",
    "string",
    "uint",
    "uint8",
    "uint16",
    "uint32",
    "uint64",
    "uintptr",
];

/// The predeclared types no function value can be assigned to: every one but `any` and
/// `comparable` (`error` is an interface, but a function type has no methods).
pub fn holds_no_function(predeclared: &str) -> bool {
    !matches!(predeclared, "any" | "comparable") && PREDECLARED_TYPES.contains(&predeclared)
}

/// Top-level name -> the number of the file declaring it.
#[derive(Default)]
struct Directory {
    funcs: HashMap<String, FileNo>,
    types: HashMap<String, FileNo>,
    vars: HashMap<String, FileNo>,
    consts: HashMap<String, FileNo>,
    /// Receiver base type -> files declaring methods on it.
    methods: HashMap<String, Vec<FileNo>>,
    /// The names of all methods.
    method_names: HashSet<String>,
}

/// (file number, qualifier) -> the package it names.
type QualifierCache = HashMap<(FileNo, String), Option<Arc<PkgInfo>>>;

/// A loaded package, as a home of declarations.
pub struct PkgInfo {
    pub id: PkgId,
    pub name: String,
    pub resolver: Arc<Resolver>,
    pub origin: Origin,
    /// The files the declarations come from: every file of an analysed unit, the non-test
    /// files of an import. File numbers everywhere index this list.
    pub files: IndexVec<FileNo, Arc<SourceFile>>,
    directory: OnceLock<Directory>,
    /// The files that may declare an alias (`decls::may_declare_alias`).
    alias_files: OnceLock<Vec<FileNo>>,
    spawner_text: OnceLock<bool>,
    spawn_capable: OnceLock<SpawnCapable>,
    spawn_sites: IndexVec<FileNo, OnceLock<FileSites>>,
    file_indexes: IndexVec<FileNo, OnceLock<PackageIndex>>,
    qualifiers: Mutex<QualifierCache>,
}

impl std::fmt::Debug for PkgInfo {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "PkgInfo({})", self.id.path)
    }
}

impl PkgInfo {
    fn new(
        id: PkgId,
        package: Option<&Package>,
        resolver: Arc<Resolver>,
        origin: Origin,
        all_files: bool,
    ) -> Self {
        let (name, files) = match package {
            Some(p) if all_files => (p.name.clone(), p.files.iter().cloned().collect()),
            Some(p) => (p.name.clone(), p.non_test_files().cloned().collect()),
            None => (String::new(), IndexVec::new()),
        };
        PkgInfo {
            id,
            name,
            resolver,
            origin,
            file_indexes: files.iter().map(|_| OnceLock::new()).collect(),
            spawn_sites: files.iter().map(|_| OnceLock::new()).collect(),
            files,
            directory: OnceLock::new(),
            alias_files: OnceLock::new(),
            spawner_text: OnceLock::new(),
            spawn_capable: OnceLock::new(),
            qualifiers: Mutex::new(HashMap::default()),
        }
    }

    /// Which file declares each top-level name, from a lexical scan of every file (no
    /// parse).
    fn directory(&self) -> &Directory {
        self.directory.get_or_init(|| {
            let mut d = Directory::default();
            for (i, f) in self.files.iter_enumerated() {
                let names = f.decl_names();
                for n in &names.funcs {
                    d.funcs.entry(n.clone()).or_insert(i);
                }
                for n in &names.types {
                    d.types.entry(n.clone()).or_insert(i);
                }
                for n in &names.vars {
                    d.vars.entry(n.clone()).or_insert(i);
                }
                for n in &names.consts {
                    d.consts.entry(n.clone()).or_insert(i);
                }
                for (recv, name) in &names.methods {
                    let files = d.methods.entry(recv.clone()).or_default();
                    if !files.contains(&i) {
                        files.push(i);
                    }
                    d.method_names.insert(name.clone());
                }
            }
            d
        })
    }

    /// The declarations of one file, parsed and indexed on first use.
    fn file_index(&self, file_no: FileNo) -> Option<&PackageIndex> {
        let cell = self.file_indexes.get(file_no)?;
        let file = self.files.get(file_no)?;
        Some(cell.get_or_init(|| PackageIndex::build(&self.name, [file])))
    }

    /// Whether file `file_no`'s declarations have been indexed (its tree was parsed for it).
    pub fn has_file_index(&self, file_no: FileNo) -> bool {
        self.file_indexes
            .get(file_no)
            .is_some_and(|cell| cell.get().is_some())
    }

    /// Builds file `file_no`'s declarations from a tree the caller has already parsed, so
    /// that lookups of this file's own declarations do not parse it again.
    pub fn seed_file_index(&self, file_no: FileNo, tree: &tree_sitter::Tree) {
        if let (Some(cell), Some(file)) = (self.file_indexes.get(file_no), self.files.get(file_no))
        {
            cell.get_or_init(|| PackageIndex::build_with_tree(&self.name, file, tree));
        }
    }

    /// Sets file `file_no`'s declarations to `index` (unless they are indexed already): for a
    /// file indexed in parts (`PackageIndex::build_with_parts`).
    pub fn seed_file_index_with(&self, file_no: FileNo, index: PackageIndex) {
        if let Some(cell) = self.file_indexes.get(file_no) {
            let _ = cell.set(index);
        }
    }

    pub fn has_func(&self, name: &str) -> bool {
        self.directory().funcs.contains_key(name)
    }

    pub fn has_type(&self, name: &str) -> bool {
        self.directory().types.contains_key(name)
    }

    /// Whether any file of the package contains the text `goroutinectx:spawner` (a package
    /// without it declares no spawner; answered without parsing).
    pub fn may_declare_spawners(&self) -> bool {
        *self.spawner_text.get_or_init(|| {
            let finder = memchr::memmem::Finder::new(b"goroutinectx:spawner");
            self.files.iter().any(|f| finder.find(&f.src).is_some())
        })
    }

    /// The functions and methods of this package whose call may be a spawn call by
    /// spawnerlabel's higher-order rule (SPEC §3.7 rule 3), lexically and as a superset (see
    /// [`crate::capable`]); `names` are the spawning APIs' and external spawners'.
    /// Computed once per package, for the first `names` given.
    pub fn spawn_capable_funcs(&self, names: &SpawnNames) -> &SpawnCapable {
        self.spawn_capable.get_or_init(|| {
            SpawnCapable::of_files(
                &self.files,
                names,
                &|file_no| self.spawn_sites(file_no, names),
                &|n| self.has_name(n),
            )
        })
    }

    /// File `file_no`'s call sites of spawn names `names` that may be spawn calls
    /// ([`crate::spawn_sites`]), computed once per file, for the first `names` given.
    pub(crate) fn spawn_sites(&self, file_no: FileNo, names: &SpawnNames) -> &FileSites {
        self.spawn_sites[file_no].get_or_init(|| {
            crate::spawn_sites::file_sites(&self.files[file_no], names, &self.id.path, &|n| {
                self.has_name(n)
            })
        })
    }

    /// Whether type `name` may be an alias (false means certainly not, without parsing):
    /// only the files a byte search finds may declare an alias are lexed.
    pub fn may_be_alias(&self, name: &str) -> bool {
        self.alias_files().iter().any(|&i| {
            self.files[i]
                .decl_names()
                .maybe_aliases
                .iter()
                .any(|a| a == name)
        })
    }

    /// The files that may declare an alias ([`goroutinectx_scanner::decls::may_declare_alias`]).
    pub fn alias_files(&self) -> &[FileNo] {
        self.alias_files.get_or_init(|| {
            self.files
                .iter_enumerated()
                .filter(|(_, f)| goroutinectx_scanner::decls::may_declare_alias(&f.src))
                .map(|(i, _)| i)
                .collect()
        })
    }

    /// Whether some type of this package declares a method `name` (lexically).
    pub fn has_method_named(&self, name: &str) -> bool {
        self.directory().method_names.contains(name)
    }

    /// The file declaring package-level function `name` (lexically, without parsing).
    pub fn func_file(&self, name: &str) -> Option<FileNo> {
        self.directory().funcs.get(name).copied()
    }

    /// The file declaring package-level variable `name` (lexically, without parsing).
    pub fn var_file(&self, name: &str) -> Option<FileNo> {
        self.directory().vars.get(name).copied()
    }

    pub fn has_var(&self, name: &str) -> bool {
        self.directory().vars.contains_key(name)
    }

    /// Whether `name` is a package-level constant (lexically, without parsing).
    pub fn has_const(&self, name: &str) -> bool {
        self.directory().consts.contains_key(name)
    }

    /// Whether `name` is declared at package level (func, type, var or const).
    pub fn has_name(&self, name: &str) -> bool {
        let d = self.directory();
        d.funcs.contains_key(name)
            || d.types.contains_key(name)
            || d.vars.contains_key(name)
            || d.consts.contains_key(name)
    }

    /// A package-level function, with `file` set to its file number.
    pub fn func_decl(&self, name: &str) -> Option<FuncDecl> {
        let file_no = *self.directory().funcs.get(name)?;
        let mut decl = self.file_index(file_no)?.func(name)?;
        decl.file = file_no;
        Some(decl)
    }

    pub fn type_decl(&self, name: &str) -> Option<TypeDecl> {
        let file_no = *self.directory().types.get(name)?;
        let mut decl = self.file_index(file_no)?.types.get(name)?.clone();
        decl.file = file_no;
        Some(decl)
    }

    pub fn var_decl(&self, name: &str) -> Option<VarDecl> {
        let file_no = *self.directory().vars.get(name)?;
        let mut decl = self.file_index(file_no)?.vars.get(name)?.clone();
        decl.file = file_no;
        Some(decl)
    }

    /// A method declared on `type_name`.
    pub fn method(&self, type_name: &str, name: &str) -> Option<FuncDecl> {
        for &file_no in self.directory().methods.get(type_name)? {
            if let Some(mut m) = self
                .file_index(file_no)
                .and_then(|ix| ix.method(type_name, name))
            {
                m.file = file_no;
                return Some(m);
            }
        }
        None
    }

    /// The imports of file `file_no` (from its header: no parse).
    pub fn imports(&self, file_no: FileNo) -> &[ImportSpec] {
        self.files
            .get(file_no)
            .map_or(&[], |f| f.header.imports.as_slice())
    }

    /// The number of `file` in this package, if it is one of its files.
    pub fn file_no(&self, file: &SourceFile) -> Option<FileNo> {
        self.files
            .iter_enumerated()
            .find(|(_, f)| std::ptr::eq(&***f, file))
            .map(|(i, _)| i)
    }
}

/// A method found on a type, with the package that declares it.
#[derive(Clone)]
pub struct MethodRef {
    pub pkg: Arc<PkgInfo>,
    /// The receiver's base type (the type declaring the method).
    pub recv: Arc<NamedType>,
    pub name: String,
    pub sig: FuncType,
    /// Declared in an interface rather than on a concrete type.
    pub interface: bool,
    /// The declaration, for concrete methods.
    pub decl: Option<FuncDecl>,
}

/// How many packages deep an alias of an alias of the context type is followed by the
/// lexical prefilter.
const MAX_ALIAS_CHAIN: usize = 4;

/// What a selector denotes (see [`Universe::select`]).
pub enum Selection {
    Field(Type),
    Method(Box<MethodRef>),
}

/// The run-wide knowledge base.
pub struct Universe<'w> {
    pub workspace: &'w Workspace,
    imports: OnceMap<Location, Option<Arc<PkgInfo>>>,
    units: Mutex<HashMap<(Location, bool), Arc<PkgInfo>>>,
    /// `may_export_ctx_alias` answers by package location.
    ctx_alias_exports: Mutex<HashMap<Location, bool>>,
    /// Package locations whose reach through imports is known to mark no spawner
    /// ([`Universe::reach_may_declare_spawners`]), shared by every question of the run.
    clean_reach: Mutex<HashSet<Location>>,
}

impl<'w> Universe<'w> {
    pub fn new(workspace: &'w Workspace) -> Self {
        Universe {
            workspace,
            imports: OnceMap::default(),
            units: Mutex::new(HashMap::default()),
            ctx_alias_exports: Mutex::new(HashMap::default()),
            clean_reach: Mutex::default(),
        }
    }

    /// Whether a package reachable from `pkg` through imports may mark spawners (contains
    /// the directive's text; answered without parsing): the packages `pkg` imports and,
    /// through the user's own packages (main module, workspace, local replacements,
    /// GOPATH), the packages those import. GOROOT and the embedded stubs never mark any, and
    /// third-party dependencies' own imports are not followed (a marked spawner is the
    /// user's; following vendor trees would cost a module run most of its time). A method of
    /// a type from a package the caller does not import (`a.New().Run(f)`, embedding,
    /// aliases) is found this way. Packages whose reach marks nothing are remembered for the
    /// rest of the run.
    pub fn reach_may_declare_spawners(&self, pkg: &Arc<PkgInfo>) -> bool {
        self.reach_walk(vec![pkg.clone()])
    }

    /// Walks the reach of all of `roots` at once (see [`Self::reach_may_declare_spawners`]),
    /// before they are analysed: one flat parallel load of the packages every unit's own
    /// question would read in turn, in the middle of its analysis (where a unit waiting on a
    /// load another unit has started, or a long unit asking last, sets the run's pace). When
    /// nothing in the union marks a spawner, each root's reach is known clean; otherwise the
    /// roots' own walks answer, from the packages loaded here.
    pub fn prefetch_reach(&self, roots: Vec<Arc<PkgInfo>>) {
        self.reach_walk(roots);
    }

    /// Whether the reach of any of `roots` may mark spawners; when none may, every package
    /// visited is remembered as clean.
    fn reach_walk(&self, roots: Vec<Arc<PkgInfo>>) -> bool {
        let mut seen: HashSet<Location> = HashSet::default();
        // Breadth first, each level's packages loaded in parallel (reading directories is
        // most of the question's cost).
        let mut level: Vec<Arc<PkgInfo>> = roots;
        while !level.is_empty() {
            let mut wanted: Vec<(&Arc<PkgInfo>, &str, Origin)> = Vec::new();
            // Each import asked once per resolver and origin (files of a package, and
            // packages of a module, mostly import the same paths).
            let mut asked: HashSet<(*const Resolver, Origin, &str)> = HashSet::default();
            for p in &level {
                for file in &p.files {
                    for import in &file.header.imports {
                        if !asked.insert((Arc::as_ptr(&p.resolver), p.origin, &import.path)) {
                            continue;
                        }
                        let Some(loc) = p.resolver.resolve(&import.path, p.origin) else {
                            continue;
                        };
                        if matches!(loc.origin, Origin::Goroot | Origin::Stub)
                            || seen.contains(&loc.location)
                            || self.lock_clean_reach().contains(&loc.location)
                        {
                            continue;
                        }
                        seen.insert(loc.location.clone());
                        wanted.push((p, &import.path, loc.origin));
                    }
                }
            }
            let loaded: Vec<(Arc<PkgInfo>, bool, Origin)> = wanted
                .par_iter()
                .filter_map(|&(p, path, origin)| {
                    let q = self.import(p, path)?;
                    let marks = q.may_declare_spawners();
                    Some((q, marks, origin))
                })
                .collect();
            if loaded.iter().any(|(_, marks, _)| *marks) {
                return true;
            }
            level = loaded
                .into_iter()
                .filter(|(_, _, origin)| {
                    matches!(
                        origin,
                        Origin::MainModule | Origin::Workspace | Origin::Replaced | Origin::Gopath
                    )
                })
                .map(|(q, _, _)| q)
                .collect();
        }
        self.lock_clean_reach().extend(seen);
        false
    }

    fn lock_clean_reach(&self) -> std::sync::MutexGuard<'_, HashSet<Location>> {
        self.clean_reach.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Registers an analysed unit (a target package or its external tests).
    pub fn unit(
        &self,
        import_path: &str,
        location: &Location,
        dir: Arc<DirPackages>,
        resolver: Arc<Resolver>,
        origin: Origin,
        xtest: bool,
    ) -> Arc<PkgInfo> {
        let mut units = self.units.lock().unwrap_or_else(|p| p.into_inner());
        units
            .entry((location.clone(), xtest))
            .or_insert_with(|| {
                let package = if xtest {
                    dir.xtest.as_ref()
                } else {
                    dir.package.as_ref()
                };
                let id = PkgId {
                    path: import_path.to_string(),
                    location: location.clone(),
                };
                Arc::new(PkgInfo::new(id, package, resolver, origin, true))
            })
            .clone()
    }

    /// The package `path` as imported by `from`, loaded on first use.
    pub fn import(&self, from: &PkgInfo, path: &str) -> Option<Arc<PkgInfo>> {
        let loc = from.resolver.resolve(path, from.origin)?;
        if loc.location == from.id.location {
            // An external test package importing the package under test sees its test files
            // too (`p [p.test]`), as `export_test.go` files rely on.
            let units = self.units.lock().unwrap_or_else(|p| p.into_inner());
            if let Some(p) = units.get(&(loc.location.clone(), false)) {
                return Some(p.clone());
            }
        }
        let resolver = from.resolver.clone();
        let info = self.imports.get_or_load(&loc.location, || {
            let dir = self.workspace.load(&loc);
            let id = PkgId {
                path: loc.import_path.clone(),
                location: loc.location.clone(),
            };
            let package = dir.package.as_ref()?;
            Some(Arc::new(PkgInfo::new(
                id,
                Some(package),
                resolver,
                loc.origin,
                false,
            )))
        });
        info.as_ref().clone()
    }

    /// Whether file `file_no` of `pkg` declares an alias that leads (lexically, through
    /// plain `type A = q.B` aliases in this and other packages) to the context type or to a
    /// carrier, as `is_ctx_type(path, name)` decides. Answered without parsing.
    pub fn file_declares_ctx_alias(
        &self,
        pkg: &Arc<PkgInfo>,
        file_no: FileNo,
        is_ctx_type: &dyn Fn(&str, &str) -> bool,
    ) -> bool {
        // The byte search, once per package (`alias_files`), rules most files out.
        if pkg.alias_files().binary_search(&file_no).is_err() {
            return false;
        }
        pkg.files[file_no]
            .decl_names()
            .alias_targets
            .iter()
            .any(|a| self.alias_target_is_ctx(pkg, file_no, a, is_ctx_type, 0))
    }

    /// Whether an imported package exports an alias of the context type or of a carrier
    /// (see [`Self::file_declares_ctx_alias`]). Cached per package.
    pub fn may_export_ctx_alias(
        &self,
        pkg: &Arc<PkgInfo>,
        is_ctx_type: &dyn Fn(&str, &str) -> bool,
    ) -> bool {
        let key = pkg.id.location.clone();
        if let Some(known) = self.lock_alias_exports().get(&key) {
            return *known;
        }
        let answer =
            (pkg.files.indices()).any(|i| self.file_declares_ctx_alias(pkg, i, is_ctx_type));
        self.lock_alias_exports().insert(key, answer);
        answer
    }

    fn alias_target_is_ctx(
        &self,
        pkg: &Arc<PkgInfo>,
        file_no: FileNo,
        alias: &goroutinectx_scanner::decls::AliasTarget,
        is_ctx_type: &dyn Fn(&str, &str) -> bool,
        depth: usize,
    ) -> bool {
        if depth > MAX_ALIAS_CHAIN {
            return false;
        }
        let (home, target) = match &alias.qualifier {
            Some(q) => match self.qualifier(pkg, file_no, q) {
                Some(p) => (p, alias.target.as_str()),
                None => return false,
            },
            None => (pkg.clone(), alias.target.as_str()),
        };
        if is_ctx_type(&home.id.path, target) {
            return true;
        }
        // An alias of another alias: find its declaration in the target's package (only
        // files that may declare an alias are lexed).
        let found = home.alias_files().iter().any(|&i| {
            home.files[i]
                .decl_names()
                .alias_targets
                .iter()
                .filter(|a| a.name == target)
                .any(|a| self.alias_target_is_ctx(&home, i, a, is_ctx_type, depth + 1))
        });
        found
    }

    fn lock_alias_exports(&self) -> std::sync::MutexGuard<'_, HashMap<Location, bool>> {
        self.ctx_alias_exports
            .lock()
            .unwrap_or_else(|p| p.into_inner())
    }

    /// The package a `PkgId` names, if it has been loaded in this run. An analysed unit wins
    /// over the imported form of the same package: its files are a superset (test files
    /// included), and the answer must not depend on whether another unit happened to import
    /// the package first (units are registered before analysis starts).
    pub fn package(&self, id: &PkgId) -> Option<Arc<PkgInfo>> {
        {
            let units = self.units.lock().unwrap_or_else(|p| p.into_inner());
            for xtest in [false, true] {
                if let Some(p) = units.get(&(id.location.clone(), xtest)) {
                    if p.id == *id {
                        return Some(p.clone());
                    }
                }
            }
        }
        match self.imports.get(&id.location).as_deref() {
            Some(Some(p)) if p.id == *id => Some(p.clone()),
            _ => None,
        }
    }

    /// The package a qualifier `q` names in file `file_no` of `pkg` (import alias, or the
    /// imported package's own name).
    pub fn qualifier(&self, pkg: &PkgInfo, file_no: FileNo, q: &str) -> Option<Arc<PkgInfo>> {
        let key = (file_no, q.to_string());
        if let Some(hit) = pkg
            .qualifiers
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .get(&key)
        {
            return hit.clone();
        }
        let found = self.find_qualifier(pkg, file_no, q);
        pkg.qualifiers
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .insert(key, found.clone());
        found
    }

    fn find_qualifier(&self, pkg: &PkgInfo, file_no: FileNo, q: &str) -> Option<Arc<PkgInfo>> {
        let imports = pkg.imports(file_no);
        if let Some(spec) = imports.iter().find(|i| i.name.as_deref() == Some(q)) {
            return self.import(pkg, &spec.path);
        }
        let unnamed: Vec<&str> = imports
            .iter()
            .filter(|i| i.name.is_none())
            .map(|i| i.path.as_str())
            .collect();
        // Try the conventional name first: it is right almost always and loads one package.
        let (likely, others): (Vec<&str>, Vec<&str>) =
            unnamed.iter().partition(|p| conventional_name(p) == q);
        for path in likely.into_iter().chain(others) {
            if let Some(p) = self.import(pkg, path) {
                if p.name == q {
                    return Some(p);
                }
            }
        }
        None
    }

    /// Packages dot-imported by file `file_no` of `pkg`.
    pub fn dot_imports(&self, pkg: &PkgInfo, file_no: FileNo) -> Vec<Arc<PkgInfo>> {
        pkg.imports(file_no)
            .iter()
            .filter(|i| i.name.as_deref() == Some("."))
            .filter_map(|i| self.import(pkg, &i.path))
            .collect()
    }

    /// Converts a type as written in file `file_no` of `pkg`. `type_params` are treated as
    /// unknown types.
    pub fn convert(
        &self,
        pkg: &Arc<PkgInfo>,
        file_no: FileNo,
        t: &TypeExpr,
        type_params: &[String],
    ) -> Type {
        let with_args = |home: Option<PkgId>, name: &str, args: &[TypeExpr]| {
            Type::Named(Arc::new(NamedType {
                pkg: home,
                name: name.to_string(),
                args: args
                    .iter()
                    .map(|a| self.convert(pkg, file_no, a, type_params))
                    .collect(),
                local: None,
            }))
        };
        match t {
            TypeExpr::Named {
                qualifier: None,
                name,
                args,
            } => {
                if type_params.iter().any(|p| p == name) {
                    return Type::Param(name.clone());
                }
                // A package may declare a type named like a predeclared one (`type rune
                // func()`): its own then.
                if PREDECLARED_TYPES.contains(&name.as_str()) && !pkg.has_type(name) {
                    return Type::named(None, name);
                }
                // Without dot imports an unqualified type name can only be this package's;
                // the package index (which parses every file) is consulted only with them.
                let dots = self.dot_imports(pkg, file_no);
                if dots.is_empty() || pkg.has_type(name) {
                    return with_args(Some(pkg.id.clone()), name, args);
                }
                for dot in dots {
                    if dot.has_type(name) {
                        return with_args(Some(dot.id.clone()), name, args);
                    }
                }
                Type::Unknown
            }
            TypeExpr::Named {
                qualifier: Some(q),
                name,
                args,
            } => match self.qualifier(pkg, file_no, q) {
                Some(p) => with_args(Some(p.id.clone()), name, args),
                None => Type::Unknown,
            },
            TypeExpr::Pointer(inner) => {
                Type::Pointer(Box::new(self.convert(pkg, file_no, inner, type_params)))
            }
            TypeExpr::Slice(inner) => {
                Type::Slice(Box::new(self.convert(pkg, file_no, inner, type_params)))
            }
            TypeExpr::Array(inner) => {
                Type::Array(Box::new(self.convert(pkg, file_no, inner, type_params)))
            }
            TypeExpr::Map(k, v) => Type::Map(
                Box::new(self.convert(pkg, file_no, k, type_params)),
                Box::new(self.convert(pkg, file_no, v, type_params)),
            ),
            TypeExpr::Chan(inner) => {
                Type::Chan(Box::new(self.convert(pkg, file_no, inner, type_params)))
            }
            TypeExpr::Func(sig) => {
                Type::Func(Arc::new(self.signature(pkg, file_no, sig, type_params)))
            }
            TypeExpr::Struct(fields) => Type::Struct(Arc::new(
                fields
                    .iter()
                    .map(|f| {
                        (
                            f.name.clone(),
                            self.convert(pkg, file_no, &f.ty, type_params),
                        )
                    })
                    .collect(),
            )),
            TypeExpr::Interface { .. } => Type::Literal(LiteralKind::Interface),
            TypeExpr::Unknown => Type::Unknown,
        }
    }

    pub fn signature(
        &self,
        pkg: &Arc<PkgInfo>,
        file_no: FileNo,
        sig: &goroutinectx_scanner::index::Signature,
        type_params: &[String],
    ) -> FuncType {
        FuncType {
            params: sig
                .params
                .iter()
                .map(|p| self.convert(pkg, file_no, &p.ty, type_params))
                .collect(),
            results: sig
                .results
                .iter()
                .map(|p| self.convert(pkg, file_no, &p.ty, type_params))
                .collect(),
            variadic: sig.variadic,
        }
    }

    /// The declaration of a named type.
    pub fn type_decl(&self, n: &NamedType) -> Option<(Arc<PkgInfo>, TypeDecl)> {
        let pkg = self.package(n.pkg.as_ref()?)?;
        let decl = pkg.type_decl(&n.name)?;
        Some((pkg, decl))
    }

    /// Follows aliases: `type C = context.Context` is `context.Context`.
    pub fn unalias(&self, t: &Type) -> Type {
        let mut t = t.clone();
        for _ in 0..MAX_HOPS {
            let Type::Named(n) = &t else { return t };
            let Some(pkg) = n.pkg.as_ref().and_then(|id| self.package(id)) else {
                return t;
            };
            if !pkg.may_be_alias(&n.name) {
                return t;
            }
            let Some(decl) = pkg.type_decl(&n.name) else {
                return t;
            };
            if !decl.alias {
                return t;
            }
            t = self
                .convert(&pkg, decl.file, &decl.ty, &decl.type_params)
                .subst(&decl.type_params, &n.args);
        }
        Type::Unknown
    }

    /// Aliases resolved at every pointer layer: `*C` with `C = context.Context` is
    /// `*context.Context`.
    pub fn unalias_deep(&self, t: &Type) -> Type {
        match self.unalias(t) {
            Type::Pointer(inner) => Type::Pointer(Box::new(self.unalias_deep(&inner))),
            other => other,
        }
    }

    /// The declaration that finally defines a named type's underlying type (following
    /// `type A B` chains), with the type arguments that its parameters stand for.
    fn underlying_expr(&self, n: &NamedType) -> Option<(Arc<PkgInfo>, TypeDecl, Vec<Type>)> {
        let (pkg, decl) = self.type_decl(n)?;
        let mut cur = (pkg, decl, n.args.clone());
        for _ in 0..MAX_HOPS {
            let (pkg, decl, args) = &cur;
            match &decl.ty {
                TypeExpr::Named { .. } => {
                    let next = self
                        .convert(pkg, decl.file, &decl.ty, &decl.type_params)
                        .subst(&decl.type_params, args);
                    let Type::Named(nn) = next else {
                        return None;
                    };
                    let (npkg, ndecl) = self.type_decl(&nn)?;
                    cur = (npkg, ndecl, nn.args.clone());
                }
                _ => return Some(cur),
            }
        }
        None
    }

    /// The underlying type (named types resolved to what they are defined as, type
    /// arguments substituted).
    pub fn underlying(&self, t: &Type) -> Type {
        match self.unalias(t) {
            Type::Named(n) => {
                if n.pkg.is_none() {
                    return Type::Named(n);
                }
                match self.underlying_expr(&n) {
                    Some((pkg, decl, args)) => self
                        .convert(&pkg, decl.file, &decl.ty, &decl.type_params)
                        .subst(&decl.type_params, &args),
                    None => Type::Unknown,
                }
            }
            other => other,
        }
    }

    /// Whether the underlying type is a function signature. `None` when unknown.
    pub fn is_func(&self, t: &Type) -> Option<bool> {
        match self.underlying(t) {
            Type::Func(_) => Some(true),
            Type::Unknown => None,
            _ => Some(false),
        }
    }

    /// The type of field `name` of `t` (through pointers and embedding), if the selector
    /// `x.name` on a value of type `t` is a field.
    pub fn field(&self, t: &Type, name: &str) -> Option<Type> {
        match self.select(t, name)? {
            Selection::Field(t) => Some(t),
            Selection::Method(_) => None,
        }
    }

    /// The method `name` of `t`, if the selector `x.name` on a value of type `t` is a method:
    /// declared on its base named type, promoted through embedded fields, or declared in its
    /// (named) interface type.
    pub fn method(&self, t: &Type, name: &str) -> Option<MethodRef> {
        match self.select(t, name)? {
            Selection::Method(m) => Some(*m),
            Selection::Field(_) => None,
        }
    }

    /// What the selector `x.name` denotes on a value of type `t`: the shallowest field or
    /// method, as Go's selector rule picks (a breadth-first walk through embedded fields).
    pub fn select(&self, t: &Type, name: &str) -> Option<Selection> {
        let mut queue: std::collections::VecDeque<(Type, usize)> =
            std::collections::VecDeque::from([(self.unalias(t.strip_pointers()), 0)]);
        let mut seen: Vec<Arc<NamedType>> = Vec::new();
        while let Some((cur, depth)) = queue.pop_front() {
            let n = match self.unalias(cur.strip_pointers()) {
                Type::Named(n) => n,
                // A struct written in place: its fields, then what embedded ones promote.
                Type::Struct(fields) if depth <= MAX_HOPS => {
                    for (fname, ft) in fields.iter() {
                        match fname {
                            Some(f) if f == name => return Some(Selection::Field(ft.clone())),
                            Some(_) => {}
                            None => {
                                let own =
                                    matches!(ft.strip_pointers(), Type::Named(e) if e.name == name);
                                if own {
                                    return Some(Selection::Field(ft.clone()));
                                }
                                queue.push_back((ft.clone(), depth + 1));
                            }
                        }
                    }
                    continue;
                }
                _ => continue,
            };
            if depth > MAX_HOPS || seen.contains(&n) {
                continue;
            }
            seen.push(n.clone());
            let Some(pkg) = n.pkg.as_ref().and_then(|id| self.package(id)) else {
                continue;
            };
            if let Some(m) = pkg.method(&n.name, name) {
                // The receiver names the type's parameters (`func (l *List[T]) …`); a Go 1.27
                // method has its own too, which stay unknown here.
                let recv_params = m
                    .receiver
                    .as_ref()
                    .map(|r| r.type_params.clone())
                    .unwrap_or_default();
                let mut params = recv_params.clone();
                params.extend(m.type_params.iter().cloned());
                let sig = self
                    .signature(&pkg, m.file, &m.sig, &params)
                    .subst(&recv_params, &n.args);
                return Some(Selection::Method(Box::new(MethodRef {
                    pkg: pkg.clone(),
                    recv: n.clone(),
                    name: name.to_string(),
                    sig,
                    interface: false,
                    decl: Some(m.clone()),
                })));
            }
            let Some((upkg, decl, args)) = self.underlying_expr(&n) else {
                continue;
            };
            let conv = |te: &TypeExpr| {
                self.convert(&upkg, decl.file, te, &decl.type_params)
                    .subst(&decl.type_params, &args)
            };
            match &decl.ty {
                TypeExpr::Struct(fields) => {
                    for f in fields {
                        match &f.name {
                            Some(fname) if fname == name => {
                                return Some(Selection::Field(conv(&f.ty)))
                            }
                            Some(_) => {}
                            None => {
                                let ft = conv(&f.ty);
                                if embedded_name(&f.ty) == Some(name) {
                                    return Some(Selection::Field(ft));
                                }
                                queue.push_back((ft, depth + 1));
                            }
                        }
                    }
                }
                TypeExpr::Interface { methods, embedded } => {
                    if let Some(m) = methods.iter().find(|m| m.name == name) {
                        let sig = self
                            .signature(&upkg, decl.file, &m.sig, &decl.type_params)
                            .subst(&decl.type_params, &args);
                        return Some(Selection::Method(Box::new(MethodRef {
                            pkg: upkg.clone(),
                            recv: n.clone(),
                            name: name.to_string(),
                            sig,
                            interface: true,
                            decl: None,
                        })));
                    }
                    for e in embedded {
                        queue.push_back((conv(e), depth + 1));
                    }
                }
                _ => {}
            }
        }
        None
    }

    /// A package-level function of `pkg`.
    pub fn func(&self, pkg: &Arc<PkgInfo>, name: &str) -> Option<(FuncDecl, FuncType)> {
        let decl = pkg.func_decl(name)?;
        let sig = self.signature(pkg, decl.file, &decl.sig, &decl.type_params);
        Some((decl, sig))
    }

    /// The type of a package-level variable of `pkg`.
    pub fn var_type(&self, pkg: &Arc<PkgInfo>, name: &str) -> Type {
        self.var_type_at(pkg, name, 0)
    }

    fn var_type_at(&self, pkg: &Arc<PkgInfo>, name: &str, depth: usize) -> Type {
        if depth > MAX_HOPS {
            return Type::Unknown;
        }
        let Some(v) = pkg.var_decl(name) else {
            return Type::Unknown;
        };
        if let Some(t) = &v.ty {
            return self.convert(pkg, v.file, t, &[]);
        }
        // The package a name in the initializer belongs to: this one, or an import.
        let home = |qualifier: &Option<String>| match qualifier {
            None => Some(pkg.clone()),
            Some(q) => self.qualifier(pkg, v.file, q),
        };
        match &v.hint {
            Some(ValueHint::Composite(t)) => self.convert(pkg, v.file, t, &[]),
            Some(ValueHint::AddrComposite(t)) | Some(ValueHint::New(t)) => {
                Type::Pointer(Box::new(self.convert(pkg, v.file, t, &[])))
            }
            Some(ValueHint::FuncLit(sig)) => {
                Type::Func(Arc::new(self.signature(pkg, v.file, sig, &[])))
            }
            Some(ValueHint::Name { qualifier, name }) => {
                // `var G = GetLogger` or `var G = log.GetLogger`: another variable's type, or
                // a function's signature (a generic function needs instantiation: unknown).
                let Some(target) = home(qualifier) else {
                    return Type::Unknown;
                };
                if target.has_var(name) {
                    return self.var_type_at(&target, name, depth + 1);
                }
                if target.has_const(name) {
                    return Type::Untyped;
                }
                match self.func(&target, name) {
                    Some((decl, sig)) if decl.type_params.is_empty() => Type::Func(Arc::new(sig)),
                    _ => Type::Unknown,
                }
            }
            Some(ValueHint::Call { qualifier, name }) => {
                let Some(target) = home(qualifier) else {
                    return Type::Unknown;
                };
                if target.has_type(name) {
                    // A conversion T(x).
                    return Type::named(Some(target.id.clone()), name);
                }
                match self.func(&target, name) {
                    // A generic function's type arguments are inferred from the call's
                    // arguments, which the lexical hint does not keep: its type parameters
                    // become unknown (`var g = identity(ctx)` may be a context).
                    Some((decl, sig)) => tuple_of(&sig.subst(&decl.type_params, &[]).results)
                        .tuple_element(v.tuple_index),
                    None => Type::Unknown,
                }
            }
            None => Type::Unknown,
        }
    }
}

/// The type of a call's results: one type, or a tuple.
pub fn tuple_of(results: &[Type]) -> Type {
    match results {
        [one] => one.clone(),
        many => Type::Tuple(many.to_vec()),
    }
}

/// The field name an embedded type declares (`T`, `*T`, `pkg.T`, `T[K]` all declare `T`).
fn embedded_name(t: &TypeExpr) -> Option<&str> {
    match t.strip_pointers() {
        TypeExpr::Named { name, .. } => Some(name),
        _ => None,
    }
}

/// The name a package at `path` conventionally has: the last element, without a `/vN`
/// major-version suffix, a `.vN` gopkg.in suffix or a `go-` prefix.
pub fn conventional_name(path: &str) -> &str {
    let mut elems = path.rsplit('/');
    let mut last = elems.next().unwrap_or(path);
    if last.len() > 1 && last.starts_with('v') && last[1..].bytes().all(|b| b.is_ascii_digit()) {
        last = elems.next().unwrap_or(last);
    }
    if let Some(i) = last.find(".v") {
        last = &last[..i];
    }
    last.strip_prefix("go-").unwrap_or(last)
}

#[cfg(test)]
mod tests {
    use super::conventional_name;

    #[test]
    fn conventional_names() {
        assert_eq!(conventional_name("context"), "context");
        assert_eq!(conventional_name("github.com/siketyan/gotask/v2"), "gotask");
        assert_eq!(conventional_name("gopkg.in/yaml.v3"), "yaml");
        assert_eq!(conventional_name("github.com/mattn/go-sqlite3"), "sqlite3");
    }
}
