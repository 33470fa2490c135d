//! The syntax recognizer against go/parser, the reference for what is valid Go: it must never
//! call a file `Valid` that go/parser rejects (the recognizer is a filter that skips the
//! tree-sitter parse, so a wrong `Valid` would hide a syntax error).
//!
//! * every `.go` file of the installed Go's `src` (std, cmd and their testdata, which holds
//!   deliberately broken files), and of `$GOROUTINECTX_CORPUS/buildah` when set;
//! * single-token mutations of the fixtures and of some real files, with a fixed seed
//!   (`GOROUTINECTX_MUTANTS=N` runs N mutants instead of the default, for a bigger campaign).
//!
//! go/parser's verdicts come from a small Go program (`support/goparse.go`) built once per
//! test and fed many paths at once. Tests skip cleanly when no Go toolchain is installed.

use std::collections::HashSet;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use goroutinectx_scanner::syntax::{recognize, Verdict};

use goroutinectx_scanner::GoEnv;
use rayon::prelude::*;

/// The go/parser helper, built into a temporary directory.
struct GoParser {
    bin: PathBuf,
    _dir: goroutinectx_testkit::TempDir,
}

impl GoParser {
    fn build() -> Option<GoParser> {
        goroutinectx_testkit::go_minor_version()?;
        let dir = goroutinectx_testkit::tempdir().unwrap();
        let src = dir.path().join("goparse.go");
        std::fs::write(&src, include_str!("support/goparse.go")).unwrap();
        let bin = dir.path().join("goparse");
        let status = Command::new("go")
            .arg("build")
            .arg("-o")
            .arg(&bin)
            .arg(&src)
            .env("GO111MODULE", "off")
            .env("GOFLAGS", "")
            .status()
            .expect("run go build");
        assert!(status.success(), "building the go/parser helper failed");
        Some(GoParser { bin, _dir: dir })
    }

    /// The paths go/parser rejects.
    fn rejected(&self, paths: &[PathBuf]) -> HashSet<PathBuf> {
        let mut child = Command::new(&self.bin)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .expect("run the go/parser helper");
        let mut stdin = child.stdin.take().unwrap();
        let list: String = paths.iter().map(|p| format!("{}\n", p.display())).collect();
        let writer = std::thread::spawn(move || stdin.write_all(list.as_bytes()).unwrap());
        let out = child.wait_with_output().unwrap();
        writer.join().unwrap();
        assert!(out.status.success(), "the go/parser helper failed");
        String::from_utf8(out.stdout)
            .unwrap()
            .lines()
            .map(PathBuf::from)
            .collect()
    }
}

fn go_files(root: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = walkdir::WalkDir::new(root)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file() && e.path().extension().is_some_and(|x| x == "go"))
        .map(|e| e.into_path())
        .collect();
    files.sort();
    files
}

/// Compares the recognizer with go/parser on every file under `root`; returns (files go/parser
/// accepts, of those called `Valid`).
fn differential(go: &GoParser, root: &Path) -> (usize, usize) {
    let files = go_files(root);
    let rejected = go.rejected(&files);
    let start = std::time::Instant::now();
    let verdicts: Vec<(Verdict, usize)> = files
        .par_iter()
        .map(|f| {
            let src = std::fs::read(f).unwrap_or_default();
            (recognize(&src), src.len())
        })
        .collect();
    let bytes: usize = verdicts.iter().map(|v| v.1).sum();
    eprintln!(
        "{}: {} files, {} MB, recognized in {:.2?} (debug builds are slow)",
        root.display(),
        files.len(),
        bytes >> 20,
        start.elapsed()
    );
    let mut wrong = Vec::new();
    let mut missed = Vec::new();
    let (mut accepted, mut valid) = (0, 0);
    for (f, (v, _)) in files.iter().zip(&verdicts) {
        if rejected.contains(f) {
            if v.is_valid() {
                wrong.push(f.display().to_string());
            }
        } else {
            accepted += 1;
            if v.is_valid() {
                valid += 1;
            } else {
                let src = std::fs::read(f).unwrap_or_default();
                let at = goroutinectx_scanner::syntax::undecided_at(&src).map(|at| {
                    let line = src[..at].iter().filter(|&&b| b == b'\n').count() + 1;
                    let text = src[at..].split(|&b| b == b'\n').next().unwrap_or_default();
                    format!(
                        ":{line}: {}",
                        String::from_utf8_lossy(&text[..text.len().min(50)])
                    )
                });
                missed.push(format!("{}{} {v:?}", f.display(), at.unwrap_or_default()));
            }
        }
    }
    eprintln!(
        "go/parser rejects {} files; accepts {accepted}, of which we call {valid} valid ({:.3}%)",
        rejected.len(),
        100.0 * valid as f64 / accepted.max(1) as f64
    );
    for m in missed.iter().take(60) {
        eprintln!("  not valid: {m}");
    }
    assert!(
        wrong.is_empty(),
        "called valid but go/parser rejects them: {wrong:#?}"
    );
    (accepted, valid)
}

