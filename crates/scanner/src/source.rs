//! One Go source file: its bytes and its cheaply read header. Its tree-sitter tree is made on
//! request with the calling thread's own parser and owned by the caller: trees are large
//! (several times the source), so they live only while a unit is analysed or a dependency is
//! indexed, never for the whole run.
//!
//! Invariant: parsing never fails. A file with syntax errors still has a tree; the first
//! `ERROR` or `MISSING` node is reported once through [`SourceFile::syntax_error`].

use crate::fields::NodeKind;
use std::cell::RefCell;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::OnceLock;

use tree_sitter::{Node, Parser, Tree};

use crate::header::{scan_header, Header};

thread_local! {
    static PARSER: RefCell<Option<Parser>> = const { RefCell::new(None) };
}

/// The tree-sitter language used for every Go file: tree-sitter-go extended with generic
/// methods and `new(expr)` (crates/tree-sitter-go-next).
pub fn language() -> tree_sitter::Language {
    tree_sitter_go_next::LANGUAGE.into()
}

/// Parses run so far in this process (target files and dependencies), for statistics.
static PARSES: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

/// Bytes those parses read (for a parse of some ranges of a file, the ranges' bytes).
static PARSED_BYTES: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
/// Parses that left some function bodies out ([`SourceFile::parse_without`]).
static PARTIAL_PARSES: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
/// Bytes of files lexed whole for their top-level declarations ([`SourceFile::decl_names`]).
static DECL_LEXED_BYTES: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
/// The most bytes one parse read as code (blanked bodies not counted): what bounds the
/// largest tree, and so peak memory.
static MAX_PARSE_BYTES: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

/// How many parses this process has run.
pub fn parse_count() -> usize {
    PARSES.load(Ordering::Relaxed)
}

/// How many bytes this process's parses have read.
pub fn parsed_bytes() -> usize {
    PARSED_BYTES.load(Ordering::Relaxed)
}

/// How many bytes of files this process has lexed whole for their top-level declarations.
pub fn decl_lexed_bytes() -> usize {
    DECL_LEXED_BYTES.load(Ordering::Relaxed)
}

/// How many of this process's parses left function bodies out.
pub fn partial_parse_count() -> usize {
    PARTIAL_PARSES.load(Ordering::Relaxed)
}

/// The most bytes a single parse of this process read as code (bodies blanked by
/// [`SourceFile::parse_without`] not counted).
pub fn max_parse_bytes() -> usize {
    MAX_PARSE_BYTES.load(Ordering::Relaxed)
}

/// The parser's work budget: tree-sitter reports progress every 100 parser operations, and a
/// parse may take this many reports per KiB of input (plus [`PARSE_BUDGET_BASE`]) before it is
/// abandoned. Real Go code needs a small fraction of it (see the `parse_budget` test); only
/// inputs on which error recovery turns quadratic reach it.
pub const PARSE_BUDGET_PER_KIB: usize = 400;
/// The budget every file has regardless of size, in progress reports.
pub const PARSE_BUDGET_BASE: usize = 50_000;

/// The result of a bounded parse.
pub struct Parsed {
    pub tree: Tree,
    /// Progress reports (about one per 100 parser operations) the parse took.
    pub work: usize,
    /// The budget ran out: `tree` is the tree of an empty input.
    pub too_complex: bool,
}

/// Parses Go source with this thread's parser (one parser per rayon worker), within a work
/// budget proportional to the input's size, so that no input can make parsing quadratic.
pub fn parse_bounded(src: &[u8]) -> Parsed {
    parse_bounded_counted(src, src.len())
}

/// [`parse_bounded`], counting `code` of the input's bytes as read (the rest is blanks).
fn parse_bounded_counted(src: &[u8], code: usize) -> Parsed {
    let len = src.len();
    let mut read = |at: usize, _: tree_sitter::Point| -> &[u8] {
        if at < len {
            &src[at..]
        } else {
            &[]
        }
    };
    parse_bounded_with(len, code, &[], &mut read)
}

