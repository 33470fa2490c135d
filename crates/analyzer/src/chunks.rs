//! Chunked analysis of one large file (issue 13): the file is cut into *regions* of
//! consecutive top-level declarations, and analysed once per region, each pass parsing only
//! the region, the package clause and imports, and the declarations the region names (found
//! lexically), so that no tree or model holds more than one region's code.
//!
//! **Why:** a tree-sitter tree takes about 45 times its source and the model about 30 times
//! more: one 50 MB file held 3.9 GB, where the same code in twelve files never held more than
//! two files' trees at once.
//!
//! **How:** first the file's declarations are read region by region, with every function body
//! emptied (cheap: no body is parsed): each part indexes the file for the package
//! (`PackageIndex::build_with_parts`, answering as one tree of the file would; its functions
//! and methods are kept as spans, read again when asked for) and lists the file's top-level
//! declarations with the names they declare ([`Decls`]). Both stay while the passes run, so
//! both are compact (tens of bytes a declaration). Then each pass
//! ([`Decls::pass`]) parses, with tree-sitter's included ranges
//! (`SourceFile::parse_ranges`), the header, its region (the bodies that cannot report
//! emptied) and the closure of the declarations it may need: every declaration named by an
//! identifier of the region's text (comments and strings included, so generously), and those
//! named in theirs, their bodies emptied. A name that resolves to this file in the whole file
//! so resolves in the pass; types, methods (by name: `x.M` names `M`) and package-level
//! initialisers read the same. A pass checks only the sites and declarations that start in its
//! region, so each is checked exactly once with its whole body in the tree. A question about
//! text the pass does not hold (another region's body: a factory declared in the file,
//! assignments to a package-level variable, a returned spawning closure) notes the need
//! (`Semantics::with_other_chunks`); then every pass's results are dropped and the file is
//! analysed as it would be unchunked (the driver's fallback), so such a file may still take the
//! memory of a whole parse.
//!
//! **Limitations:** only files whose bodies may be left out at all are chunked (no
//! `goroutinectx:` directive, syntax vouched for by the recognizer, the prefilter on, no
//! marked spawner in reach: the driver's `elision` rules). A region is cut only after a
//! function body whose `}` ends its line, so one huge declaration (a table, a function) is one
//! region however large. A region that names most of the file's declarations parses them all
//! (their bodies emptied). Another file of the package that asks about this file's variables
//! or functions parses it whole, as it does any file.

use std::ops::Range;

use goroutinectx_scanner::decls::FuncBody;
use goroutinectx_scanner::fields::NodeKind;
use goroutinectx_scanner::source::cut_holes;
use goroutinectx_scanner::{kind, SourceFile};
use rustc_hash::FxHashSet;
use tree_sitter::{Node, Tree};

pub(crate) use goroutinectx_scanner::source::Spans;

/// Files at least this large are analysed in chunks.
pub(crate) const CHUNK_FILE_BYTES: usize = 8 << 20;

/// The bytes of code (bodies left out of the parse not counted) a region holds at least.
/// Two passes' trees and models are most of a chunked analysis's peak (a tree takes about 40
/// times its code): at 512 KiB a 50 MB file peaks 70–130 MB lower than at 1 MiB, at about the
/// same CPU (the text a pass parses besides its region is small); at 256 KiB it is another
/// 30 MB lower, but each pass also costs work proportional to the file (the bodies it lacks).
pub(crate) const CHUNK_BYTES: usize = 1 << 19;

/// At most this many ranges are given to tree-sitter for one parse: its lexer searches the
/// list from the start on every token (a few hundred cost little). Beyond, the closest ranges
/// are joined and the text between them read as blanks, and bodies left out of the parse are
/// read as blanks rather than skipped.
const MAX_RANGES: usize = 256;

/// The parts the file's declarations are read in (each a parse with every body's inside
/// skipped, see [`index_parts`]) hold at most about this many bodies.
const PART_BODIES: usize = MAX_RANGES / 2;

