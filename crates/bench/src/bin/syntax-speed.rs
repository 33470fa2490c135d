//! syntax-speed: the syntax recognizer's throughput against a tree-sitter parse, on one thread,
//! over the same files held in memory (reading excluded).
//!
//! ```text
//! syntax-speed [--list FILE|-] [DIR...]
//! ```
//!
//! Prints, for the recognizer (`goroutinectx_scanner::syntax::recognize`) and for the bounded
//! tree-sitter parse the driver otherwise runs (`source::parse_bounded`), the best of three
//! passes in MB/s, and the recognizer's verdict counts.

use std::io::BufRead;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use goroutinectx_scanner::source::parse_bounded;
use goroutinectx_scanner::syntax::{recognize, Verdict};

fn main() {
    let mut args = std::env::args().skip(1);
    let mut paths: Vec<PathBuf> = Vec::new();
    while let Some(a) = args.next() {
        if a == "--list" {
            let list = args.next().expect("--list FILE");
            let reader: Box<dyn BufRead> = if list == "-" {
                Box::new(std::io::stdin().lock())
            } else {
                Box::new(std::io::BufReader::new(
                    std::fs::File::open(&list).expect("open the list"),
                ))
            };
            paths.extend(reader.lines().map_while(Result::ok).map(PathBuf::from));
        } else {
            paths.extend(
                walkdir::WalkDir::new(&a)
                    .into_iter()
                    .filter_map(Result::ok)
                    .filter(|e| {
                        e.file_type().is_file() && e.path().extension().is_some_and(|x| x == "go")
                    })
                    .map(|e| e.into_path()),
            );
        }
    }
    let files: Vec<Vec<u8>> = paths.iter().filter_map(|p| std::fs::read(p).ok()).collect();
    let bytes: usize = files.iter().map(Vec::len).sum();
    let mb = bytes as f64 / 1e6;
    let best = |f: &dyn Fn()| -> Duration {
        (0..3)
            .map(|_| {
                let t = Instant::now();
                f();
                t.elapsed()
            })
            .min()
            .unwrap_or_default()
    };
    let (mut valid, mut invalid, mut unknown) = (0, 0, 0);
    for f in &files {
        match recognize(f) {
            Verdict::Valid => valid += 1,
            Verdict::Invalid { .. } => invalid += 1,
            Verdict::Unknown => unknown += 1,
        }
    }
    let rec = best(&|| {
        for f in &files {
            std::hint::black_box(recognize(f));
        }
    });
    let ts = best(&|| {
        for f in &files {
            std::hint::black_box(parse_bounded(f).work);
        }
    });
    println!(
        "{} files, {mb:.1} MB; recognizer: {valid} valid, {invalid} invalid, {unknown} unknown",
        files.len()
    );
    println!(
        "recognizer   {:>8.3} s  {:>8.1} MB/s",
        rec.as_secs_f64(),
        mb / rec.as_secs_f64()
    );
    println!(
        "tree-sitter  {:>8.3} s  {:>8.1} MB/s",
        ts.as_secs_f64(),
        mb / ts.as_secs_f64()
    );
    println!(
        "ratio        {:>8.1}x",
        ts.as_secs_f64() / rec.as_secs_f64()
    );
}
