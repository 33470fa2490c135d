//! The per-function semantic model: lexical scopes, identifier resolution, context detection,
//! partial types and function-value facts (SPEC §0, §2, §3.0.4, §10). Checkers only query it.
//!
//! The model itself arrives with the go-statement checkers; this crate currently re-exports the
//! scanner types checkers see.

pub use goroutinectx_scanner::{Package, SourceFile};
