//! Which functions and methods of a package may be factories of spawning closures, lexically:
//! spawnerlabel's higher-order rule (SPEC §3.7 rule 3) follows a call of a function of this
//! package that returns a capturing literal whose body makes a spawn call, and this narrowing
//! says, before anything is parsed, which functions can do so at all.
//!
//! A superset, computed once per package from the source text: declarations are told apart
//! where a line starts with `func` (gofmt's layout; code between declarations goes with the
//! one before, which only adds candidates). The closure: every declaration with a call of one
//! of the spawn names (the spawning APIs' and external spawners') that may be a spawn call
//! ([`crate::spawn_sites`]), and, transitively, every
//! declaration that calls (by name: `f(` or `x.f(`) one of these. Of the closure, only the
//! declarations that can return a function literal are candidates: their text has the keyword
//! `func` after their own (a literal, or a function type in the signature) and the keyword
//! `return`, or may have been cut short (a backquote or block comment in it may hide a line
//! starting with `func `; so may a literal written at the start of a line). Comments and
//! strings count, which only adds candidates. And their signature must allow a function
//! result ([`signature_may_return_func`]): a declaration with no results, or whose every result
//! is a pointer, slice, array, map, channel, struct or predeclared non-interface type, returns
//! no function in a program that type-checks (most test helpers and `TestXxx` functions).
//!
//! Functions and methods are kept apart: a call `x.m()` follows only a method, `f()` only a
//! function.
//!
//! A declaration that has no literal returns none, so following a call of it
//! (`Search::returned_spawn`, which looks only at returned literals and at local variables
//! a literal is assigned to) finds nothing and is never uncertain: leaving it out changes no
//! search's answer.

use goroutinectx_scanner::idx::IndexVec;
use goroutinectx_scanner::index::FileNo;
use goroutinectx_scanner::lexical::{
    call_sites, has_identifier, identifier_offsets, identifiers, is_called,
};
use goroutinectx_scanner::SourceFile;

use crate::spawn_sites::{FileSites, SpawnNames, Spawning};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::Arc;

/// The functions and the methods of a package that may be factories of spawning closures
/// (see the module documentation), by name.
#[derive(Debug, Default)]
pub struct SpawnCapable {
    funcs: HashSet<String>,
    methods: HashSet<String>,
}

impl SpawnCapable {
    /// Whether package-level function `name` may be a factory.
    pub fn func(&self, name: &str) -> bool {
        self.funcs.contains(name)
    }

    /// Whether a method `name` (of any type of the package) may be a factory.
    pub fn method(&self, name: &str) -> bool {
        self.methods.contains(name)
    }

    /// Whether the package has no candidate.
    pub fn is_empty(&self) -> bool {
        self.funcs.is_empty() && self.methods.is_empty()
    }

    /// The candidate functions' names.
    pub fn funcs(&self) -> impl Iterator<Item = &str> {
        self.funcs.iter().map(String::as_str)
    }

    /// The candidate methods' names.
    pub fn methods(&self) -> impl Iterator<Item = &str> {
        self.methods.iter().map(String::as_str)
    }

