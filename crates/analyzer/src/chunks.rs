//! Chunked analysis of one large file (issue 13): its top-level function bodies are split into
//! consecutive groups, and the file is analysed once per group, parsed with every body outside
//! the group emptied (`SourceFile::parse_without`), so that no tree or model holds more than
//! one group's bodies besides the file's declarations.
//!
//! **Why:** a tree-sitter tree takes about 45 times its source, and the model about 30 times
//! more: one 50 MB file held 3.9 GB, where the same code in twelve files never held more than
//! two files' trees at once.
//!
//! **How results stay identical:** every pass's tree has all of the file's declarations
//! (signatures, types, package-level variables: only bodies are emptied), so names, types
//! and package-level initialisers read the same in every pass. The file is cut into
//! *regions*, one per group: from the end of the previous group's last body to the end of its
//! own (the first from the file's start, the last to its end). A pass checks only the sites
//! and declarations that start in its own region, so each is checked exactly once, with its
//! whole body in the tree. A question about another group's body (a factory declared in the
//! file, assignments to a package-level variable, a returned spawning closure) notes the need
//! (`Semantics::with_other_chunks`); then every pass's results are dropped and the file is
//! analysed as it would be unchunked (the caller's fallback), so such a file may still take
//! the memory of a whole parse.
//!
//! **Limitations:** each pass parses all of the file's text outside bodies; a group is made
//! at least that large so that the total work stays linear (the number of passes times the
//! declarations' text is at most the bodies' text), which means a file that is mostly
//! declarations (tables, large generated literals) gets few passes and keeps most of its
//! memory cost. Each pass also lexes the emptied bodies as blanks (fast, but a cost
//! proportional to the file per pass). Only files whose bodies may be left out at all are
//! chunked: no `goroutinectx:` directive, syntax vouched for by the recognizer, the
//! prefilter on and no marked spawner in reach (the driver's `elision` rules).

use std::ops::Range;

use goroutinectx_scanner::decls::FuncBody;

/// Files at least this large are analysed in chunks.
pub(crate) const CHUNK_FILE_BYTES: usize = 8 << 20;

/// The bodies' bytes one pass reads at least (a group is at least as large as the file's text
/// outside bodies, and one body larger than a group is a group of its own).
pub(crate) const CHUNK_BYTES: usize = 4 << 20;

/// One pass of a chunked analysis.
pub(crate) struct Pass {
    /// The bodies this pass empties (those it does not read: the left-out ones and the other
    /// groups'), sorted.
    pub(crate) blanked: Vec<(usize, usize)>,
    /// Of those, the other groups' bodies (which may hold reports), sorted.
    pub(crate) other_chunks: Vec<(usize, usize)>,
    /// The offsets whose sites and declarations this pass checks.
    pub(crate) region: Range<usize>,
}

/// The passes of a file of `len` bytes with these top-level `bodies` (in order), of which
/// those at `left_out` (sorted) cannot report, or `None` when the file is analysed whole (it
/// is under `file_bytes`, or its bodies make a single group). `chunk`: the least bodies'
/// bytes per group ([`CHUNK_BYTES`]; tests use tiny ones).
pub(crate) fn plan(
    len: usize,
    bodies: &[FuncBody],
    left_out: &[(usize, usize)],
    file_bytes: usize,
    chunk: usize,
) -> Option<Vec<Pass>> {
    if len < file_bytes {
        return None;
    }
    let outside = len - bodies.iter().map(|b| b.end - b.open).sum::<usize>();
    let group_bytes = chunk.max(outside).max(1);
    let kept: Vec<(usize, usize)> = bodies
        .iter()
        .map(|b| (b.open, b.end))
        .filter(|r| left_out.binary_search(r).is_err())
        .collect();
    // Consecutive kept bodies, a group closed once it holds `group_bytes`.
    let mut groups: Vec<Range<usize>> = Vec::new();
    let mut start = 0;
    let mut size = 0;
    for (i, (open, end)) in kept.iter().enumerate() {
        size += end - open;
        if size >= group_bytes {
            groups.push(start..i + 1);
            start = i + 1;
            size = 0;
        }
    }
    if start < kept.len() {
        groups.push(start..kept.len());
    }
    if groups.len() < 2 {
        return None;
    }
    let last = groups.len() - 1;
    let passes = groups
        .iter()
        .enumerate()
        .map(|(g, members)| {
            let from = if g == 0 { 0 } else { kept[members.start - 1].1 };
            let to = if g == last {
                len
            } else {
                kept[members.end - 1].1
            };
            let other_chunks: Vec<(usize, usize)> = kept[..members.start]
                .iter()
                .chain(&kept[members.end..])
                .copied()
                .collect();
            let mut blanked: Vec<(usize, usize)> =
                left_out.iter().chain(&other_chunks).copied().collect();
            blanked.sort_unstable();
            Pass {
                blanked,
                other_chunks,
                region: from..to,
            }
        })
        .collect();
    Some(passes)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn body(open: usize, end: usize) -> FuncBody {
        FuncBody {
            func: open.saturating_sub(5),
            name: format!("f{open}"),
            method: false,
            open,
            end,
            has_go: true,
        }
    }

    #[test]
    fn groups_are_consecutive_and_regions_cover_the_file() {
        // Text outside bodies: 100 - 60 = 40 bytes; groups of at least 40 bytes of bodies.
        let bodies = [body(10, 30), body(35, 55), body(60, 70), body(80, 90)];
        let passes = plan(100, &bodies, &[], 0, 1).unwrap();
        let regions: Vec<_> = passes.iter().map(|p| p.region.clone()).collect();
        assert_eq!(regions, [0..55, 55..100]);
        assert_eq!(passes[0].blanked, [(60, 70), (80, 90)]);
        assert_eq!(passes[1].other_chunks, [(10, 30), (35, 55)]);
    }

    #[test]
    fn left_out_bodies_are_blanked_everywhere_and_small_files_are_whole() {
        let bodies = [body(10, 30), body(35, 55), body(60, 70), body(80, 90)];
        let passes = plan(100, &bodies, &[(35, 55)], 0, 1).unwrap();
        assert!(passes.iter().all(|p| p.blanked.contains(&(35, 55))));
        assert!(passes.iter().all(|p| !p.other_chunks.contains(&(35, 55))));
        assert!(plan(100, &bodies, &[], 101, 1).is_none());
        // One huge body is a group of its own; everything in one group is no chunking.
        assert!(plan(100, &[body(10, 95)], &[], 0, 1).is_none());
    }
}