/// The bounded parse of an input of `len` bytes given by `read`, restricted to `ranges` when
/// there are any (tree-sitter's included ranges), counting `code` bytes as read.
fn parse_bounded_with<T: AsRef<[u8]>, F: FnMut(usize, tree_sitter::Point) -> T>(
    len: usize,
    code: usize,
    ranges: &[tree_sitter::Range],
    read: &mut F,
) -> Parsed {
    PARSES.fetch_add(1, Ordering::Relaxed);
    PARSED_BYTES.fetch_add(code, Ordering::Relaxed);
    MAX_PARSE_BYTES.fetch_max(code, Ordering::Relaxed);
    let budget = PARSE_BUDGET_BASE + len / 1024 * PARSE_BUDGET_PER_KIB;
    PARSER.with(|cell| {
        let mut slot = cell.borrow_mut();
        let parser = slot.get_or_insert_with(new_parser);
        let mut work = 0usize;
        let mut progress = |_: &tree_sitter::ParseState| {
            work += 1;
            work > budget
        };
        let options = tree_sitter::ParseOptions::new().progress_callback(&mut progress);
        // Ranges that tree-sitter refuses (never: the callers' are sorted and disjoint)
        // leave the whole input, which is only slower.
        let ranged = !ranges.is_empty() && parser.set_included_ranges(ranges).is_ok();
        let tree = parser.parse_with_options(read, None, Some(options));
        if ranged {
            // The parser is this thread's: the next parse reads whole inputs again.
            let _ = parser.set_included_ranges(&[]);
        }
        match tree {
            Some(tree) => Parsed {
                tree,
                work,
                too_complex: false,
            },
            None => {
                // Cancelled: the empty input's tree stands in, so that a tree always exists.
                parser.reset();
                Parsed {
                    tree: parser
                        .parse(b"", None)
                        .expect("parsing an empty input cannot fail"),
                    work,
                    too_complex: true,
                }
            }
        }
    })
}

fn new_parser() -> Parser {
    let mut p = Parser::new();
    p.set_language(&language())
        .expect("tree-sitter-go is compatible with the linked tree-sitter");
    p
}

/// [`parse_bounded`]'s tree.
pub fn parse(src: &[u8]) -> Tree {
    parse_bounded(src).tree
}

/// A 1-based line and 1-based byte column.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Position {
    pub line: u32,
    pub column: u32,
}

/// A syntax problem found in a file; reported once per file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    pub offset: usize,
    pub message: String,
}

/// The offsets where a file's lines start (the first line's, 0, included), exactly sized and
/// as `u32` when the file allows: they stay cached for the file's life, and a large file of
/// short lines had eight bytes per line, twice over by the vector's growth.
#[derive(Debug)]
enum LineStarts {
    Narrow(Vec<u32>),
    Wide(Vec<usize>),
}

impl LineStarts {
    /// The line starts of `src`.
    fn of(src: &[u8]) -> Self {
        let n = memchr::memchr_iter(b'\n', src).count() + 1;
        let starts = std::iter::once(0).chain(memchr::memchr_iter(b'\n', src).map(|i| i + 1));
        if u32::try_from(src.len()).is_ok() {
            let mut v = Vec::with_capacity(n);
            v.extend(starts.map(|s| s as u32));
            LineStarts::Narrow(v)
        } else {
            let mut v = Vec::with_capacity(n);
            v.extend(starts);
            LineStarts::Wide(v)
        }
    }

    /// The start of 0-based line `i`.
    fn get(&self, i: usize) -> Option<usize> {
        match self {
            LineStarts::Narrow(v) => v.get(i).map(|&s| s as usize),
            LineStarts::Wide(v) => v.get(i).copied(),
        }
    }

    /// The number of lines starting at or before `offset`.
    fn partition_point(&self, offset: usize) -> usize {
        match self {
            LineStarts::Narrow(v) => v.partition_point(|&s| s as usize <= offset),
            LineStarts::Wide(v) => v.partition_point(|&s| s <= offset),
        }
    }
}