#[test]
fn goroot_files_agree_with_go_parser() {
    let Some(go) = GoParser::build() else {
        eprintln!("skipped: no go command");
        return;
    };
    let Some(src) = GoEnv::from_process().goroot_src() else {
        eprintln!("skipped: no GOROOT");
        return;
    };
    let (accepted, valid) = differential(&go, &src);
    assert!(accepted > 5000, "only {accepted} files");
    assert!(valid * 1000 >= accepted * 995, "recall {valid}/{accepted}");
}

#[test]
fn corpus_files_agree_with_go_parser() {
    let Some(corpus) = std::env::var_os("GOROUTINECTX_CORPUS").map(PathBuf::from) else {
        eprintln!("skipped: GOROUTINECTX_CORPUS is not set");
        return;
    };
    let Some(go) = GoParser::build() else {
        eprintln!("skipped: no go command");
        return;
    };
    let (accepted, valid) = differential(&go, &corpus.join("buildah"));
    assert!(valid * 1000 >= accepted * 995, "recall {valid}/{accepted}");
}

// ---------------------------------------------------------------------------------------------
// Mutations
// ---------------------------------------------------------------------------------------------

/// A small xorshift generator: mutations are the same on every run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// Token spans of Go source, roughly (comments are skipped; good enough to mutate).
fn tokens(src: &[u8]) -> Vec<(usize, usize)> {
    const OPS: [&str; 24] = [
        "<<=", ">>=", "&^=", "...", "&&", "||", "<-", "++", "--", "==", "!=", "<=", ">=", ":=",
        "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<", ">>",
    ];
    let mut out = Vec::new();
    let mut i = 0;
    while i < src.len() {
        let c = src[i];
        let start = i;
        if c.is_ascii_whitespace() {
            i += 1;
            continue;
        }
        if src[i..].starts_with(b"//") {
            while i < src.len() && src[i] != b'\n' {
                i += 1;
            }
            continue;
        }
        if src[i..].starts_with(b"/*") {
            i = memchr::memmem::find(&src[i + 2..], b"*/").map_or(src.len(), |k| i + k + 4);
            continue;
        }
        if c == b'"' || c == b'\'' || c == b'`' {
            i += 1;
            while i < src.len() && src[i] != c && (c == b'`' || src[i] != b'\n') {
                if src[i] == b'\\' && c != b'`' {
                    i += 1;
                }
                i += 1;
            }
            i = (i + 1).min(src.len());
        } else if c.is_ascii_alphanumeric() || c == b'_' || c >= 0x80 {
            while i < src.len()
                && (src[i].is_ascii_alphanumeric() || src[i] == b'_' || src[i] >= 0x80)
            {
                i += 1;
            }
        } else if let Some(op) = OPS.iter().find(|op| src[i..].starts_with(op.as_bytes())) {
            i += op.len();
        } else {
            i += 1;
        }
        out.push((start, i));
    }
    out
}

const INSERTS: [&str; 40] = [
    "(",
    ")",
    "{",
    "}",
    "[",
    "]",
    ":=",
    "=",
    ",",
    ";",
    "\n",
    ".",
    "*",
    "<-",
    "...",
    "~",
    "|",
    ":",
    "&",
    "func",
    "go",
    "type",
    "var",
    "const",
    "range",
    "chan",
    "map",
    "struct",
    "interface",
    "case",
    "default",
    "else",
    "if",
    "for",
    "switch",
    "return",
    "break",
    "x",
    "1",
    "\"s\"",
];