    /// Every candidate's name, functions' and methods'.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.funcs.iter().chain(&self.methods).map(String::as_str)
    }

    /// Computes the candidates of a package's files for spawn names `names`; `sites` are
    /// each file's call sites of them ([`crate::spawn_sites::file_sites`]). Linear in the
    /// package's size.
    /// `declared` tells whether the package declares a name at package level (a declared
    /// `int` or `error` is no longer the predeclared type).
    pub(crate) fn of_files<'f>(
        files: &'f IndexVec<FileNo, Arc<SourceFile>>,
        names: &SpawnNames,
        sites: &dyn Fn(FileNo) -> &'f FileSites,
        declared: &dyn Fn(&str) -> bool,
    ) -> Self {
        let mut out = SpawnCapable::default();
        // Most packages call no spawning name at all.
        let has_sites = |i: FileNo| !matches!(sites(i), FileSites::None | FileSites::Mentioned);
        if !files.indices().any(has_sites) {
            return out;
        }
        let mut decls: Vec<Segment<'_>> = Vec::new();
        // Each file's declarations: the range of `decls` they take.
        let mut file_decls: Vec<(&[u8], std::ops::Range<usize>)> = Vec::new();
        let mut closure: HashSet<&str> = HashSet::default();
        let mut queue: Vec<usize> = Vec::new();
        for (file_no, f) in files.iter_enumerated() {
            let first = decls.len();
            decls.extend(func_segments(&f.src));
            file_decls.push((&f.src[..], first..decls.len()));
            // The calls that may be spawn calls (a bare call of a function of this package
            // is one only through the higher-order rule: the closure below).
            let sites: Vec<usize> = match sites(file_no) {
                FileSites::None | FileSites::Mentioned => continue,
                FileSites::Sites(sites) => sites
                    .iter()
                    .filter(|(_, s)| *s == Spawning::Maybe)
                    .map(|(at, _)| *at)
                    .collect(),
                FileSites::Unknown => names
                    .names
                    .iter()
                    .flat_map(|n| call_sites(&f.src, n))
                    .collect(),
            };
            let base = f.src.as_ptr() as usize;
            for (i, d) in decls.iter().enumerate().skip(first) {
                let start = d.src.as_ptr() as usize - base;
                let direct = sites
                    .iter()
                    .any(|&at| at >= start && at < start + d.src.len());
                if direct && closure.insert(d.name) {
                    queue.push(i);
                }
            }
        }
        if queue.is_empty() {
            return out;
        }
        // Callers of members, transitively (only declared names can be members): a search
        // of the package's text for the calls of each member's name, up to
        // `MAX_FOLLOWED_BY_SEARCH` names (most closures are a few test functions nobody
        // calls), then one pass over every declaration's identifiers.
        let mut followed = 0;
        while let Some(i) = queue.pop() {
            if followed == MAX_FOLLOWED_BY_SEARCH {
                queue.push(i);
                callers_by_identifiers(&decls, &mut closure, queue);
                break;
            }
            followed += 1;
            let name = decls[i].name;
            for (src, range) in &file_decls {
                let base = src.as_ptr() as usize;
                let in_file = &decls[range.clone()];
                for at in identifier_offsets(src, name.as_bytes()) {
                    if !is_called(src, at + name.len()) {
                        continue;
                    }
                    let k = in_file.partition_point(|d| d.src.as_ptr() as usize - base <= at);
                    let Some(caller) = k.checked_sub(1).map(|k| range.start + k) else {
                        continue;
                    };
                    let d = &decls[caller];
                    let start = d.src.as_ptr() as usize - base;
                    if at < start + d.src.len() && closure.insert(d.name) {
                        queue.push(caller);
                    }
                }
            }
        }
        for d in &decls {
            if closure.contains(d.name) && d.may_return_literal(declared) {
                let set = if d.method {
                    &mut out.methods
                } else {
                    &mut out.funcs
                };
                set.insert(d.name.to_string());
            }
        }
        out
    }
}

/// How many members [`SpawnCapable::of_files`] follows to their callers by searching the
/// package's text for each name.
const MAX_FOLLOWED_BY_SEARCH: usize = 32;

/// The rest of the callers' closure from the members still to follow (`queue`), from one
/// pass over every declaration's identifiers: linear in the package's size.
fn callers_by_identifiers<'s>(
    decls: &[Segment<'s>],
    closure: &mut HashSet<&'s str>,
    mut queue: Vec<usize>,
) {
    let declared: HashSet<&[u8]> = decls.iter().map(|d| d.name.as_bytes()).collect();
    let mut callers: HashMap<&[u8], Vec<usize>> = HashMap::default();
    for (i, d) in decls.iter().enumerate() {
        let called = identifiers(d.src).filter(|n| {
            declared.contains(n) && {
                let end = n.as_ptr() as usize - d.src.as_ptr() as usize + n.len();
                is_called(d.src, end)
            }
        });
        for name in called {
            callers.entry(name).or_default().push(i);
        }
    }
    while let Some(i) = queue.pop() {
        for &caller in callers.get(decls[i].name.as_bytes()).into_iter().flatten() {
            if closure.insert(decls[caller].name) {
                queue.push(caller);
            }
        }
    }
}