/// A Go source file of a package.
#[derive(Debug)]
pub struct SourceFile {
    /// The path the file was read from.
    pub path: PathBuf,
    /// The file's base name.
    pub name: String,
    pub src: Vec<u8>,
    pub header: Header,
    /// `*_test.go`.
    pub is_test: bool,
    /// Generated per go/ast.IsGenerated: never reported on.
    pub generated: bool,
    parsed: AtomicBool,
    too_complex: AtomicBool,
    decl_names: OnceLock<crate::decls::DeclNames>,
    line_starts: OnceLock<LineStarts>,
    code_scan: OnceLock<crate::lexical::CodeScan>,
    func_bodies: OnceLock<Option<Vec<crate::decls::FuncBody>>>,
}

impl SourceFile {
    pub fn new(path: PathBuf, src: Vec<u8>) -> Self {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let header = scan_header(&src);
        let generated = crate::generated::is_generated(&src);
        SourceFile {
            is_test: name.ends_with("_test.go"),
            path,
            name,
            src,
            header,
            generated,
            parsed: AtomicBool::new(false),
            too_complex: AtomicBool::new(false),
            decl_names: OnceLock::new(),
            line_starts: OnceLock::new(),
            code_scan: OnceLock::new(),
            func_bodies: OnceLock::new(),
        }
    }

    /// The package name from the package clause, if it could be read.
    pub fn package_name(&self) -> Option<&str> {
        self.header.package.as_ref().map(|(n, _)| n.as_str())
    }

    /// The names this file declares at top level (a lexical scan, cached).
    pub fn decl_names(&self) -> &crate::decls::DeclNames {
        self.decl_names.get_or_init(|| {
            DECL_LEXED_BYTES.fetch_add(self.src.len(), Ordering::Relaxed);
            crate::decls::scan_decl_names(&self.src)
        })
    }

    /// One lexical pass over the file (comments and literals told apart from code), cached.
    pub fn code_scan(&self) -> &crate::lexical::CodeScan {
        self.code_scan
            .get_or_init(|| crate::lexical::scan_code(&self.src))
    }

    /// Whether the syntax recognizer vouches for the file without a parse: go/parser accepts
    /// it, so it has no syntax error to report (see [`crate::syntax`]). A file it cannot
    /// vouch for may still be valid: parse it and ask [`SourceFile::syntax_error`].
    pub fn has_valid_syntax(&self) -> bool {
        // A broken import block is reported lexically, with go/parser's words.
        self.header.import_error.is_none() && crate::syntax::recognize(&self.src).is_valid()
    }

    /// Whether an unterminated block comment or raw string swallows the rest of the file. The
    /// tree-sitter parse would read what follows as code; Go's scanner, and so this tool,
    /// reads it as the comment or literal it is, and analyses nothing in the file.
    pub fn is_unterminated(&self) -> bool {
        self.code_scan().unterminated.is_some()
    }

    /// Parses the file. The tree belongs to the caller.
    pub fn parse(&self) -> Tree {
        self.parsed.store(true, Ordering::Relaxed);
        if self.header.import_error.is_some() {
            // A broken import block is a syntax error Go reports, and the one place where
            // tree-sitter's error recovery is known to turn quadratic (`(ctx, ` repeated
            // inside it): the file is not parsed, as Go would not analyse it.
            return parse(b"");
        }
        let parsed = parse_bounded(&self.src);
        if parsed.too_complex {
            self.too_complex.store(true, Ordering::Relaxed);
        }
        parsed.tree
    }

    /// The top-level function and method bodies, found lexically (cached); `None` when the
    /// file does not read as Go lexically (see [`crate::decls::func_bodies`]).
    pub fn func_bodies(&self) -> Option<&[crate::decls::FuncBody]> {
        self.func_bodies
            .get_or_init(|| crate::decls::func_bodies(&self.src))
            .as_deref()
    }

    /// The composite literal bodies of the file's package-level `var` initialisers, found
    /// lexically (not cached: asked once, when the file's bodies are chosen); `None` when the
    /// brackets do not pair (see [`crate::decls::var_literal_bodies`]).
    pub fn var_literal_bodies(&self) -> Option<Vec<crate::decls::LiteralBody>> {
        crate::decls::var_literal_bodies(&self.src)
    }