/// One random single-token mutation of `src`.
fn mutate(src: &[u8], toks: &[(usize, usize)], rng: &mut Rng) -> Vec<u8> {
    let k = rng.below(toks.len());
    let (s, e) = toks[k];
    let mut out = Vec::with_capacity(src.len() + 16);
    match rng.below(5) {
        // Delete.
        0 => {
            out.extend_from_slice(&src[..s]);
            out.extend_from_slice(&src[e..]);
        }
        // Duplicate.
        1 => {
            out.extend_from_slice(&src[..e]);
            out.push(b' ');
            out.extend_from_slice(&src[s..]);
        }
        // Swap with the next token.
        2 if k + 1 < toks.len() => {
            let (s2, e2) = toks[k + 1];
            out.extend_from_slice(&src[..s]);
            out.extend_from_slice(&src[s2..e2]);
            out.extend_from_slice(&src[e..s2]);
            out.extend_from_slice(&src[s..e]);
            out.extend_from_slice(&src[e2..]);
        }
        // Replace.
        3 => {
            out.extend_from_slice(&src[..s]);
            out.extend_from_slice(INSERTS[rng.below(INSERTS.len())].as_bytes());
            out.extend_from_slice(&src[e..]);
        }
        // Insert before.
        _ => {
            out.extend_from_slice(&src[..s]);
            out.extend_from_slice(INSERTS[rng.below(INSERTS.len())].as_bytes());
            out.push(b' ');
            out.extend_from_slice(&src[s..]);
        }
    }
    out
}

/// Real files to mutate beside the fixtures: some of GOROOT's, small enough to write many
/// copies of.
fn real_files() -> Vec<PathBuf> {
    let Some(src) = GoEnv::from_process().goroot_src() else {
        return Vec::new();
    };
    [
        "context",
        "sync/errgroup",
        "go/parser",
        "iter",
        "slices",
        "maps",
        "cmp",
        "sort",
        "container/list",
        "strings",
    ]
    .iter()
    .flat_map(|d| go_files(&src.join(d)))
    .filter(|f| std::fs::metadata(f).is_ok_and(|m| m.len() < 40_000))
    .collect()
}

#[test]
fn mutations_are_never_wrongly_valid() {
    let Some(go) = GoParser::build() else {
        eprintln!("skipped: no go command");
        return;
    };
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../testdata/src");
    let mut sources: Vec<Vec<u8>> = go_files(&root)
        .into_iter()
        .chain(real_files())
        .filter_map(|f| std::fs::read(f).ok())
        .filter(|s| recognize(s).is_valid())
        .collect();
    sources.sort();
    assert!(sources.len() > 100, "only {} sources", sources.len());
    let count: usize = std::env::var("GOROUTINECTX_MUTANTS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(6_000);
    let seed: u64 = std::env::var("GOROUTINECTX_MUTANT_SEED")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(0x9E37_79B9_7F4A_7C15);
    let toks: Vec<Vec<(usize, usize)>> = sources.iter().map(|s| tokens(s)).collect();
    let dir = goroutinectx_testkit::tempdir().unwrap();
    let mut rng = Rng(seed);
    let (mut total, mut called_valid) = (0usize, 0usize);
    // In batches, so that a big campaign does not hold every mutant on disk at once.
    let batch = 20_000;
    while total < count {
        let mut written = Vec::new();
        for _ in 0..batch.min(count - total) {
            let i = rng.below(sources.len());
            let m = mutate(&sources[i], &toks[i], &mut rng);
            total += 1;
            if recognize(&m).is_valid() {
                let path = dir.path().join(format!("m{total}.go"));
                std::fs::write(&path, &m).unwrap();
                written.push(path);
            }
        }
        called_valid += written.len();
        let rejected = go.rejected(&written);
        let mut wrong: Vec<&PathBuf> = written.iter().filter(|p| rejected.contains(*p)).collect();
        wrong.sort();
        if let Some(first) = wrong.first() {
            let keep = std::env::temp_dir().join("goroutinectx-wrong-mutant.go");
            std::fs::copy(first, &keep).unwrap();
            panic!(
                "{} mutants called valid that go/parser rejects; the first kept as {}",
                wrong.len(),
                keep.display()
            );
        }
        for p in written {
            let _ = std::fs::remove_file(p);
        }
    }
    eprintln!(
        "{total} mutants of {} files; {called_valid} called valid, all accepted by go/parser",
        sources.len()
    );
}
