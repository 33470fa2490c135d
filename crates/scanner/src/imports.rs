//! The import map: import path -> the files that import it, read from each file's import block
//! (already scanned lexically when the file was read, so no parse is needed). It lets the
//! analyzer skip files that cannot matter, e.g. a file that imports none of the packages a
//! checker is about.

use std::collections::BTreeMap;
use std::path::PathBuf;

use rayon::prelude::*;

use crate::package::Package;

#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct ImportMap {
    by_path: BTreeMap<String, Vec<PathBuf>>,
}

impl ImportMap {
    /// Builds the map over every file of `packages`, in parallel.
    pub fn build(packages: &[&Package]) -> Self {
        let by_path = packages
            .par_iter()
            .flat_map_iter(|p| p.files.iter())
            .fold(BTreeMap::<String, Vec<PathBuf>>::new, |mut acc, f| {
                for i in &f.header.imports {
                    acc.entry(i.path.clone()).or_default().push(f.path.clone());
                }
                acc
            })
            .reduce(BTreeMap::new, |mut a, b| {
                for (k, mut v) in b {
                    a.entry(k).or_default().append(&mut v);
                }
                a
            });
        let mut map = ImportMap { by_path };
        for files in map.by_path.values_mut() {
            files.sort();
            files.dedup();
        }
        map
    }

    /// Files importing `path`, sorted.
    pub fn importers(&self, path: &str) -> &[PathBuf] {
        self.by_path.get(path).map_or(&[], Vec::as_slice)
    }

    /// Every imported path, sorted.
    pub fn paths(&self) -> impl Iterator<Item = &str> {
        self.by_path.keys().map(String::as_str)
    }
}