/// The regions of a file of `len` bytes with these top-level `bodies` (in order), of which
/// those at `left_out` (sorted) cannot report: cut after a body whose `}` ends its line once
/// a region holds `chunk` bytes of code. `None` when the file is under `file_bytes` or makes
/// one region.
pub(crate) fn regions(
    src: &[u8],
    bodies: &[FuncBody],
    left_out: &[(usize, usize)],
    file_bytes: usize,
    chunk: usize,
) -> Option<Vec<Range<usize>>> {
    if src.len() < file_bytes {
        return None;
    }
    let mut out = Vec::new();
    let mut start = 0;
    let mut code = 0;
    let mut last_end = 0;
    for b in bodies {
        code += b.end - last_end;
        if left_out.binary_search(&(b.open, b.end)).is_ok() {
            code -= b.end - b.open;
        }
        last_end = b.end;
        if code >= chunk && line_end(src, b.end) == Some(b.end) {
            out.push(start..b.end);
            start = b.end;
            code = 0;
        }
    }
    if start == 0 {
        return None;
    }
    if start < src.len() {
        out.push(start..src.len());
    }
    (out.len() > 1).then_some(out)
}

/// Where the line of `at` ends, when only blanks stand between: the offset of its `\n`.
fn line_end(src: &[u8], at: usize) -> Option<usize> {
    let rest = src.get(at..)?;
    let i = rest
        .iter()
        .position(|&b| !matches!(b, b' ' | b'\t' | b'\r'))?;
    (rest[i] == b'\n').then_some(at + i)
}

/// One past the end of the line holding `at` (its `\n` included), or the file's end.
fn past_line(src: &[u8], at: usize) -> usize {
    memchr::memchr(b'\n', &src[at.min(src.len())..]).map_or(src.len(), |i| at + i + 1)
}

/// A run of top-level declarations that share lines (usually one declaration), with the
/// line break that ends it.
struct Unit {
    start: usize,
    end: usize,
    /// One past its last function body in [`Decls::bodies`] (its first is the previous
    /// unit's `bodies_end`).
    bodies_end: u32,
}

/// The file's top-level declarations, read from the parts' trees: where each is and what it
/// declares. Compact (about 40 bytes a declaration), as it lives while the passes run.
#[derive(Default)]
pub(crate) struct Decls {
    /// One past the package clause and imports (and their line).
    header_end: usize,
    units: Vec<Unit>,
    /// The function bodies of the units, in order, `{` to one past `}`.
    bodies: Vec<(usize, usize)>,
    /// Every name a unit declares, as (hash of the name, offset of the name, unit), sorted
    /// once all parts are added ([`Decls::finish`]). (Offsets fit in `u32`: tree-sitter's
    /// own offsets are 32-bit.)
    names: Vec<(u64, u32, u32)>,
}

/// The hash a declared name is found by in [`Decls::names`].
fn name_hash(name: &[u8]) -> u64 {
    use std::hash::{BuildHasher, Hasher};
    let mut h = rustc_hash::FxBuildHasher.build_hasher();
    h.write(name);
    h.finish()
}

