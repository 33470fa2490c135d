//! Typed arena indices: the scanner's [`newtype_index!`], [`Idx`] and [`IndexVec`], re-exported
//! (the scanner's file numbers, [`FileNo`](goroutinectx_scanner::index::FileNo), use them
//! too).

pub use goroutinectx_scanner::idx::{Idx, IndexVec};
pub use goroutinectx_scanner::newtype_index;
