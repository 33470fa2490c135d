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
//! strings count, which only adds candidates.
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
use goroutinectx_scanner::lexical::{call_sites, has_identifier, identifiers, is_called};
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
    pub(crate) fn of_files<'f>(
        files: &'f IndexVec<FileNo, Arc<SourceFile>>,
        names: &SpawnNames,
        sites: &dyn Fn(FileNo) -> &'f FileSites,
    ) -> Self {
        let mut out = SpawnCapable::default();
        // Most packages call no spawning name at all.
        let has_sites = |i: FileNo| !matches!(sites(i), FileSites::None);
        if !files.indices().any(has_sites) {
            return out;
        }
        let mut decls: Vec<Segment<'_>> = Vec::new();
        let mut closure: HashSet<&str> = HashSet::default();
        let mut queue: Vec<usize> = Vec::new();
        for (file_no, f) in files.iter_enumerated() {
            let first = decls.len();
            decls.extend(func_segments(&f.src));
            // The calls that may be spawn calls (a bare call of a function of this package
            // is one only through the higher-order rule: the closure below).
            let sites: Vec<usize> = match sites(file_no) {
                FileSites::None => continue,
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
        // Callers of members, transitively (only declared names can be members).
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
        for d in &decls {
            if d.may_return_literal && closure.contains(d.name) {
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

/// Whether `src` declares a function (not a method) `name` that may return a literal and,
/// after its name, has an identifier `mentioned` accepts (with whether it is called): the
/// declaration of this file a call `name(…)` may follow by the higher-order rule, when it is
/// no candidate of the package.
pub(crate) fn declares_factory(
    src: &[u8],
    name: &str,
    mentioned: &dyn Fn(&[u8], bool) -> bool,
) -> bool {
    func_segments(src).iter().any(|d| {
        !d.method && d.name == name && d.may_return_literal && {
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
    /// Whether it may return a function literal (see the module documentation).
    may_return_literal: bool,
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
                last.may_return_literal = true;
            }
            continue;
        }
        let text = &src[at..end];
        out.push(Segment {
            name,
            method,
            src: text,
            may_return_literal: (has_identifier(&text[4..], "func")
                && has_identifier(text, "return"))
                || memchr::memchr(b'`', text).is_some()
                || memchr::memmem::find(text, b"/*").is_some(),
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
        let src = b"package p\n\nfunc a() func() { return func() {} }\nfunc b() int { return 1 }\nfunc c() { go func() {}() }\nfunc d() {\nfunc (x int) {}(1)\n}\nfunc e() {\n\ts := `\nfunc x() {}`\n}\n";
        let got: Vec<(&str, bool)> = func_segments(src)
            .iter()
            .map(|s| (s.name, s.may_return_literal))
            .collect();
        // `d`'s text is cut where a literal starts a line, `e`'s where a raw string holds a
        // line starting with `func `: both are taken to have a literal.
        assert_eq!(
            got,
            [
                ("a", true),
                ("b", false),
                ("c", false),
                ("d", true),
                ("e", true),
                ("x", true)
            ]
        );
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
        };
        let sites: IndexVec<FileNo, FileSites> = files
            .iter()
            .map(|f| crate::spawn_sites::file_sites(f, &names, "p", &|_| false))
            .collect();
        SpawnCapable::of_files(&files, &names, &|i| &sites[i])
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
}