impl Decls {
    /// Adds the declarations of a tree of consecutive parts of the file (in file order).
    pub(crate) fn add(&mut self, src: &[u8], tree: &Tree) {
        let root = tree.root_node();
        let mut cursor = root.walk();
        for node in root.named_children(&mut cursor) {
            let k = node.kind_name();
            if matches!(k, kind::PACKAGE_CLAUSE | kind::IMPORT_DECLARATION) {
                if self.units.is_empty() {
                    self.header_end = self.header_end.max(past_line(src, node.end_byte()));
                }
                continue;
            }
            let mut names = Vec::new();
            let mut body = None;
            match k {
                // A method is no binding of the package scope: it is found through the
                // package's index, and a pass needs its declaration only to search its body
                // (which notes the need when it is absent).
                kind::FUNCTION_DECLARATION | kind::METHOD_DECLARATION => {
                    if k == kind::FUNCTION_DECLARATION {
                        names.extend(node.child_by_field_id(goroutinectx_scanner::fields::name()));
                    }
                    body = node
                        .child_by_field_id(goroutinectx_scanner::fields::body())
                        .map(|b| (b.start_byte(), b.end_byte()));
                }
                kind::TYPE_DECLARATION | kind::VAR_DECLARATION | kind::CONST_DECLARATION => {
                    spec_names(node, &mut names);
                }
                _ => continue,
            }
            let (start, end) = (node.start_byte(), past_line(src, node.end_byte()));
            let joined = self.units.last().is_some_and(|u| start < u.end);
            if !joined {
                self.units.push(Unit {
                    start,
                    end,
                    bodies_end: self.bodies.len() as u32,
                });
            }
            let i = self.units.len() - 1;
            self.bodies.extend(body);
            let unit = &mut self.units[i];
            unit.end = unit.end.max(end);
            unit.bodies_end = self.bodies.len() as u32;
            // `_` and `init` cannot be referred to.
            for n in names
                .into_iter()
                .filter(|n| !matches!(&src[n.byte_range()], b"_" | b"init"))
            {
                self.names.push((
                    name_hash(&src[n.byte_range()]),
                    n.start_byte() as u32,
                    i as u32,
                ));
            }
        }
    }

    /// Sorts the names once every part is added (before [`Decls::pass`]).
    pub(crate) fn finish(&mut self) {
        self.names.sort_unstable();
        self.names.shrink_to_fit();
        self.units.shrink_to_fit();
        self.bodies.shrink_to_fit();
    }

    /// The function bodies of unit `u`.
    fn bodies_of(&self, u: usize) -> &[(usize, usize)] {
        let from = u
            .checked_sub(1)
            .map_or(0, |p| self.units[p].bodies_end as usize);
        &self.bodies[from..self.units[u].bodies_end as usize]
    }

