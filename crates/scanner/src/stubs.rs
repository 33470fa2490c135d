//! Go stub packages embedded in the binary.
//!
//! goroutinectx never runs a Go toolchain: it reads declarations straight from Go source. The
//! checkers need a handful of declarations from the packages whose APIs they know about — the
//! `Context` type, `sync.WaitGroup.Go`, `errgroup.WithContext` returning `(*Group,
//! context.Context)`, the conc pool constructors and their chaining methods, the gotask task
//! types — to infer receiver and result types. When the real source of such a package is not on
//! disk (no GOROOT, no module cache, no vendor directory, no GOPATH copy), the scanner falls back
//! to the small stub files below, so those APIs are still recognised by import path.
//!
//! The stubs are declarations only: exported types, functions and methods with their real
//! signatures and trivial bodies. They are syntactically valid Go and compile on their own.
//!
//! Real sources found on disk always win: a stub is consulted only when resolution through the
//! module, workspace, vendor, GOROOT, module cache and GOPATH has found nothing for the import
//! path.

/// One embedded Go source file of a stub package.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StubFile {
    /// File name, e.g. `errgroup.go` (no directory).
    pub name: &'static str,
    /// The file's Go source text.
    pub source: &'static str,
}

macro_rules! stub {
    ($path:literal, $file:literal) => {
        StubFile {
            name: $file,
            source: include_str!(concat!("../stubs/", $path, "/", $file)),
        }
    };
}

const CONTEXT: &[StubFile] = &[stub!("context", "context.go")];

const SYNC: &[StubFile] = &[stub!("sync", "sync.go")];

const ERRGROUP: &[StubFile] = &[stub!("golang.org/x/sync/errgroup", "errgroup.go")];

const CONC: &[StubFile] = &[stub!("github.com/sourcegraph/conc", "waitgroup.go")];

const CONC_ITER: &[StubFile] = &[
    stub!("github.com/sourcegraph/conc/iter", "iter.go"),
    stub!("github.com/sourcegraph/conc/iter", "mapper.go"),
];

const CONC_POOL: &[StubFile] = &[
    stub!("github.com/sourcegraph/conc/pool", "context_pool.go"),
    stub!("github.com/sourcegraph/conc/pool", "error_pool.go"),
    stub!("github.com/sourcegraph/conc/pool", "pool.go"),
    stub!("github.com/sourcegraph/conc/pool", "result_context_pool.go"),
    stub!("github.com/sourcegraph/conc/pool", "result_error_pool.go"),
    stub!("github.com/sourcegraph/conc/pool", "result_pool.go"),
];

const CONC_STREAM: &[StubFile] = &[stub!("github.com/sourcegraph/conc/stream", "stream.go")];

const GOTASK: &[StubFile] = &[stub!("github.com/siketyan/gotask", "gotask.go")];

/// Every embedded package, sorted by import path (byte order).
const PACKAGES: &[(&str, &[StubFile])] = &[
    ("context", CONTEXT),
    ("github.com/siketyan/gotask", GOTASK),
    ("github.com/sourcegraph/conc", CONC),
    ("github.com/sourcegraph/conc/iter", CONC_ITER),
    ("github.com/sourcegraph/conc/pool", CONC_POOL),
    ("github.com/sourcegraph/conc/stream", CONC_STREAM),
    ("golang.org/x/sync/errgroup", ERRGROUP),
    ("sync", SYNC),
];

const IMPORT_PATHS: &[&str] = &[
    "context",
    "github.com/siketyan/gotask",
    "github.com/sourcegraph/conc",
    "github.com/sourcegraph/conc/iter",
    "github.com/sourcegraph/conc/pool",
    "github.com/sourcegraph/conc/stream",
    "golang.org/x/sync/errgroup",
    "sync",
];

/// The stub files of `import_path`, if one is embedded.
///
/// The path must match exactly: `github.com/sourcegraph/conc/pool` has a stub,
/// `github.com/sourcegraph/conc/v2/pool` does not.
pub fn files(import_path: &str) -> Option<&'static [StubFile]> {
    PACKAGES
        .binary_search_by(|(path, _)| (*path).cmp(import_path))
        .ok()
        .map(|i| PACKAGES[i].1)
}

