//! What a run is asked to do: the analyzer flags (SPEC §7.1) and the driver's options.

use std::path::PathBuf;

use goroutinectx_checkers::registry::CheckerFlags;
use goroutinectx_scanner::GoEnv;

/// The analyzer flags, with upstream's defaults.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Config {
    /// The checkers' boolean flags (`-goroutine`, `-errgroup`, …), by registry row.
    pub checks: CheckerFlags,
    /// Raw `-goroutine-deriver` value (printed verbatim in messages).
    pub goroutine_deriver: String,
    pub context_carriers: String,
    pub external_spawner: String,
    /// Honour `//goroutinectx:spawner` directives of other packages (SPEC §12.2).
    pub cross_package_spawners: bool,
    /// `-debug=u`: list the places where a report was held back only because a type was
    /// unknown ([`crate::Report::held_back`]).
    pub debug_unknown: bool,
    /// `-debug=n`: analyse every file that could declare a context scope, without the
    /// lexical "can this file report?" test; for checking that the test is exact.
    pub no_prefilter: bool,
    /// Test-only fault injection: analysing the package with this import path panics, so
    /// that tests can check a bug in one package is reported for it and the run goes on.
    #[doc(hidden)]
    pub panic_in_package: Option<String>,
    /// Test-only: files of at least this many bytes are analysed in chunks of this many
    /// bytes of bodies (default: 8 MiB files, 4 MiB chunks), so that tests can use tiny ones.
    #[doc(hidden)]
    pub chunk_bytes: Option<usize>,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            checks: CheckerFlags::default(),
            goroutine_deriver: String::new(),
            context_carriers: String::new(),
            external_spawner: String::new(),
            cross_package_spawners: true,
            debug_unknown: false,
            no_prefilter: false,
            panic_in_package: None,
            chunk_bytes: None,
        }
    }
}

/// Where and on what a run works.
#[derive(Clone, Debug)]
pub struct RunOptions {
    pub patterns: Vec<String>,
    /// The directory patterns are relative to; displayed paths are made relative to it.
    pub cwd: PathBuf,
    /// The Go environment, including the build configuration (tests, tags, release).
    pub env: GoEnv,
}

impl RunOptions {
    /// Every package under `cwd` (`./...`).
    pub fn all_in(cwd: &std::path::Path, env: GoEnv) -> Self {
        RunOptions {
            patterns: vec!["./...".to_string()],
            cwd: cwd.to_path_buf(),
            env,
        }
    }
}