    /// The units declaring `name`.
    fn declaring<'d>(&'d self, src: &'d [u8], name: &'d [u8]) -> impl Iterator<Item = u32> + 'd {
        let key = name_hash(name);
        let from = self.names.partition_point(|&(h, _, _)| h < key);
        self.names[from..]
            .iter()
            .take_while(move |&&(h, _, _)| h == key)
            .filter(move |&&(_, at, _)| {
                let at = at as usize;
                src.get(at..at + name.len()) == Some(name)
                    && !src
                        .get(at + name.len())
                        .is_some_and(|&b| b == b'_' || b.is_ascii_alphanumeric() || b >= 0x80)
            })
            .map(|&(_, _, u)| u)
    }

    /// The parse of the pass over `region` and what its semantics must know: the units its
    /// text names (transitively) are read with their bodies emptied; the bodies at `left_out`
    /// (sorted; they cannot report) are emptied.
    pub(crate) fn pass<'a>(
        &self,
        src: &'a [u8],
        region: Range<usize>,
        left_out: &[(usize, usize)],
    ) -> Pass {
        let outside = |u: &Unit| u.start < region.start || u.start >= region.end;
        let mut included = vec![false; self.units.len()];
        let mut stack: Vec<u32> = Vec::new();
        let mut seen: FxHashSet<&[u8]> = FxHashSet::default();
        let mut scan = |text: &'a [u8], stack: &mut Vec<u32>, included: &mut [bool]| {
            for id in goroutinectx_scanner::lexical::identifiers(text) {
                if !seen.insert(id) {
                    continue;
                }
                for u in self.declaring(src, id) {
                    if !included[u as usize] && outside(&self.units[u as usize]) {
                        included[u as usize] = true;
                        stack.push(u);
                    }
                }
            }
        };
        scan(&src[region.clone()], &mut stack, &mut included);
        while let Some(u) = stack.pop() {
            let unit = &self.units[u as usize];
            let mut at = unit.start;
            for &(open, end) in self.bodies_of(u as usize) {
                scan(&src[at..open], &mut stack, &mut included);
                at = end;
            }
            scan(&src[at..unit.end], &mut stack, &mut included);
        }
        // The text parsed: header, the needed units, the region to its line's end.
        let mut ranges: Vec<(usize, usize)> = Vec::new();
        // Bodies' insides the tree leaves empty: skipped, or read as blanks.
        let mut holes: Vec<(usize, usize)> = Vec::new();
        if region.start > 0 {
            ranges.push((0, self.header_end.min(region.start)));
        }
        for (u, unit) in self.units.iter().enumerate().filter(|(u, _)| included[*u]) {
            ranges.push((unit.start, unit.end));
            holes.extend(
                self.bodies_of(u)
                    .iter()
                    .map(|&(open, end)| (open + 1, end - 1)),
            );
        }
        let region_end = if region.end == src.len() {
            region.end
        } else {
            past_line(src, region.end)
        };
        ranges.push((region.start, region_end));
        holes.extend(
            left_out
                .iter()
                .filter(|(open, _)| region.contains(open))
                .map(|&(open, end)| (open + 1, end - 1)),
        );
        ranges.sort_unstable();
        let mut merged: Vec<(usize, usize)> = Vec::new();
        for (s, e) in ranges {
            match merged.last_mut() {
                Some(last) if s <= last.1 => last.1 = last.1.max(e),
                _ => merged.push((s, e)),
            }
        }
        // Too many ranges: join across the smallest gaps, read as blanks.
        let mut joined_gaps: Vec<(usize, usize)> = Vec::new();
        if merged.len() > MAX_RANGES / 2 {
            let mut gaps: Vec<(usize, usize)> = merged
                .windows(2)
                .map(|w| (w[1].0 - w[0].1, w[0].1))
                .collect();
            gaps.sort_unstable();
            let joined: FxHashSet<usize> = gaps[..merged.len() - MAX_RANGES / 2]
                .iter()
                .map(|&(_, at)| at)
                .collect();
            let mut fewer: Vec<(usize, usize)> = Vec::new();
            for (s, e) in merged {
                match fewer.last_mut() {
                    Some(last) if joined.contains(&last.1) => {
                        joined_gaps.push((last.1, s));
                        last.1 = e;
                    }
                    _ => fewer.push((s, e)),
                }
            }
            merged = fewer;
        }
        // What the tree does not hold: outside the ranges, and the joined gaps.
        let mut absent: Vec<(usize, usize)> = joined_gaps.clone();
        let mut at = 0;
        for &(s, e) in &merged {
            if at < s {
                absent.push((at, s));
            }
            at = e;
        }
        if at < src.len() {
            absent.push((at, src.len()));
        }
        absent.sort_unstable();
        holes.extend(joined_gaps);
        let budget = MAX_RANGES.saturating_sub(merged.len());
        let (included, blanked) = cut_holes(merged, holes, budget);
        Pass {
            included,
            blanked,
            absent,
            region,
        }
    }
}

/// The parts the file's declarations are read in, as (ranges to parse, text to blank): cut
/// after a body whose `}` ends its line once a part holds [`PART_BODIES`] bodies or `chunk`
/// bytes of code, every body's inside skipped (so each is an empty block in the tree), so
/// that reading the declarations costs a parse of the text outside bodies only.
pub(crate) fn index_parts(src: &[u8], bodies: &[FuncBody], chunk: usize) -> Vec<(Spans, Spans)> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut code = 0;
    let mut holes = Vec::new();
    for b in bodies {
        code += b.open + 1 - holes.last().map_or(start, |&(_, e)| e);
        holes.push((b.open + 1, b.end - 1));
        if holes.len() >= PART_BODIES || code >= chunk {
            if let Some(nl) = line_end(src, b.end) {
                let end = nl + 1;
                out.push(cut_holes(
                    vec![(start, end)],
                    std::mem::take(&mut holes),
                    MAX_RANGES,
                ));
                start = end;
                code = 0;
            }
        }
    }
    if start < src.len() {
        out.push(cut_holes(vec![(start, src.len())], holes, MAX_RANGES));
    }
    out
}

