//! The analyzer: runs the checkers over the target packages of a run and collects diagnostics.
//!
//! [`analyze`] is the library API the CLI, the fixture runner and the benchmarks share: it
//! expands patterns, loads packages (in parallel, each once), parses their files (in parallel),
//! reports each file's first syntax error, walks each file once dispatching `go` statements and
//! calls to the enabled checkers, and returns everything sorted.

mod chunks;
mod config;
mod diagnostic;
pub mod directives;
mod driver;

pub use config::{Config, RunOptions};
pub use diagnostic::{Diagnostic, Problem, Report, Severity, Stats, UnitInfo};
pub use driver::{analyze, analyze_files, list_files, load_only, FileUnit};
pub use goroutinectx_checkers::registry;