/// Every embedded import path, sorted.
pub fn import_paths() -> &'static [&'static str] {
    IMPORT_PATHS
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(source: &str) -> tree_sitter::Tree {
        let mut parser = tree_sitter::Parser::new();
        parser
            .set_language(&crate::source::language())
            .expect("load Go grammar");
        parser.parse(source, None).expect("parse")
    }

    /// The name in the `package` clause, read from the syntax tree.
    fn package_name(source: &str) -> Option<String> {
        let tree = parse(source);
        let root = tree.root_node();
        let mut cursor = root.walk();
        let clause = root
            .children(&mut cursor)
            .find(|n| n.kind() == crate::kind::PACKAGE_CLAUSE)?;
        let mut cursor = clause.walk();
        let ident = clause
            .named_children(&mut cursor)
            .find(|n| n.kind() == crate::kind::PACKAGE_IDENTIFIER)?;
        Some(source[ident.byte_range()].to_string())
    }

    #[test]
    fn import_paths_are_sorted_unique_and_match_table() {
        let paths = import_paths();
        assert!(paths.windows(2).all(|w| w[0] < w[1]), "{paths:?}");
        let table: Vec<&str> = PACKAGES.iter().map(|(p, _)| *p).collect();
        assert_eq!(table, paths);
    }

    #[test]
    fn expected_packages_are_embedded() {
        for path in [
            "context",
            "sync",
            "golang.org/x/sync/errgroup",
            "github.com/sourcegraph/conc",
            "github.com/sourcegraph/conc/pool",
            "github.com/sourcegraph/conc/stream",
            "github.com/sourcegraph/conc/iter",
            "github.com/siketyan/gotask",
        ] {
            assert!(files(path).is_some(), "{path} has no stub");
        }
    }

    #[test]
    fn unknown_paths_have_no_stub() {
        for path in [
            "",
            "iter",
            "errgroup",
            "github.com/sourcegraph/conc/v2",
            "github.com/sourcegraph/conc/panics",
            "golang.org/x/sync",
            "context/sub",
        ] {
            assert!(files(path).is_none(), "{path:?} unexpectedly has a stub");
        }
    }

    #[test]
    fn every_path_has_files() {
        for path in import_paths() {
            let fs = files(path).unwrap_or_else(|| panic!("{path}: no files"));
            assert!(!fs.is_empty(), "{path}: empty file list");
            for f in fs {
                assert!(f.name.ends_with(".go"), "{path}/{}", f.name);
                assert!(!f.name.contains('/'), "{path}/{}", f.name);
                assert!(!f.source.trim().is_empty(), "{path}/{} is empty", f.name);
            }
            let mut names: Vec<&str> = fs.iter().map(|f| f.name).collect();
            names.sort_unstable();
            names.dedup();
            assert_eq!(names.len(), fs.len(), "{path}: duplicate file names");
        }
    }

    #[test]
    fn package_clause_matches_last_path_element() {
        for path in import_paths() {
            let want = path.rsplit('/').next().unwrap();
            for f in files(path).unwrap() {
                assert_eq!(
                    package_name(f.source).as_deref(),
                    Some(want),
                    "{path}/{}",
                    f.name
                );
            }
        }
    }

    #[test]
    fn every_file_has_the_stub_header() {
        for path in import_paths() {
            let header = format!("// Stub of {path} embedded in goroutinectx: declarations only.");
            for f in files(path).unwrap() {
                assert_eq!(
                    f.source.lines().next(),
                    Some(header.as_str()),
                    "{path}/{}",
                    f.name
                );
            }
        }
    }

    #[test]
    fn stubs_parse_without_errors() {
        for path in import_paths() {
            for f in files(path).unwrap() {
                let tree = parse(f.source);
                let root = tree.root_node();
                assert!(
                    !root.has_error(),
                    "{path}/{}: tree-sitter reports ERROR/MISSING nodes: {}",
                    f.name,
                    root.to_sexp()
                );
            }
        }
    }

    /// Spot checks of declarations the checkers depend on.
    #[test]
    fn key_declarations_are_present() {
        let all = |path: &str| -> String {
            files(path)
                .unwrap()
                .iter()
                .map(|f| f.source)
                .collect::<Vec<_>>()
                .join("\n")
        };
        let cases: &[(&str, &[&str])] = &[
            (
                "context",
                &[
                    "type Context interface",
                    "func WithCancel(",
                    "func WithoutCancel(",
                ],
            ),
            (
                "sync",
                &["func (wg *WaitGroup) Go(f func())", "type Mutex struct"],
            ),
            (
                "golang.org/x/sync/errgroup",
                &[
                    "func WithContext(ctx context.Context) (*Group, context.Context)",
                    "func (g *Group) Go(f func() error)",
                    "func (g *Group) TryGo(f func() error) bool",
                ],
            ),
            (
                "github.com/sourcegraph/conc",
                &[
                    "func NewWaitGroup() *WaitGroup",
                    "func (h *WaitGroup) Go(f func())",
                    "func (p *Pool) Go(f func())",
                ],
            ),
            (
                "github.com/sourcegraph/conc/pool",
                &[
                    "func New() *Pool",
                    "func (p *Pool) WithErrors() *ErrorPool",
                    "func (p *Pool) WithContext(ctx context.Context) *ContextPool",
                    "func NewWithResults[T any]() *ResultPool[T]",
                    "func (p *ResultPool[T]) WithErrors() *ResultErrorPool[T]",
                    "func (p *ContextPool) Go(f func(ctx context.Context) error)",
                    "func (p *ResultContextPool[T]) Go(f func(context.Context) (T, error))",
                    "func (p *ResultErrorPool[T]) Go(f func() (T, error))",
                ],
            ),
            (
                "github.com/sourcegraph/conc/stream",
                &["func (s *Stream) Go(f Task)", "type Task func() Callback"],
            ),
            (
                "github.com/sourcegraph/conc/iter",
                &[
                    "func ForEach[T any](input []T, f func(*T))",
                    "func (iter Iterator[T]) ForEachIdx(input []T, f func(int, *T))",
                    "func (m Mapper[T, R]) MapErr(input []T, f func(*T) (R, error)) ([]R, error)",
                ],
            ),
            (
                "github.com/siketyan/gotask",
                &[
                    "func NewTask[T any](fn func(ctx context.Context) T) *Task[T]",
                    "func (t *Task[T]) Cancelable() *CancelableTask[T]",
                    "func (t *CancelableTask[T]) DoAsync(ctx context.Context, result chan<- T)",
                    "func DoRaceFns[T any](",
                ],
            ),
        ];
        for (path, needles) in cases {
            let src = all(path);
            for needle in *needles {
                assert!(src.contains(needle), "{path}: missing {needle:?}");
            }
        }
    }
}