    /// Parses the file with the function bodies at `excluded` (sorted and disjoint byte
    /// ranges from `{` to one past `}`: bodies that cannot matter to a question) emptied: the
    /// text between each body's braces is left out of the parse (tree-sitter's included
    /// ranges skip it without reading it), so each is an empty block in the tree, at its own
    /// offsets, while every offset and position in the file stays what it is. The lexer
    /// searches the range list on every token, so only the [`HOLES`] largest bodies are
    /// skipped; the others are read as blanks (newlines kept), which builds no nodes but
    /// still costs the lexer a step per byte (a skipped body costs nothing: buildah's run
    /// took 14% fewer instructions than with every body blanked, std's 11%).
    pub fn parse_without(&self, excluded: &[(usize, usize)]) -> Tree {
        if excluded.is_empty() || self.header.import_error.is_some() {
            return self.parse();
        }
        let holes = excluded
            .iter()
            .map(|&(open, end)| (open + 1, end.saturating_sub(1)))
            .collect();
        let (included, blanked) = cut_holes(vec![(0, self.src.len())], holes, HOLES);
        self.parse_ranges(&included, &blanked)
    }

    /// Parses only the byte ranges `included` of the file (sorted and disjoint; a range that
    /// ends a declaration ends with a line break or at the end of the file, so that the
    /// declaration is terminated, while one may also stop just after a body's `{` and the
    /// next resume at its `}`, which leaves an empty block), with the text at `blanked`
    /// (sorted and disjoint, inside `included`) read as blanks (newlines kept). Offsets and
    /// positions in the tree stay the file's. For the passes of a chunked analysis, which
    /// read a part of a large file, and for [`Self::parse_without`]: nothing outside
    /// `included` is read at all, and no copy of the file is made (the blanked text is made
    /// a block at a time). tree-sitter's lexer searches the range list from its
    /// start on every seek, so the callers keep `included` short.
    pub fn parse_ranges(&self, included: &[(usize, usize)], blanked: &[(usize, usize)]) -> Tree {
        self.parsed.store(true, Ordering::Relaxed);
        let point = |offset: usize| {
            let p = self.position(offset);
            tree_sitter::Point::new(p.line as usize - 1, p.column as usize - 1)
        };
        let ranges: Vec<tree_sitter::Range> = included
            .iter()
            .map(|&(start, end)| tree_sitter::Range {
                start_byte: start,
                end_byte: end,
                start_point: point(start),
                end_point: point(end),
            })
            .collect();
        let code: usize = included.iter().map(|(s, e)| e - s).sum::<usize>()
            - blanked.iter().map(|(s, e)| e - s).sum::<usize>();
        let src = &self.src[..];
        const BLOCK: usize = 64 * 1024;
        let mut read = |at: usize, _: tree_sitter::Point| -> std::borrow::Cow<'_, [u8]> {
            if at >= src.len() {
                return std::borrow::Cow::Borrowed(&[]);
            }
            // The first blanked range that ends after `at`.
            let i = blanked.partition_point(|&(_, end)| end <= at);
            match blanked.get(i) {
                // Plain text up to the next blanked range.
                Some(&(start, _)) if start > at => std::borrow::Cow::Borrowed(&src[at..start]),
                None => std::borrow::Cow::Borrowed(&src[at..]),
                // Inside a blanked range: blanks, a block at a time.
                Some(&(_, end)) => {
                    let stop = end.min(at + BLOCK);
                    std::borrow::Cow::Owned(
                        src[at..stop]
                            .iter()
                            .map(|&b| if b == b'\n' { b'\n' } else { b' ' })
                            .collect(),
                    )
                }
            }
        };
        let parsed = parse_bounded_with(src.len(), code, &ranges, &mut read);
        PARTIAL_PARSES.fetch_add(1, Ordering::Relaxed);
        if parsed.too_complex {
            self.too_complex.store(true, Ordering::Relaxed);
        }
        parsed.tree
    }

    /// Whether a parse of this file ran out of its work budget (see [`parse_bounded`]).
    pub fn is_too_complex(&self) -> bool {
        self.too_complex.load(Ordering::Relaxed)
    }

    /// Whether the file has been parsed at least once (for tests of laziness and statistics).
    pub fn is_parsed(&self) -> bool {
        self.parsed.load(Ordering::Relaxed)
    }

    /// The source text of a node (lossy for invalid UTF-8).
    pub fn text(&self, node: Node<'_>) -> &str {
        std::str::from_utf8(&self.src[node.byte_range()]).unwrap_or("")
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    fn line_starts(&self) -> &LineStarts {
        self.line_starts.get_or_init(|| LineStarts::of(&self.src))
    }

    /// Position of a byte offset: 1-based line, 1-based byte column.
    pub fn position(&self, offset: usize) -> Position {
        let starts = self.line_starts();
        let line = starts.partition_point(offset).max(1);
        let col = offset.saturating_sub(starts.get(line - 1).unwrap_or(0)) + 1;
        Position {
            line: line as u32,
            column: col as u32,
        }
    }

    /// The text of 1-based line `line`, without its newline.
    pub fn line_text(&self, line: u32) -> Option<&[u8]> {
        let starts = self.line_starts();
        let i = (line as usize).checked_sub(1)?;
        let start = starts.get(i)?;
        let end = starts.get(i + 1).map_or(self.src.len(), |e| e - 1);
        let text = self.src.get(start..end)?;
        Some(text.strip_suffix(b"\r").unwrap_or(text))
    }

    /// The first encoding or syntax problem of the file, if any: invalid UTF-8 first, then the
    /// first `ERROR` or `MISSING` node in document order.
    pub fn syntax_error(&self, tree: &Tree) -> Option<SyntaxError> {
        if let Some(e) = self.lexical_error() {
            return Some(e);
        }
        if self.is_too_complex() {
            return Some(SyntaxError {
                offset: 0,
                message:
                    "file too complex to parse: the parser's work exceeded its bound for this size"
                        .to_string(),
            });
        }
        let node = first_error_node(tree.root_node())?;
        // Error recovery sometimes gives up on the whole file (many unclosed blocks): the
        // error then starts at the package clause. Where the brackets go wrong is a better
        // place, and the one Go's parser points near.
        if node.is_error() && node.start_byte() <= self.header.package.as_ref().map_or(0, |p| p.1) {
            if let Some(e) = self.bracket_error() {
                return Some(e);
            }
        }
        let message = if node.is_missing() {
            format!("syntax error: missing {}", describe_kind(node.kind_name()))
        } else {
            format!("syntax error: unexpected {}", self.describe_error(node))
        };
        Some(SyntaxError {
            offset: node.start_byte(),
            message,
        })
    }

    /// A problem found without parsing, with Go's wording: an encoding problem, an
    /// unterminated block comment or raw string, or a missing package clause.
    pub fn lexical_error(&self) -> Option<SyntaxError> {
        if let Some(e) = self.encoding_error() {
            return Some(e);
        }
        // Only a block comment or a raw string can be left open: a file with neither needs
        // no scan for it.
        let may_be_open = memchr::memchr(b'`', &self.src).is_some()
            || memchr::memmem::find(&self.src, b"/*").is_some();
        if let Some((offset, what)) = may_be_open.then(|| self.code_scan().unterminated).flatten() {
            return Some(SyntaxError {
                offset,
                message: what.message().to_string(),
            });
        }
        if let Some(at) = self.header.import_error {
            // go/parser's words for what stands where an import spec should.
            let (offset, _) = crate::lexical::first_token(&self.src[at..]);
            let message = match self.src.get(at + offset) {
                None => "expected ')', found 'EOF'",
                Some(b'0'..=b'9' | b'\'') => "import path must be a string",
                _ => "missing import path",
            };
            return Some(SyntaxError {
                offset: at + offset,
                message: message.to_string(),
            });
        }
        if self.header.package.is_none() {
            let (offset, found) = crate::lexical::first_token(&self.src);
            if found != "'package'" {
                return Some(SyntaxError {
                    offset,
                    message: format!("expected 'package', found {found}"),
                });
            }
        }
        None
    }

    /// The syntax error at the first place the brackets do not pair up, if they do not.
    fn bracket_error(&self) -> Option<SyntaxError> {
        use crate::lexical::BracketBreak;
        let (offset, message) = match self.code_scan().bracket_break? {
            BracketBreak::Unexpected(at) => (
                at,
                format!(
                    "syntax error: unexpected {}",
                    crate::quote::go_quote(&String::from_utf8_lossy(&self.src[at..=at]))
                ),
            ),
            BracketBreak::DeclInBlock(at) => {
                let word: String = self.src[at..]
                    .iter()
                    .take_while(|b| b.is_ascii_alphabetic())
                    .map(|&b| char::from(b))
                    .collect();
                (
                    at,
                    format!("syntax error: unexpected {word}, expected closing bracket"),
                )
            }
            BracketBreak::Eof => (
                self.src.len(),
                "syntax error: unexpected EOF, expected closing bracket".to_string(),
            ),
        };
        Some(SyntaxError { offset, message })
    }

    /// An encoding problem (invalid UTF-8, a NUL byte), found without parsing.
    pub fn encoding_error(&self) -> Option<SyntaxError> {
        if let Err(e) = std::str::from_utf8(&self.src) {
            return Some(SyntaxError {
                offset: e.valid_up_to(),
                message: "illegal UTF-8 encoding".to_string(),
            });
        }
        if let Some(nul) = memchr::memchr(0, &self.src) {
            return Some(SyntaxError {
                offset: nul,
                message: "illegal character NUL".to_string(),
            });
        }
        None
    }

    fn describe_error(&self, node: Node<'_>) -> String {
        // The first leaf inside the ERROR node, comments aside, is what the parser could not
        // place.
        let mut leaf = node;
        while let Some(child) = first_non_comment_child(leaf) {
            leaf = child;
        }
        let text = self.text(leaf);
        let text = text.lines().next().unwrap_or("").trim();
        if text.is_empty() {
            return describe_kind(leaf.kind_name());
        }
        let mut shown: String = text.chars().take(40).collect();
        if shown.len() < text.len() {
            shown.push('…');
        }
        crate::quote::go_quote(&shown)
    }
}

