//! File-tree helpers shared by the fuzz harness (`lib.rs`) and the regression test that
//! replays its findings (`crates/cli/tests/fuzz_regressions.rs`, which includes this file with
//! `#[path]`): both must lay out the package exactly alike.

use std::fs;
use std::path::Path;

/// Copies the directory tree `from` to `to`.
pub fn copy_tree(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_tree(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// The package clause's name, if the file has a plausible one.
pub fn package_name(src: &[u8]) -> Option<String> {
    for line in src.split(|&b| b == b'\n') {
        let line = line.strip_prefix(b"package ").map(|rest| {
            rest.iter()
                .copied()
                .skip_while(|b| *b == b' ' || *b == b'\t')
                .take_while(|b| b.is_ascii_alphanumeric() || *b == b'_')
                .collect::<Vec<u8>>()
        });
        if let Some(name) = line {
            if !name.is_empty() && name.len() <= 64 && !name[0].is_ascii_digit() {
                return Some(String::from_utf8(name).unwrap());
            }
        }
    }
    None
}
