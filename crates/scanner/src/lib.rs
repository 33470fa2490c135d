//! The scanner: turns package patterns into parsed Go packages.
//!
//! It knows where packages live (module, workspace, vendor, GOROOT, module cache, GOPATH and
//! embedded stubs), which files of a directory belong to the build, how to parse them with
//! tree-sitter, and how to cache each package so it is loaded at most once per run. It knows
//! nothing about checkers.

pub mod buildctx;
pub mod cache;
pub mod calls;
pub mod constraint;
pub mod decls;
pub mod fields;
pub mod generated;
pub mod goenv;
pub mod header;
pub mod idx;
pub mod imports;
pub mod index;
pub mod kind;
pub mod lexical;
pub mod listing;
pub mod modfile;
pub mod package;
pub mod quote;
pub mod read;
pub mod resolve;
pub mod source;
pub mod stubs;
pub mod syntax;
pub mod workspace;

pub use buildctx::BuildContext;
pub use goenv::GoEnv;
pub use package::{DirPackages, LoadError, Package};
pub use resolve::{Location, Origin, PackageLocation, Resolver};
pub use source::{Position, SourceFile, SyntaxError};
pub use workspace::{Expansion, Target, Workspace};