fn first_non_comment_child(node: Node<'_>) -> Option<Node<'_>> {
    let mut cursor = node.walk();
    let found = node
        .children(&mut cursor)
        .find(|c| c.kind_name() != crate::kind::COMMENT);
    found
}

fn describe_kind(kind: &str) -> String {
    if kind.chars().all(|c| c.is_ascii_punctuation()) {
        format!("{kind:?}")
    } else {
        kind.replace('_', " ")
    }
}

/// The first `ERROR` or `MISSING` node in document order, found with an explicit cursor walk
/// that skips subtrees without errors (no recursion, so nesting depth is irrelevant).
pub fn first_error_node(root: Node<'_>) -> Option<Node<'_>> {
    if !root.has_error() {
        return None;
    }
    let mut cursor = root.walk();
    loop {
        let node = cursor.node();
        if node.is_error() || node.is_missing() {
            return Some(node);
        }
        if node.has_error() && cursor.goto_first_child() {
            continue;
        }
        loop {
            if cursor.goto_next_sibling() {
                break;
            }
            if !cursor.goto_parent() {
                return None;
            }
        }
    }
}

/// Sorted, disjoint byte ranges of a file.
pub type Spans = Vec<(usize, usize)>;

/// How many bodies [`SourceFile::parse_without`] skips at most (the largest); tree-sitter's
/// lexer searches its list of included ranges on every token. Measured on std (instructions,
/// one thread): 16 holes 3.90 G, 64 3.77 G, 256 3.75 G, unbounded 3.75 G.
const HOLES: usize = 256;

/// `ranges` (sorted, disjoint) without `holes` (sorted, disjoint, each inside a range): the
/// `budget` largest holes are skipped (the ranges split around them), the others are read as
/// blanks. Returns the ranges to parse and the text to blank.
pub fn cut_holes(
    ranges: Vec<(usize, usize)>,
    mut holes: Vec<(usize, usize)>,
    budget: usize,
) -> (Spans, Spans) {
    holes.retain(|(s, e)| s < e);
    holes.sort_unstable();
    // Whether each hole (by its start) is skipped: all of them, or the `budget` largest.
    let mut skipped = vec![holes.len() <= budget; holes.len()];
    if holes.len() > budget {
        let mut by_size: Vec<(usize, usize)> = holes
            .iter()
            .enumerate()
            .map(|(i, &(s, e))| (e - s, i))
            .collect();
        by_size.sort_unstable_by(|a, b| b.cmp(a));
        for &(_, i) in &by_size[..budget] {
            skipped[i] = true;
        }
    }
    let mut out = Vec::with_capacity(ranges.len() + budget);
    let mut blanked = Vec::new();
    let mut h = holes.into_iter().zip(skipped).peekable();
    for (start, end) in ranges {
        let mut at = start;
        while let Some(&((hs, he), skip)) = h.peek() {
            if hs >= end {
                break;
            }
            h.next();
            if skip {
                if at < hs {
                    out.push((at, hs));
                }
                at = he;
            } else {
                blanked.push((hs, he));
            }
        }
        if at < end {
            out.push((at, end));
        }
    }
    (out, blanked)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(src: &str) -> SourceFile {
        SourceFile::new(PathBuf::from("/x/a.go"), src.as_bytes().to_vec())
    }

    fn error_of(f: &SourceFile) -> Option<SyntaxError> {
        f.syntax_error(&f.parse())
    }

    #[test]
    fn positions_are_one_based_bytes() {
        let f = file("package a\n\tgo x\n");
        assert_eq!(f.position(0), Position { line: 1, column: 1 });
        assert_eq!(f.position(11), Position { line: 2, column: 2 });
        assert_eq!(f.line_text(2), Some(&b"\tgo x"[..]));
        assert_eq!(f.line_text(9), None);
    }

    #[test]
    fn syntax_errors_are_found() {
        assert_eq!(error_of(&file("package a\nfunc f() {}\n")), None);
        let e = error_of(&file("package a\nfunc f() { x := }\n")).unwrap();
        assert!(e.message.starts_with("syntax error:"), "{}", e.message);
        assert_eq!(f_line(&file("package a\nfunc f() { x := }\n"), e.offset), 2);
        let bad = SourceFile::new(PathBuf::from("b.go"), b"package a\n// \xff\n".to_vec());
        assert_eq!(error_of(&bad).unwrap().message, "illegal UTF-8 encoding");
    }

    #[test]
    fn lexical_errors_read_like_go() {
        let msg = |src: &str| error_of(&file(src)).map(|e| (e.offset, e.message));
        assert_eq!(
            msg("package a\n/* go f()\n"),
            Some((10, "comment not terminated".to_string()))
        );
        assert_eq!(
            msg("package a\nvar s = `x\n"),
            Some((18, "raw string literal not terminated".to_string()))
        );
        assert_eq!(
            msg("func f() {}\n"),
            Some((0, "expected 'package', found 'func'".to_string()))
        );
        assert_eq!(
            msg(""),
            Some((0, "expected 'package', found 'EOF'".to_string()))
        );
        // Go's quoting, not Rust's.
        let e = error_of(&file("package a\nvar x = \u{feff}\n")).unwrap();
        assert!(!e.message.contains("\\u{"), "{}", e.message);
    }

    #[test]
    fn many_unclosed_blocks_are_blamed_where_they_break() {
        let mut src = String::from("package a\n\nfunc f() {\n");
        src.push_str(&"if true {\n".repeat(12));
        src.push_str("}\n\nfunc g() {}\n");
        let f = file(&src);
        let e = error_of(&f).unwrap();
        assert!(f.position(e.offset).line > 10, "{e:?}");
    }

    fn f_line(f: &SourceFile, off: usize) -> u32 {
        f.position(off).line
    }

    #[test]
    fn deep_nesting_does_not_overflow() {
        let mut s = String::from("package a\nvar x = ");
        s.push_str(&"(".repeat(100_000));
        s.push('1');
        s.push_str(&")".repeat(100_000));
        s.push('\n');
        let f = file(&s);
        let _ = error_of(&f);
    }
}