/// Whether `src` declares a function (not a method) `name` that may return a literal and,
/// after its name, has an identifier `mentioned` accepts (with whether it is called): the
/// declaration of this file a call `name(…)` may follow by the higher-order rule, when it is
/// no candidate of the package.
pub(crate) fn declares_factory(
    src: &[u8],
    name: &str,
    mentioned: &dyn Fn(&[u8], bool) -> bool,
    declared: &dyn Fn(&str) -> bool,
) -> bool {
    func_segments(src).iter().any(|d| {
        !d.method && d.name == name && d.may_return_literal(declared) && {
            let after = d.name.as_ptr() as usize - d.src.as_ptr() as usize + d.name.len();
            identifiers(&d.src[after..]).any(|id| {
                let end = id.as_ptr() as usize - d.src.as_ptr() as usize + id.len();
                mentioned(id, is_called(d.src, end))
            })
        }
    })
}

/// A top-level function or method declaration, lexically.
#[derive(Debug)]
struct Segment<'s> {
    name: &'s str,
    method: bool,
    /// From its `func` keyword to the next line starting with `func `.
    src: &'s [u8],
    /// From just after its name to the end of `src`.
    sig: &'s [u8],
    /// A receiver with type parameters (which may name one like a predeclared type).
    generic_receiver: bool,
    /// Its text was cut short by a line starting with `func ` that declares nothing (a
    /// literal written there).
    cut_short: bool,
}

impl Segment<'_> {
    /// Whether it may return a function literal (see the module documentation): its
    /// signature allows a function result ([`signature_may_return_func`]), and its text has
    /// the keyword `func` after its own and `return`, or may have been cut short. Asked only
    /// of the declarations that matter (reading a signature may ask `declared`, which lexes
    /// the package's files).
    fn may_return_literal(&self, declared: &dyn Fn(&str) -> bool) -> bool {
        let text = self.src;
        (self.cut_short
            || (has_identifier(&text[4..], "func") && has_identifier(text, "return"))
            || memchr::memchr(b'`', text).is_some()
            || memchr::memmem::find(text, b"/*").is_some())
            && signature_may_return_func(self.sig, self.generic_receiver, declared)
    }
}

