//! The semantic model: lexical scopes, identifier resolution, context detection, partial types
//! and the function-value facts of SPEC §3.0.4. Checkers only query it; it never knows which
//! checkers exist.
//!
//! - [`universe`]: package-level declarations of analysed and imported packages, read lazily.
//! - [`model`]: one file's scopes, bindings and uses.
//! - [`semantics`]: type inference, context detection and call targets over a file model.
//! - [`search`]: the spawn-call search order of spawnerlabel; [`capable`]: which functions
//!   of a package it may follow, lexically; [`spawn_sites`]: which call sites may be spawn
//!   calls, lexically.
//! - [`config`]: carriers and function specs.
//! - [`types`]: the partial [`Type`] model.
//! - [`work`]: a step count, for tests that work is linear in the input.

pub mod capable;
pub mod config;
pub mod facts;
pub mod index;
pub mod model;
pub mod search;
pub mod semantics;
pub mod spawn_sites;
pub mod types;
pub mod universe;
pub mod work;

pub use config::{CtxConfig, FuncSpec};
pub use goroutinectx_scanner::{fields, kind};
pub use model::FileModel;
pub use semantics::{CallTarget, Semantics};
pub use types::{FuncType, NamedType, PkgId, Type};
pub use universe::{PkgInfo, Universe};
