//! Reading Go source files without hanging or growing without bound.
//!
//! Only regular files are read. A FIFO named `x.go` would block the read forever, and a `.go`
//! symlink to `/dev/zero` would grow memory until the process is killed; both are refused with
//! `not a regular file`, as is anything else that is not a plain file once symlinks are
//! followed. A file larger than the configured limit ([`DEFAULT_MAX_FILE_SIZE`], set with
//! `-max-file-size`) is refused too. A file is opened without blocking (`O_NONBLOCK`), then
//! what was opened is checked, and at most the size found then is read, so a file that grows
//! in between cannot slip past the limit.

use std::io::Read;
use std::path::Path;

use crate::resolve::io_message;

/// The default limit on one source file's size: 64 MiB, far above any real Go file (the
/// largest generated files in the wild are a few MB).
pub const DEFAULT_MAX_FILE_SIZE: u64 = 64 << 20;

/// Reads a source file: a regular file (symlinks followed) of at most `max_size` bytes. The
/// error is the message to report for the file.
pub fn read_source(path: &Path, max_size: u64) -> Result<Vec<u8>, String> {
    let cannot = |e: std::io::Error| format!("cannot read file: {}", io_message(&e));
    let file = open(path, max_size)?;
    // What was opened is checked (the path may have been replaced since it was listed).
    let meta = file.metadata().map_err(cannot)?;
    check(&meta, max_size)?;
    // Exactly the size found (at most the limit): one read for most files, none past the
    // end; a file that grew since is read up to that size.
    let len = meta.len();
    let mut src = Vec::with_capacity(usize::try_from(len).unwrap_or(0));
    file.take(len).read_to_end(&mut src).map_err(cannot)?;
    Ok(src)
}

/// Opens `path` for reading without blocking: opening a FIFO waits for a writer unless
/// `O_NONBLOCK` is given (which reading a regular file ignores). Elsewhere than on Unix, the
/// path is checked before it is opened.
#[cfg(unix)]
fn open(path: &Path, _max_size: u64) -> Result<std::fs::File, String> {
    use std::os::unix::fs::OpenOptionsExt;
    std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NONBLOCK)
        .open(path)
        .map_err(|e| format!("cannot read file: {}", io_message(&e)))
}

#[cfg(not(unix))]
fn open(path: &Path, max_size: u64) -> Result<std::fs::File, String> {
    let cannot = |e: std::io::Error| format!("cannot read file: {}", io_message(&e));
    check(&std::fs::metadata(path).map_err(cannot)?, max_size)?;
    std::fs::File::open(path).map_err(cannot)
}

fn check(meta: &std::fs::Metadata, max_size: u64) -> Result<(), String> {
    if !meta.file_type().is_file() {
        return Err("not a regular file".to_string());
    }
    if meta.len() > max_size {
        return Err(too_large(meta.len(), max_size));
    }
    Ok(())
}

fn too_large(size: u64, max_size: u64) -> String {
    format!("file too large ({size} bytes; the limit is {max_size}, set with -max-file-size)")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_regular_files_within_the_limit() {
        let dir = std::env::temp_dir().join(format!("gctx-read-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let f = dir.join("a.go");
        std::fs::write(&f, b"package a\n").unwrap();
        assert_eq!(read_source(&f, 100).unwrap(), b"package a\n");
        assert!(read_source(&f, 5)
            .unwrap_err()
            .starts_with("file too large"));
        assert_eq!(read_source(&dir, 100).unwrap_err(), "not a regular file");
        assert!(read_source(&dir.join("missing.go"), 100)
            .unwrap_err()
            .starts_with("cannot read file: "));
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[cfg(unix)]
    #[test]
    fn devices_are_not_read() {
        let zero = Path::new("/dev/zero");
        if zero.exists() {
            assert_eq!(
                read_source(zero, 1 << 20).unwrap_err(),
                "not a regular file"
            );
        }
    }
}