/// Whether a declaration's signature, `sig` (from just after its name to the end of its
/// lexical segment), allows a result that holds a function: false only when it certainly
/// does not, read without parsing. No results, or results that are each a pointer, slice,
/// array, map, channel or struct type, or a predeclared type no function literal can be
/// assigned to (`int`, `string`, `error`, … not `any`) and that neither the package (`declared`), the function's
/// type parameters nor a generic receiver's (`generic_receiver`) redeclares. Anything it
/// cannot read (a comment or string in the signature, an unbalanced bracket) allows one.
fn signature_may_return_func(
    sig: &[u8],
    generic_receiver: bool,
    declared: &dyn Fn(&str) -> bool,
) -> bool {
    let blank = |b: u8| matches!(b, b' ' | b'\t');
    let mut i = 0;
    while i < sig.len() && blank(sig[i]) {
        i += 1;
    }
    let generic = generic_receiver || sig.get(i) == Some(&b'[');
    // The type parameters, then the parameters; then the results.
    if generic {
        let Some(close) = balanced(sig, i) else {
            return true;
        };
        i = close;
    }
    while i < sig.len() && blank(sig[i]) {
        i += 1;
    }
    if sig.get(i) != Some(&b'(') {
        return true;
    }
    let Some(close) = balanced(sig, i) else {
        return true;
    };
    i = close;
    while i < sig.len() && blank(sig[i]) {
        i += 1;
    }
    // A type certainly not holding a function, from its text (a result's, name stripped).
    let not_func = |ty: &[u8]| {
        let ty = ty.trim_ascii();
        let (word, rest) = first_word(ty);
        match word {
            b"" => matches!(ty.first(), Some(b'*' | b'[')) || ty.starts_with(b"<-"),
            b"map" | b"chan" | b"struct" => true,
            _ => {
                let word = std::str::from_utf8(word).unwrap_or("");
                rest.trim_ascii().is_empty()
                    && !generic
                    && crate::universe::holds_no_function(word)
                    && !declared(word)
            }
        }
    };
    match sig.get(i) {
        // No results.
        Some(b'{') => false,
        Some(b'(') => {
            let Some(close) = balanced(sig, i) else {
                return true;
            };
            let list: Vec<&[u8]> = split_top_level(&sig[i + 1..close - 1]).collect();
            // Results are all named or all not; in `(x, y int)` the lone `x` is a name whose
            // type is a later result's.
            let named = list.iter().any(|r| named_type(r).is_some());
            !list.iter().all(|r| match named_type(r) {
                Some(ty) => not_func(ty),
                None => named || not_func(r),
            })
        }
        Some(_) => {
            // One unnamed result, up to the body (a struct type's braces end it early, which
            // its first word still tells).
            let end = sig[i..]
                .iter()
                .position(|&b| matches!(b, b'{' | b'\n'))
                .map_or(sig.len(), |p| i + p);
            !not_func(&sig[i..end])
        }
        None => true,
    }
}

/// The leading ASCII word of `text` (letters, digits, `_`; empty when none) and the rest.
fn first_word(text: &[u8]) -> (&[u8], &[u8]) {
    let end = text
        .iter()
        .position(|&b| !(b.is_ascii_alphanumeric() || b == b'_'))
        .unwrap_or(text.len());
    text.split_at(end)
}

/// A result `name T`: its type `T`, else `None` (the result is a type, or a name whose type
/// comes later: `x` in `(x, y int)`).
fn named_type(r: &[u8]) -> Option<&[u8]> {
    let (word, rest) = first_word(r.trim_ascii());
    let named = !word.is_empty()
        && !matches!(word, b"map" | b"chan" | b"struct" | b"func" | b"interface")
        && rest.first().is_some_and(|&b| matches!(b, b' ' | b'\t'))
        && !rest.trim_ascii().is_empty()
        && !rest.trim_ascii().starts_with(b".");
    named.then_some(rest)
}

/// The end (one past the closing bracket) of the bracketed text opening at `sig[open]`,
/// counting `(`, `[` and `{` alike; `None` at the end of `sig` or at a quote or comment (whose
/// text may hold brackets).
fn balanced(sig: &[u8], open: usize) -> Option<usize> {
    let mut depth = 0usize;
    for (k, &b) in sig.iter().enumerate().skip(open) {
        match b {
            b'(' | b'[' | b'{' => depth += 1,
            b')' | b']' | b'}' => {
                depth = depth.checked_sub(1)?;
                if depth == 0 {
                    return Some(k + 1);
                }
            }
            b'"' | b'\'' | b'`' | b'/' => return None,
            _ => {}
        }
    }
    None
}

/// The comma-separated parts of a bracketed list's inside, split at its top level.
fn split_top_level(list: &[u8]) -> impl Iterator<Item = &[u8]> {
    let mut depth = 0usize;
    let mut start = 0;
    let mut parts = Vec::new();
    for (k, &b) in list.iter().enumerate() {
        match b {
            b'(' | b'[' | b'{' => depth += 1,
            b')' | b']' | b'}' => depth = depth.saturating_sub(1),
            b',' if depth == 0 => {
                parts.push(&list[start..k]);
                start = k + 1;
            }
            _ => {}
        }
    }
    parts.push(&list[start..]);
    parts.into_iter().filter(|p| !p.trim_ascii().is_empty())
}

