//! Directory listings, each directory read at most once per run.
//!
//! Three questions read the same directories: the pattern walk (`./...`: which directories
//! hold `.go` files, which are nested modules), import resolution (whether a directory holds
//! a package) and package loading (which files to read). Each used to list the directory
//! itself; on a vendored module that was about 470 listings of 250 directories, five system
//! calls each. [`Listings`] keeps one listing per directory for the run, shared by the
//! workspace and every resolver it makes.
//!
//! An entry's kind comes from the directory itself (`d_type`; no `stat` per entry except on
//! file systems that do not report it). A symbolic link stays a link: whoever needs its
//! target asks ([`Entry::is_dir_followed`]).

use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::cache::OnceMap;
use crate::resolve::io_message;

/// What a directory entry is, as the directory reports it (links not followed).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EntryKind {
    File,
    Dir,
    Symlink,
    /// A FIFO, socket, device, or an entry whose type could not be read.
    Other,
}

/// One entry of a directory.
#[derive(Clone, Debug)]
pub struct Entry {
    /// The entry's name; names that are not valid UTF-8 are left out (no Go file or
    /// package directory can have one).
    pub name: String,
    pub kind: EntryKind,
}

impl Entry {
    /// Whether the entry is a directory, a symbolic link followed (`dir` is the directory
    /// holding the entry).
    pub fn is_dir_followed(&self, dir: &Path) -> bool {
        match self.kind {
            EntryKind::Dir => true,
            EntryKind::Symlink => dir.join(&self.name).is_dir(),
            EntryKind::File | EntryKind::Other => false,
        }
    }

    /// Whether the entry is a regular file, a symbolic link followed.
    pub fn is_file_followed(&self, dir: &Path) -> bool {
        match self.kind {
            EntryKind::File => true,
            EntryKind::Symlink => dir.join(&self.name).is_file(),
            EntryKind::Dir | EntryKind::Other => false,
        }
    }
}

/// A directory's entries sorted by name, or why it could not be read (the I/O error's
/// message, as reported for the directory).
pub type Listing = Result<Vec<Entry>, String>;

/// The run's directory listings.
#[derive(Default)]
pub struct Listings {
    dirs: OnceMap<PathBuf, Listing>,
}

impl std::fmt::Debug for Listings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Listings({} read)", self.read_count())
    }
}

impl Listings {
    pub fn new() -> Arc<Self> {
        Arc::new(Listings::default())
    }

    /// The listing of `dir`, read on the first request.
    pub fn get(&self, dir: &Path) -> Arc<Listing> {
        self.dirs.get_or_load(&dir.to_path_buf(), || read(dir))
    }

    /// How many directories were read (for tests).
    pub fn read_count(&self) -> usize {
        self.dirs.load_count()
    }
}

fn read(dir: &Path) -> Listing {
    let entries = std::fs::read_dir(dir).map_err(|e| io_message(&e))?;
    let mut out: Vec<Entry> = entries
        .flatten()
        .filter_map(|e| {
            let name = e.file_name().into_string().ok()?;
            let kind = match e.file_type() {
                Ok(t) if t.is_symlink() => EntryKind::Symlink,
                Ok(t) if t.is_dir() => EntryKind::Dir,
                Ok(t) if t.is_file() => EntryKind::File,
                _ => EntryKind::Other,
            };
            Some(Entry { name, kind })
        })
        .collect();
    out.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_directory_is_read_once_and_sorted() {
        let dir = std::env::temp_dir().join(format!("gctx-listing-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("sub")).unwrap();
        std::fs::write(dir.join("b.go"), "package b\n").unwrap();
        std::fs::write(dir.join("a.go"), "package b\n").unwrap();
        let listings = Listings::default();
        let first = listings.get(&dir);
        let second = listings.get(&dir);
        assert_eq!(listings.read_count(), 1);
        assert!(Arc::ptr_eq(&first, &second));
        let entries = first.as_ref().as_ref().unwrap();
        let names: Vec<(&str, EntryKind)> =
            entries.iter().map(|e| (e.name.as_str(), e.kind)).collect();
        assert_eq!(
            names,
            [
                ("a.go", EntryKind::File),
                ("b.go", EntryKind::File),
                ("sub", EntryKind::Dir)
            ]
        );
        let missing = listings.get(&dir.join("missing"));
        assert!(missing.as_ref().as_ref().is_err());
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
