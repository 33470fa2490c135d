//! A directory's Go files, selected for the build and grouped into packages.
//!
//! One directory yields at most two analysis units: the package with its in-package
//! `_test.go` files, and the external test package (`package foo_test`). Files are read and
//! their headers scanned here; parsing is left to [`SourceFile::tree`], so a package that is
//! only asked for its name costs no parse.

use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use crate::buildctx::BuildContext;
use crate::constraint;
use crate::index::PackageIndex;
use crate::listing::Listing;
use crate::read::read_source;
use crate::resolve::{Location, Origin};
use crate::source::SourceFile;

/// A load problem tied to a file or directory. `offset` is a byte offset in `path` when the
/// problem has a position.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct LoadError {
    pub path: PathBuf,
    pub offset: Option<usize>,
    pub message: String,
}

/// One analysis unit: a package name and its files, sorted by file name.
#[derive(Debug)]
pub struct Package {
    pub import_path: String,
    pub name: String,
    pub location: Location,
    pub origin: Origin,
    pub files: Vec<Arc<SourceFile>>,
    /// An external test package (`package foo_test`).
    pub is_xtest: bool,
    /// Declarations visible to importers, built on first request.
    exported_index: OnceLock<PackageIndex>,
}

impl Package {
    /// The files that make up the package for importers (no `_test.go` files).
    pub fn non_test_files(&self) -> impl Iterator<Item = &Arc<SourceFile>> {
        self.files.iter().filter(|f| !f.is_test)
    }

    /// The top-level declarations importers see (non-test files), parsed and indexed on the
    /// first request: a package that is only imported costs nothing until asked.
    pub fn exported_index(&self) -> &PackageIndex {
        self.exported_index
            .get_or_init(|| PackageIndex::build(&self.name, self.non_test_files()))
    }

    fn new(
        import_path: String,
        name: String,
        location: Location,
        origin: Origin,
        files: Vec<Arc<SourceFile>>,
        is_xtest: bool,
    ) -> Self {
        Package {
            import_path,
            name,
            location,
            origin,
            files,
            is_xtest,
            exported_index: OnceLock::new(),
        }
    }
}

/// Everything found in one package directory.
#[derive(Debug, Default)]
pub struct DirPackages {
    pub package: Option<Package>,
    pub xtest: Option<Package>,
    pub errors: Vec<LoadError>,
}

/// Reads, selects and groups the Go files of `dir`, whose entries are `listing`.
pub fn load_dir(
    dir: &Path,
    listing: &Listing,
    import_path: &str,
    origin: Origin,
    build: &BuildContext,
) -> DirPackages {
    let mut out = DirPackages::default();
    let entries = match listing {
        Ok(entries) => entries,
        Err(message) => {
            out.errors.push(LoadError {
                path: dir.to_path_buf(),
                offset: None,
                message: format!("cannot read directory: {message}"),
            });
            return out;
        }
    };
    let names: Vec<PathBuf> = entries
        .iter()
        // Directories, and symlinks to directories, are not source files (go/build skips
        // both); anything else that is not a regular file is reported when read.
        .filter(|e| !e.is_dir_followed(dir))
        .filter(|e| constraint::file_name_matches(&e.name, build))
        .map(|e| dir.join(&e.name))
        .collect();
    let mut files = Vec::with_capacity(names.len());
    for path in names {
        let Some(src) = read_or_record(&path, build.max_file_size, &mut out) else {
            continue;
        };
        if !constraint::header_matches(&src, build) {
            // go/build fails on a `//go:build` line it cannot parse; the file is left out,
            // and the error reported.
            if let Some(message) = constraint::header_error(&src) {
                out.errors.push(LoadError {
                    path,
                    offset: None,
                    message,
                });
            }
            continue;
        }
        let file = SourceFile::new(path, src);
        if !build.cgo_enabled && file.header.imports.iter().any(|i| i.path == "C") {
            continue;
        }
        files.push(file);
    }
    group(
        files,
        dir,
        import_path,
        Location::Dir(dir.to_path_buf()),
        origin,
        &mut out,
    );
    out
}

