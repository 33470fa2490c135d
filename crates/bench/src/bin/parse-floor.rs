//! `parse-floor`: the performance floor for goroutinectx.
//!
//! Reads and parses every `.go` file under the given directories (or every
//! path in a list file) with tree-sitter-go, in parallel with rayon, and does
//! nothing else. The wall time of this is the "floor" that the benchmark
//! ratios in `bench/README.md` are measured against.
//!
//! ```text
//! parse-floor [--grammar next|crates] [--list FILE|-] [DIR...]
//! ```
//!
//! `--grammar next` (the default) is the grammar goroutinectx parses with
//! (crates/tree-sitter-go-next); `--grammar crates` is the crates.io tree-sitter-go it
//! derives from, for comparing their speed.
//!
//! Prints exactly one line to stdout:
//! `files=N bytes=N error_files=N wall_ms=N`
//!
//! * `files` / `bytes`: files read and parsed, and their total size.
//! * `error_files`: files whose syntax tree root `has_error()`.
//! * `wall_ms`: from program start (including the directory walk) to the end
//!   of the last parse.
//!
//! Unreadable files or directories are skipped (not counted in `files`); their
//! number is reported on stderr. The thread count comes from rayon's default,
//! i.e. `RAYON_NUM_THREADS` or the number of cores.

use std::cell::RefCell;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::Instant;

use rayon::prelude::*;
use tree_sitter::Parser;

thread_local! {
    static PARSER: RefCell<Parser> = RefCell::new(new_parser());
}

/// Parse with the crates.io grammar instead of ours.
static CRATES_GRAMMAR: AtomicBool = AtomicBool::new(false);

fn new_parser() -> Parser {
    let language = if CRATES_GRAMMAR.load(Ordering::Relaxed) {
        tree_sitter_go::LANGUAGE.into()
    } else {
        tree_sitter_go_next::LANGUAGE.into()
    };
    let mut parser = Parser::new();
    parser
        .set_language(&language)
        .expect("the Go grammar is compatible with the tree-sitter runtime");
    parser
}

const USAGE: &str = "usage: parse-floor [--grammar next|crates] [--list FILE|-] [DIR...]\n\
\n\
Parses every .go file under each DIR (symlinks not followed; testdata and\n\
vendor included), or every path listed in FILE (one per line, '-' = stdin),\n\
with tree-sitter-go on RAYON_NUM_THREADS threads, and prints\n\
  files=N bytes=N error_files=N wall_ms=N";

struct Args {
    lists: Vec<String>,
    dirs: Vec<PathBuf>,
}

fn parse_args() -> Result<Args, String> {
    let mut args = Args {
        lists: Vec::new(),
        dirs: Vec::new(),
    };
    let mut it = std::env::args_os().skip(1);
    while let Some(arg) = it.next() {
        match arg.to_str() {
            Some("-h") | Some("--help") => {
                println!("{USAGE}");
                std::process::exit(0);
            }
            Some("--list") | Some("-list") => match it.next() {
                Some(v) => args.lists.push(v.to_string_lossy().into_owned()),
                None => return Err("--list needs an argument (FILE or -)".into()),
            },
            Some("--grammar") | Some("-grammar") => {
                match it.next().as_deref().and_then(|v| v.to_str()) {
                    Some("next") => CRATES_GRAMMAR.store(false, Ordering::Relaxed),
                    Some("crates") => CRATES_GRAMMAR.store(true, Ordering::Relaxed),
                    _ => return Err("--grammar needs next or crates".into()),
                }
            }
            Some(s) if s.starts_with("--list=") => {
                args.lists.push(s["--list=".len()..].to_string());
            }
            Some("--") => {
                args.dirs.extend(it.by_ref().map(PathBuf::from));
            }
            Some(s) if s.starts_with('-') && s != "-" => {
                return Err(format!("unknown flag {s}"));
            }
            _ => args.dirs.push(PathBuf::from(arg)),
        }
    }
    if args.lists.is_empty() && args.dirs.is_empty() {
        return Err("no DIR and no --list given".into());
    }
    Ok(args)
}

/// Reads a list of paths, one per line; blank lines are ignored.
fn read_list(name: &str, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    let reader: Box<dyn Read> = if name == "-" {
        Box::new(std::io::stdin().lock())
    } else {
        Box::new(std::fs::File::open(name)?)
    };
    for line in BufReader::new(reader).split(b'\n') {
        let mut line = line?;
        if line.last() == Some(&b'\r') {
            line.pop();
        }
        if line.iter().all(|b| b.is_ascii_whitespace()) {
            continue;
        }
        out.push(path_from_bytes(line));
    }
    Ok(())
}

#[cfg(unix)]
fn path_from_bytes(bytes: Vec<u8>) -> PathBuf {
    use std::os::unix::ffi::OsStringExt;
    PathBuf::from(std::ffi::OsString::from_vec(bytes))
}

#[cfg(not(unix))]
fn path_from_bytes(bytes: Vec<u8>) -> PathBuf {
    PathBuf::from(String::from_utf8_lossy(&bytes).into_owned())
}

/// Collects every regular `.go` file under `dir`, without following symlinks.
/// Returns the number of entries that could not be read.
fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> u64 {
    let mut errors = 0;
    for entry in walkdir::WalkDir::new(dir).follow_links(false) {
        match entry {
            Ok(e) => {
                if e.file_type().is_file() && e.path().extension().is_some_and(|ext| ext == "go") {
                    out.push(e.into_path());
                }
            }
            Err(_) => errors += 1,
        }
    }
    errors
}

fn main() -> ExitCode {
    let start = Instant::now();
    let args = match parse_args() {
        Ok(a) => a,
        Err(msg) => {
            eprintln!("parse-floor: {msg}\n{USAGE}");
            return ExitCode::from(2);
        }
    };

    let mut paths = Vec::new();
    let mut unreadable = 0u64;
    for list in &args.lists {
        if let Err(e) = read_list(list, &mut paths) {
            eprintln!("parse-floor: reading list {list}: {e}");
            return ExitCode::from(2);
        }
    }
    for dir in &args.dirs {
        unreadable += walk(dir, &mut paths);
    }

    let files = AtomicU64::new(0);
    let bytes = AtomicU64::new(0);
    let error_files = AtomicU64::new(0);
    let skipped = AtomicU64::new(0);

    paths.par_iter().for_each(|path| {
        let src = match std::fs::read(path) {
            Ok(src) => src,
            Err(_) => {
                skipped.fetch_add(1, Ordering::Relaxed);
                return;
            }
        };
        let has_error = PARSER.with(|p| {
            let mut parser = p.borrow_mut();
            match parser.parse(&src, None) {
                Some(tree) => tree.root_node().has_error(),
                // Only happens on cancellation/timeouts, which we never set;
                // reset so the next parse starts clean, and count it as an error.
                None => {
                    parser.reset();
                    true
                }
            }
        });
        files.fetch_add(1, Ordering::Relaxed);
        bytes.fetch_add(src.len() as u64, Ordering::Relaxed);
        if has_error {
            error_files.fetch_add(1, Ordering::Relaxed);
        }
    });

    let wall_ms = start.elapsed().as_millis();
    unreadable += skipped.load(Ordering::Relaxed);
    if unreadable > 0 {
        eprintln!("parse-floor: skipped {unreadable} unreadable files or directories");
    }
    println!(
        "files={} bytes={} error_files={} wall_ms={}",
        files.load(Ordering::Relaxed),
        bytes.load(Ordering::Relaxed),
        error_files.load(Ordering::Relaxed),
        wall_ms
    );
    ExitCode::SUCCESS
}
