//! A count of the model's elementary steps (nodes visited by walks, scopes and functions
//! climbed), so that tests can check that work grows linearly with the input without timing
//! anything. Steps are added in batches (one atomic add per walk or climb), so counting costs
//! nothing measurable.

use std::sync::atomic::{AtomicU64, Ordering};

static STEPS: AtomicU64 = AtomicU64::new(0);

/// Records `n` steps.
pub fn add(n: u64) {
    STEPS.fetch_add(n, Ordering::Relaxed);
}

/// The steps recorded so far in this process.
pub fn steps() -> u64 {
    STEPS.load(Ordering::Relaxed)
}