/// Reads exactly `paths` (a build system's choice of files, as `go vet` passes them: no
/// build constraints are applied) and groups them into the package and its external test
/// package.
pub fn load_files(
    paths: &[PathBuf],
    dir: &Path,
    import_path: &str,
    origin: Origin,
    max_file_size: u64,
) -> DirPackages {
    let mut out = DirPackages::default();
    let mut files = Vec::with_capacity(paths.len());
    for path in paths {
        if let Some(src) = read_or_record(path, max_file_size, &mut out) {
            files.push(SourceFile::new(path.clone(), src));
        }
    }
    group(
        files,
        dir,
        import_path,
        Location::Dir(dir.to_path_buf()),
        origin,
        &mut out,
    );
    out
}

/// Reads a source file ([`read_source`]); when it cannot be read, records why in `out`.
fn read_or_record(path: &Path, max_file_size: u64, out: &mut DirPackages) -> Option<Vec<u8>> {
    read_source(path, max_file_size)
        .map_err(|message| {
            out.errors.push(LoadError {
                path: path.to_path_buf(),
                offset: None,
                message,
            })
        })
        .ok()
}

/// Builds the package of an embedded stub.
pub fn load_stub(import_path: &'static str) -> DirPackages {
    let mut out = DirPackages::default();
    let files = crate::stubs::files(import_path)
        .unwrap_or(&[])
        .iter()
        .map(|f| {
            SourceFile::new(
                PathBuf::from(format!("<embedded>/{import_path}/{}", f.name)),
                f.source.as_bytes().to_vec(),
            )
        })
        .collect();
    let dir = PathBuf::from(format!("<embedded>/{import_path}"));
    group(
        files,
        &dir,
        import_path,
        Location::Stub(import_path),
        Origin::Stub,
        &mut out,
    );
    out
}

fn group(
    files: Vec<SourceFile>,
    dir: &Path,
    import_path: &str,
    location: Location,
    origin: Origin,
    out: &mut DirPackages,
) {
    // The package name is the first non-xtest name in file order (go/build's rule).
    let name_of = |f: &SourceFile| f.package_name().map(str::to_string);
    let main_name = files
        .iter()
        .filter_map(|f| {
            let n = name_of(f)?;
            (n != "documentation" && !(f.is_test && n.ends_with("_test"))).then_some(n)
        })
        .next()
        .or_else(|| {
            files
                .iter()
                .filter_map(name_of)
                .find(|n| n != "documentation")
                .map(|n| n.strip_suffix("_test").unwrap_or(&n).to_string())
        });
    let Some(main_name) = main_name else {
        // Files whose package clause cannot be read still belong somewhere: their syntax
        // errors must be reported.
        if !files.is_empty() {
            out.package = Some(Package::new(
                import_path.to_string(),
                String::new(),
                location,
                origin,
                files.into_iter().map(Arc::new).collect(),
                false,
            ));
        }
        return;
    };
    let xtest_name = format!("{main_name}_test");
    let mut main_files = Vec::new();
    let mut xtest_files = Vec::new();
    let mut first_of_main: Option<String> = None;
    let mut conflict_reported = false;
    for f in files {
        match f.package_name() {
            Some("documentation") => continue,
            Some(n) if f.is_test && n == xtest_name => xtest_files.push(Arc::new(f)),
            Some(n) if n == main_name => {
                first_of_main.get_or_insert_with(|| f.name.clone());
                main_files.push(Arc::new(f));
            }
            None => main_files.push(Arc::new(f)),
            Some(other) => {
                if !conflict_reported {
                    conflict_reported = true;
                    out.errors.push(LoadError {
                        path: dir.to_path_buf(),
                        offset: None,
                        message: format!(
                            "found packages {main_name} ({}) and {other} ({}) in {}",
                            first_of_main.as_deref().unwrap_or("?"),
                            f.name,
                            dir.display()
                        ),
                    });
                }
            }
        }
    }
    if !main_files.is_empty() {
        out.package = Some(Package::new(
            import_path.to_string(),
            main_name,
            location.clone(),
            origin,
            main_files,
            false,
        ));
    }
    if !xtest_files.is_empty() {
        out.xtest = Some(Package::new(
            format!("{import_path}_test"),
            xtest_name,
            location,
            origin,
            xtest_files,
            true,
        ));
    }
}
