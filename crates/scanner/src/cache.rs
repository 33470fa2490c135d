//! A concurrency-safe cache in which each package is loaded at most once per run.
//!
//! Each key owns a once-cell. The map lock is held only to find or create the cell; the load
//! itself runs outside it, so loads of different packages proceed in parallel, and a second
//! thread asking for a package that is being loaded blocks on that package's cell until the
//! one load finishes (as Go's own loader does).
//!
//! Invariant: a load never asks the cache for another package (dependencies are loaded lazily,
//! later, by whoever needs them), so a cycle `a -> b -> a` can neither deadlock on a cell nor
//! recurse.

use std::collections::HashMap;
use std::hash::Hash;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, OnceLock};

pub struct OnceMap<K, V> {
    cells: Mutex<HashMap<K, Arc<OnceLock<Arc<V>>>>>,
    loads: AtomicUsize,
}

impl<K: Eq + Hash + Clone, V> Default for OnceMap<K, V> {
    fn default() -> Self {
        OnceMap {
            cells: Mutex::new(HashMap::new()),
            loads: AtomicUsize::new(0),
        }
    }
}

impl<K: Eq + Hash + Clone, V> OnceMap<K, V> {
    /// The value for `key`, computing it with `load` if no thread has yet.
    pub fn get_or_load(&self, key: &K, load: impl FnOnce() -> V) -> Arc<V> {
        let cell = {
            let mut cells = self.cells.lock().unwrap_or_else(|p| p.into_inner());
            cells.entry(key.clone()).or_default().clone()
        };
        cell.get_or_init(|| {
            self.loads.fetch_add(1, Ordering::Relaxed);
            Arc::new(load())
        })
        .clone()
    }

    /// The value for `key` if it has been loaded.
    pub fn get(&self, key: &K) -> Option<Arc<V>> {
        let cells = self.cells.lock().unwrap_or_else(|p| p.into_inner());
        cells.get(key).and_then(|c| c.get().cloned())
    }

    /// How many loads ran (for tests and statistics).
    pub fn load_count(&self) -> usize {
        self.loads.load(Ordering::Relaxed)
    }

    /// Keys whose value has been loaded.
    pub fn loaded_keys(&self) -> Vec<K> {
        let cells = self.cells.lock().unwrap_or_else(|p| p.into_inner());
        cells
            .iter()
            .filter(|(_, c)| c.get().is_some())
            .map(|(k, _)| k.clone())
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Barrier;
    use std::time::Duration;

    #[test]
    fn one_load_under_contention() {
        let map: OnceMap<String, usize> = OnceMap::default();
        let barrier = Barrier::new(16);
        let calls = AtomicUsize::new(0);
        std::thread::scope(|s| {
            for _ in 0..16 {
                s.spawn(|| {
                    barrier.wait();
                    for k in ["a", "b", "c"] {
                        let v = map.get_or_load(&k.to_string(), || {
                            calls.fetch_add(1, Ordering::SeqCst);
                            std::thread::sleep(Duration::from_millis(20));
                            k.len()
                        });
                        assert_eq!(*v, 1);
                    }
                });
            }
        });
        assert_eq!(calls.load(Ordering::SeqCst), 3);
        assert_eq!(map.load_count(), 3);
    }
}
