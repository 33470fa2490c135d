//! Diagnostics, problems and the report of a run.

use std::path::PathBuf;

use goroutinectx_scanner::Position;

/// A finding of a checker.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Diagnostic {
    pub path: PathBuf,
    pub pos: Position,
    pub message: String,
    /// The checker's ignore name (`goroutine`, `errgroup`, ...), or "" for directive reports.
    pub checker: &'static str,
    /// Import path of the package (analysis unit) the file belongs to.
    pub package: String,
    /// Whether the file is a `_test.go` file.
    pub in_test_file: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// Makes the run fail (exit 1): unreadable files, syntax errors, patterns matching nothing.
    Error,
    /// Reported, not fatal: unresolvable imports, odd go.mod lines.
    Warning,
}

/// A problem loading or reading the code, not a finding about it.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Problem {
    pub path: Option<PathBuf>,
    pub pos: Option<Position>,
    pub severity: Severity,
    pub message: String,
}

/// Sizes of a run, for `-load-only` and benchmarks.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Stats {
    pub packages: usize,
    pub files: usize,
    pub bytes: usize,
    pub parsed_files: usize,
    /// Package directories read (targets and dependencies).
    pub loaded_dirs: usize,
    /// Parses run (target files and dependency files; one file may be parsed more than once).
    pub parses: usize,
    /// Bytes those parses read.
    pub parsed_bytes: usize,
    /// Bytes of files lexed whole for their top-level declarations (no parse).
    pub decl_lexed_bytes: usize,
    /// Parses of target files that left out the function bodies that cannot report.
    pub partial_parses: usize,
    /// Target files parsed again whole because a question needed a left-out body.
    pub reparsed_whole: usize,
    /// Large files analysed in chunks (the driver's `chunks` module), and their passes.
    pub chunked_files: usize,
    pub chunk_passes: usize,
    /// The most bytes one parse read as code (emptied bodies not counted).
    pub max_parse_bytes: usize,
    /// Wall time spent finding and reading the target packages (before any parse).
    pub load_seconds: f64,
}

/// Everything a run found, sorted and de-duplicated.
#[derive(Clone, Debug, Default)]
pub struct Report {
    pub diagnostics: Vec<Diagnostic>,
    pub problems: Vec<Problem>,
    pub stats: Stats,
    /// Import paths of the analysed units, sorted (for `-json` ids).
    pub packages: Vec<UnitInfo>,
    /// With `-debug=u`: checks that passed only because a type was unknown, and calls named
    /// like a spawning API whose receiver type is unknown. Not diagnostics.
    pub held_back: Vec<Diagnostic>,
}

/// An analysed unit: its id and whether it is test-augmented.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct UnitInfo {
    pub import_path: String,
    pub has_test_files: bool,
    pub is_xtest: bool,
}

impl Report {
    pub fn has_errors(&self) -> bool {
        self.problems.iter().any(|p| p.severity == Severity::Error)
    }

    pub(crate) fn finish(&mut self) {
        self.diagnostics.sort_by(|a, b| {
            (&a.path, a.pos, &a.message, &a.package).cmp(&(&b.path, b.pos, &b.message, &b.package))
        });
        self.diagnostics
            .dedup_by(|a, b| a.path == b.path && a.pos == b.pos && a.message == b.message);
        self.problems.sort();
        self.problems.dedup();
        self.held_back.sort();
        self.held_back.dedup();
        self.packages.sort();
        self.packages.dedup();
    }
}