/// The names a type, var or const declaration declares: each spec's `name` fields.
fn spec_names<'t>(decl: Node<'t>, out: &mut Vec<Node<'t>>) {
    let mut cursor = decl.walk();
    for child in decl.named_children(&mut cursor) {
        match child.kind_name() {
            kind::TYPE_SPEC | kind::TYPE_ALIAS | kind::VAR_SPEC | kind::CONST_SPEC => {
                let mut c = child.walk();
                out.extend(
                    child
                        .children_by_field_id(
                            goroutinectx_scanner::fields::nonzero(
                                goroutinectx_scanner::fields::name(),
                            ),
                            &mut c,
                        )
                        .filter(|n| n.kind_name() == kind::IDENTIFIER),
                );
            }
            kind::VAR_SPEC_LIST => spec_names(child, out),
            _ => {}
        }
    }
}

/// One pass of a chunked analysis.
pub(crate) struct Pass {
    /// The byte ranges parsed (sorted, disjoint, each ending a line).
    pub(crate) included: Vec<(usize, usize)>,
    /// Inside those, the text read as blanks (bodies' insides, joined gaps), sorted.
    pub(crate) blanked: Vec<(usize, usize)>,
    /// The text the tree does not hold at all, sorted.
    pub(crate) absent: Vec<(usize, usize)>,
    /// The offsets whose sites and declarations this pass checks.
    pub(crate) region: Range<usize>,
}

impl Pass {
    /// The pass's tree.
    pub(crate) fn parse(&self, file: &SourceFile) -> Tree {
        file.parse_ranges(&self.included, &self.blanked)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn body(src: &str, open: usize) -> FuncBody {
        let end = open + src[open..].find('}').unwrap() + 1;
        FuncBody {
            func: open,
            name: String::new(),
            method: false,
            open,
            end,
            has_go: true,
        }
    }

    fn bodies(src: &str) -> Vec<FuncBody> {
        src.match_indices('{')
            .map(|(at, _)| body(src, at))
            .collect()
    }

    #[test]
    fn regions_are_cut_after_a_body_that_ends_its_line() {
        let src = "package p\nfunc a() { x }\nfunc b() { y }; var z = 1\nfunc c() { w }\n";
        let b = bodies(src);
        let r = regions(src.as_bytes(), &b, &[], 0, 1).unwrap();
        // Not after `b`: `; var z` follows it on its line.
        let a_end = b[0].end;
        assert_eq!(r, [0..a_end, a_end..b[2].end, b[2].end..src.len()]);
        // Too small, or one region.
        assert!(regions(src.as_bytes(), &b, &[], src.len() + 1, 1).is_none());
        assert!(regions(src.as_bytes(), &b, &[], 0, 1000).is_none());
        // Left-out bodies are no code: fewer cuts.
        let left: Vec<_> = b.iter().map(|b| (b.open, b.end)).collect();
        assert_eq!(regions(src.as_bytes(), &b, &left, 0, 30).unwrap().len(), 2);
    }

    #[test]
    fn holes_are_skipped_within_the_budget_and_blanked_beyond() {
        let (ranges, blanked) = cut_holes(vec![(0, 100)], vec![(10, 20), (30, 60), (70, 75)], 1);
        assert_eq!(ranges, [(0, 30), (60, 100)]);
        assert_eq!(blanked, [(10, 20), (70, 75)]);
        let (ranges, blanked) = cut_holes(vec![(0, 10), (20, 40)], vec![(25, 30)], 5);
        assert_eq!(ranges, [(0, 10), (20, 25), (30, 40)]);
        assert!(blanked.is_empty());
    }

    #[test]
    fn index_parts_skip_every_body_inside() {
        let src = "package p\nfunc a() { x }\nfunc b() { y }\n";
        let parts = index_parts(src.as_bytes(), &bodies(src), 1);
        assert_eq!(parts.len(), 2);
        assert_eq!(parts[0].0, [(0, 20), (23, 25)]);
        assert_eq!(parts[1].0, [(25, 35), (38, src.len())]);
        assert!(parts.iter().all(|(_, blanked)| blanked.is_empty()));
    }
}