/// The top-level function and method declarations of a Go source, lexically: each line that
/// starts with `func ` opens one, which runs to the next such line. The name is the
/// identifier after `func` (after the receiver's parentheses for a method). A line starting
/// with `func ` but naming nothing (a literal written there) is not a declaration; its text
/// is lost to the declaration before, which is then taken to have a literal.
fn func_segments(src: &[u8]) -> Vec<Segment<'_>> {
    let mut starts: Vec<usize> = Vec::new();
    if src.starts_with(b"func ") {
        starts.push(0);
    }
    starts.extend(memchr::memmem::find_iter(src, b"\nfunc ").map(|at| at + 1));
    let mut out: Vec<Segment<'_>> = Vec::with_capacity(starts.len());
    for (k, &at) in starts.iter().enumerate() {
        let end = starts.get(k + 1).copied().unwrap_or(src.len());
        let mut i = at + 5;
        let skip_blanks = |i: &mut usize| {
            while *i < end && matches!(src[*i], b' ' | b'\t') {
                *i += 1;
            }
        };
        skip_blanks(&mut i);
        let method = i < end && src[i] == b'(';
        if method {
            let mut depth = 0usize;
            while i < end {
                match src[i] {
                    b'(' => depth += 1,
                    b')' => {
                        depth -= 1;
                        if depth == 0 {
                            i += 1;
                            break;
                        }
                    }
                    _ => {}
                }
                i += 1;
            }
            skip_blanks(&mut i);
        }
        let name_start = i;
        while i < end && (src[i].is_ascii_alphanumeric() || src[i] == b'_' || src[i] >= 0x80) {
            i += 1;
        }
        let name = std::str::from_utf8(&src[name_start..i]).unwrap_or("");
        if name.is_empty() {
            if let Some(last) = out.last_mut() {
                last.cut_short = true;
            }
            continue;
        }
        out.push(Segment {
            name,
            method,
            src: &src[at..end],
            sig: &src[i..end],
            generic_receiver: method && memchr::memchr(b'[', &src[at..name_start]).is_some(),
            cut_short: false,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn func_segments_split_at_func_lines() {
        let src = b"package p\n\nfunc a() { go x() }\n\nvar v = 1\n\nfunc (r *T) m(f func()) {}\nfunc  b() {}\n// func c() {}\n";
        let segs = func_segments(src);
        let got: Vec<(&str, bool)> = segs.iter().map(|s| (s.name, s.method)).collect();
        assert_eq!(got, [("a", false), ("m", true), ("b", false)]);
        assert!(std::str::from_utf8(segs[0].src)
            .unwrap()
            .contains("var v = 1"));
    }

    #[test]
    fn only_declarations_with_a_literal_and_a_return_may_return_one() {
        let src = b"package p\n\nfunc a() func() { return func() {} }\nfunc b() int { return 1 }\nfunc c() any { go func() {}() }\nfunc d() any {\nfunc (x int) {}(1)\n}\nfunc e() any {\n\ts := `\nfunc x() F {}`\n}\nfunc f() { return func() {} }\n";
        let got: Vec<(&str, bool)> = func_segments(src)
            .iter()
            .map(|s| (s.name, s.may_return_literal(&|_| false)))
            .collect();
        // `d`'s text is cut where a literal starts a line, `e`'s where a raw string holds a
        // line starting with `func `: both are taken to have a literal. `f` has no result.
        assert_eq!(
            got,
            [
                ("a", true),
                ("b", false),
                ("c", false),
                ("d", true),
                ("e", true),
                ("x", true),
                ("f", false)
            ]
        );
    }

    #[test]
    fn signatures_that_allow_no_function_result() {
        let declared = |n: &str| n == "rune";
        let may = |sig: &str, generic_receiver: bool| {
            signature_may_return_func(sig.as_bytes(), generic_receiver, &declared)
        };
        for sig in [
            "() {",
            "(t *testing.T) {",
            "(f func() int) *T {",
            "() []func() {",
            "() (int, error) {",
            "() (n int, err error) {",
            "() map[string]func() {",
            "() chan func() {",
            "() <-chan int {",
            "() struct{ f func() } {",
            "(a, b int) (x, y *T) {",
            "() (x, y int) {",
            "[T any](v T) []T {",
            "() [2]func() {",
        ] {
            assert!(!may(sig, false), "{sig}");
        }
        for sig in [
            "() func() {",
            "() any {",
            "() interface{ M() } {",
            "() T {",
            "() pkg.Handler {",
            "() (int, func()) {",
            "() (n int, f Handler) {",
            "() (x, y F) {",
            // A type parameter or a package-level declaration may shadow a predeclared name.
            "[int any]() int {",
            "() rune {",
            "() (func()) {",
            // What cannot be read lexically.
            "(s string /* ) */) int {",
            "(a [2]int",
            "()\n",
        ] {
            assert!(may(sig, false), "{sig}");
        }
        assert!(may("() int {", true));
    }

    fn capable(files: &[&str]) -> SpawnCapable {
        let dir = std::env::temp_dir();
        let files: IndexVec<FileNo, Arc<SourceFile>> = files
            .iter()
            .enumerate()
            .map(|(i, src)| {
                Arc::new(SourceFile::new(
                    dir.join(format!("f{i}.go")),
                    src.as_bytes().to_vec(),
                ))
            })
            .collect();
        let names = SpawnNames {
            names: vec!["Go".to_string()],
            api_packages: vec!["sync".to_string()],
            function_only: Vec::new(),
            external: false,
            package_functions: Vec::new(),
        };
        let sites: IndexVec<FileNo, FileSites> = files
            .iter()
            .map(|f| crate::spawn_sites::file_sites(f, &names, "p", &|_| false))
            .collect();
        SpawnCapable::of_files(&files, &names, &|i| &sites[i], &|_| false)
    }

    #[test]
    fn members_of_the_closure_that_may_return_literals() {
        let c = capable(&[
            "package p\n\nfunc direct(g G) func() { return func() { g.Go(f) } }\n\
             func noLiteral(g G) { g.Go(f) }\n\
             func viaNoLiteral() func() { return func() { noLiteral(g) } }\n\
             func outer() func() { return func() { direct(g)() } }\n\
             func unrelated() func() { return func() {} }\n",
            "package p\n\nfunc (t *T) later() func() { return func() { outer() } }\n\
             func (t *T) plain() { t.later() }\n",
        ]);
        for f in ["direct", "viaNoLiteral", "outer"] {
            assert!(c.func(f), "{f}");
        }
        for f in ["noLiteral", "plain", "unrelated", "later"] {
            assert!(!c.func(f), "{f}");
        }
        assert!(c.method("later") && !c.method("plain") && !c.method("outer"));
    }

    #[test]
    fn long_chains_of_callers_are_followed_past_the_searches() {
        // f0 spawns, each f(i) calls f(i-1) and may return a literal: every one is a
        // candidate, found by the searches for the first ones and by the pass over
        // identifiers for the rest, across two files; g mentions f99 without calling it.
        let mut a = String::from(
            "package p

func f0(g G) func() { return func() { g.Go(f) } }
",
        );
        let mut b = String::from(
            "package p

",
        );
        for i in 1..100 {
            let file = if i % 2 == 0 { &mut a } else { &mut b };
            file.push_str(&format!(
                "func f{i}() func() {{ return func() {{ f{}() }} }}
",
                i - 1
            ));
        }
        b.push_str(
            "func g() func() { return func() { _ = f99 } }
",
        );
        let c = capable(&[&a, &b]);
        for i in 0..100 {
            assert!(c.func(&format!("f{i}")), "f{i}");
        }
        assert!(!c.func("g"));
    }
}
