//! Which call sites may be spawn calls (SPEC §3.7 rules 1 and 2, with no marked function in
//! reach), lexically: spawnerlabel's file prefilter and its per-package narrowing
//! ([`crate::capable`]) ask this before anything is parsed.
//!
//! A call of one of the spawn names (the spawning APIs' and external spawners') may be a
//! spawn call unless it is
//! - in a comment or literal, or outside every function declaration's body (only bodies are
//!   searched: package-level initialisers, signatures and declarations' names are not);
//! - `q.Name(…)` with `q` an import of a package no API lives in, when `Name` is only ever an
//!   API's package function (not a method), or when `q` is nothing else in the file (only
//!   ever written `q.x`, not a package-level name): a function of another package, which
//!   no spawning API is and no mark reaches;
//! - `Name(…)`, bare, in a package no API lives in, without a dot import of one, when the
//!   file declares no variable or parameter `Name` (every local variable is declared in the
//!   file: the name is then only called, declared as a function, or selected, `x.Name`): a
//!   function of this package, whose call is a spawn call only through the higher-order
//!   rule, which [`file_may_spawn`] asks of the package's factories.
//!
//! With an external spawner configured, only the first two kinds are told apart (an external
//! spawner may be any function). A file whose structure is not known lexically (unpaired
//! brackets) keeps every call site.

use goroutinectx_scanner::calls::{
    scan_calls, CallSite, Callee, Uses, USE_CALLED, USE_FUNC_NAME, USE_IMPORT_NAME, USE_QUALIFIER,
    USE_SELECTED,
};
use goroutinectx_scanner::header::ImportSpec;
use goroutinectx_scanner::SourceFile;

use crate::config::path_matches;
use crate::universe::{conventional_name, PkgInfo};

/// The names a spawn call can have when no marked function is in reach, and what the
/// lexical tests need to know of them.
#[derive(Clone, Debug, Default)]
pub struct SpawnNames {
    /// Every spawning API's name and every external spawner's, sorted.
    pub names: Vec<String>,
    /// The package paths spawning APIs live in (versioned paths match, SPEC §3.0.3).
    pub api_packages: Vec<String>,
    /// The names no spawning API method has (only package functions, or external
    /// spawners).
    pub function_only: Vec<String>,
    /// Whether external spawners are configured.
    pub external: bool,
    /// The spawning APIs that are package functions: (package path, name).
    pub package_functions: Vec<(String, String)>,
}

impl SpawnNames {
    fn is_api_package(&self, path: &str) -> bool {
        self.api_packages.iter().any(|p| path_matches(p, path))
    }

    /// The names no other name is part of (`Go` for `TryGo`, `Map` for `MapErr`): a text
    /// search for these finds every name.
    fn needles(&self) -> impl Iterator<Item = &str> {
        self.names.iter().map(String::as_str).filter(|n| {
            !self
                .names
                .iter()
                .any(|m| m.len() < n.len() && n.contains(m.as_str()))
        })
    }
}

/// The local name of an import (its alias, or its path's conventional name).
fn local_name(i: &ImportSpec) -> &str {
    i.name
        .as_deref()
        .unwrap_or_else(|| conventional_name(&i.path))
}

/// A call site that may be a spawn call, and on what.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Spawning {
    /// By rule 1 or 2, as far as the text tells.
    Maybe,
    /// A bare call of a name the file uses only as a callee, or a call passing no argument:
    /// only if a function or method of this package of that name is a factory (rule 3).
    IfFactory,
}

/// Whether the call whose callee name ends at `end` passes no argument: `name()` (blanks
/// allowed inside the parentheses; anything else, a comment included, counts as an
/// argument).
fn empty_arguments(src: &[u8], end: usize) -> bool {
    let rest = src.get(end..).unwrap_or_default();
    let mut bytes = rest.iter().skip_while(|b| matches!(b, b' ' | b'\t'));
    bytes.next() == Some(&b'(')
        && bytes
            .find(|b| !matches!(b, b' ' | b'\t' | b'\n' | b'\r'))
            .is_some_and(|b| *b == b')')
}

/// A file's call sites of the spawn names that may be spawn calls, with their offsets;
/// `None` when its structure is not known lexically (then every call site may be one).
/// `has_name`: is an identifier a package-level name of the file's package.
pub(crate) fn may_spawn_sites(
    file: &SourceFile,
    names: &SpawnNames,
    pkg_path: &str,
    has_name: &dyn Fn(&str) -> bool,
) -> Option<Vec<(usize, Spawning)>> {
    let imports = &file.header.imports;
    let watched: Vec<&str> = imports
        .iter()
        .map(local_name)
        .chain(names.names.iter().map(String::as_str))
        .collect();
    let wanted: Vec<&str> = names.names.iter().map(String::as_str).collect();
    let calls = scan_calls(&file.src, file.code_scan(), &wanted, &watched)?;
    let only = |id: &[u8], allowed: Uses| calls.uses(id) & !allowed == 0;
    let unrelated_import = |q: &[u8]| {
        imports
            .iter()
            .any(|i| local_name(i).as_bytes() == q && !names.is_api_package(&i.path))
    };
    let api_import = |q: &[u8]| {
        imports
            .iter()
            .any(|i| local_name(i).as_bytes() == q && names.is_api_package(&i.path))
    };
    let bare_may_be_api = names.is_api_package(pkg_path)
        || imports
            .iter()
            .any(|i| i.name.as_deref() == Some(".") && names.is_api_package(&i.path));
    let classify = |site: &CallSite<'_>| -> Option<Spawning> {
        let function_only = names
            .function_only
            .iter()
            .any(|n| n.as_bytes() == site.name);
        if let Callee::Qualified(q) | Callee::SelectedQualifier(q) = site.callee {
            if function_only && unrelated_import(q) {
                return None;
            }
        }
        if names.external {
            return Some(Spawning::Maybe);
        }
        // Every spawning API takes an argument (a callback, or the context before gotask's
        // variadic callbacks): a call with none, `it.Map()`, is a spawn call only through
        // the higher-order rule, as a call of a factory of this package.
        if empty_arguments(&file.src, site.at + site.name.len()) {
            return Some(Spawning::IfFactory);
        }
        match site.callee {
            Callee::Selected | Callee::SelectedQualifier(_) => Some(Spawning::Maybe),
            Callee::Qualified(q) => {
                let other_package = unrelated_import(q)
                    && !api_import(q)
                    && only(q, USE_QUALIFIER | USE_IMPORT_NAME | USE_SELECTED)
                    && std::str::from_utf8(q).is_ok_and(|q| !has_name(q));
                (!other_package).then_some(Spawning::Maybe)
            }
            Callee::Bare
                if bare_may_be_api
                    || !only(site.name, USE_CALLED | USE_FUNC_NAME | USE_SELECTED) =>
            {
                Some(Spawning::Maybe)
            }
            Callee::Bare => Some(Spawning::IfFactory),
        }
    };
    Some(
        calls
            .sites
            .iter()
            .filter_map(|site| classify(site).map(|c| (site.at, c)))
            .collect(),
    )
}

/// A file's call sites of the spawn names.
#[derive(Debug)]
pub(crate) enum FileSites {
    /// Not even in the plain text.
    None,
    /// In the plain text, but never called (a value may still be taken: `run := g.Go`).
    Mentioned,
    /// The file's structure is not known lexically: every call site in the plain text
    /// (a called mention, [`mentions`]) may be a spawn call.
    Unknown,
    /// Those that may be spawn calls ([`may_spawn_sites`]).
    Sites(Vec<(usize, Spawning)>),
}

/// [`may_spawn_sites`], with the plain-text test first.
pub(crate) fn file_sites(
    file: &SourceFile,
    names: &SpawnNames,
    pkg_path: &str,
    has_name: &dyn Fn(&str) -> bool,
) -> FileSites {
    let src = &file.src[..];
    let mut mentioned = false;
    let called = mentions(src, names).any(|(at, name)| {
        mentioned = true;
        goroutinectx_scanner::lexical::is_called(src, at + name.len())
    });
    if !called {
        return if mentioned {
            FileSites::Mentioned
        } else {
            FileSites::None
        };
    }
    match may_spawn_sites(file, names, pkg_path, has_name) {
        Some(sites) => FileSites::Sites(sites),
        None => FileSites::Unknown,
    }
}

/// The whole-word occurrences of the spawn names in `src` (plain text: comments and
/// literals included), with their offsets, by a text search for each of
/// [`SpawnNames::needles`] (cheaper than reading every identifier or every selector).
fn mentions<'s>(
    src: &'s [u8],
    names: &'s SpawnNames,
) -> impl Iterator<Item = (usize, &'s str)> + 's {
    use goroutinectx_scanner::lexical::is_ident;
    names.needles().flat_map(move |needle| {
        // The end of the identifier last read: a needle found again inside it is skipped
        // (reading one long identifier once, not once per occurrence).
        let mut read_to = 0;
        memchr::memmem::find_iter(src, needle.as_bytes()).filter_map(move |at| {
            if at < read_to {
                return None;
            }
            let start = at - src[..at].iter().rev().take_while(|b| is_ident(**b)).count();
            let end = at + src[at..].iter().take_while(|b| is_ident(**b)).count();
            read_to = end;
            let word = &src[start..end];
            names
                .names
                .iter()
                .find(|n| n.as_bytes() == word)
                .map(|n| (start, n.as_str()))
        })
    })
}

/// Whether `file` of `pkg` may make a spawn call spawnerlabel looks for when no marked
/// function is in reach: a call site that may be a spawn call (see the module
/// documentation), where a bare call of a name only ever called counts when a function of
/// that name may be a factory: a candidate of the package ([`PkgInfo::spawn_capable_funcs`]),
/// or declared in this file, able to return a literal and mentioning a candidate or a spawn
/// name not called (`run := g.Go`; the search follows this file's functions without asking
/// the candidates).
pub fn file_may_spawn(pkg: &PkgInfo, file: &SourceFile, names: &SpawnNames) -> bool {
    let computed;
    let sites = match pkg.file_no(file) {
        Some(file_no) => pkg.spawn_sites(file_no, names),
        None => {
            computed = file_sites(file, names, &pkg.id.path, &|n| pkg.has_name(n));
            &computed
        }
    };
    let sites: &[(usize, Spawning)] = match sites {
        // No spawn name at all: only a call of a factory of the package may spawn.
        FileSites::None => return calls_a_factory(pkg, file, names),
        FileSites::Mentioned => &[],
        FileSites::Unknown => return true,
        FileSites::Sites(sites) => sites,
    };
    let selected = sites.iter().any(|&(at, spawning)| match spawning {
        Spawning::Maybe => true,
        Spawning::IfFactory => {
            let name = name_at(&file.src, at);
            let capable = pkg.spawn_capable_funcs(names);
            capable.func(name)
                || capable.method(name)
                || crate::capable::declares_factory(
                    &file.src,
                    name,
                    &|id, called| {
                        // A call of a spawn name that may be a spawn call selects the file by
                        // itself; a value (`run := g.Go`) may be called later.
                        (!called && names.names.iter().any(|n| n.as_bytes() == id))
                            || std::str::from_utf8(id)
                                .is_ok_and(|id| capable.func(id) || capable.method(id))
                    },
                    &|n| pkg.has_name(n),
                )
        }
    });
    selected || calls_a_factory(pkg, file, names) || takes_api_value(file, names)
}

/// Whether the file may take a spawning API as a function value, to call it later (`run :=
/// g.Go`, `f := (*errgroup.Group).Go`, `fe := iter.ForEach[int]`): a selected mention of an
/// API's name, not called, assigned (after `=` or `:=`, or in a list after `,`) and ending
/// its statement or list item (a value passed on, returned or compared is never called in
/// the function itself, so it is no spawn call there). A qualifier that is an import names a
/// package-level entity: only a package-function API of that package counts (`sync.Map` is
/// a type). Only function bodies are searched; in them, plain text, comments and literals
/// included (a false candidate only costs a parse).
fn takes_api_value(file: &SourceFile, names: &SpawnNames) -> bool {
    use goroutinectx_scanner::lexical::qualifier_before;
    let src = &file.src[..];
    let imports = &file.header.imports;
    // The bodies are found (a lexical pass) only for a candidate.
    let bodies = std::cell::OnceCell::new();
    let in_body = |at: usize| {
        bodies
            .get_or_init(|| file.func_bodies())
            .is_none_or(|bodies| {
                let k = bodies.partition_point(|b| b.end <= at);
                bodies.get(k).is_some_and(|b| b.open < at)
            })
    };
    // The mentions of the spawn names that are selected (Go allows blanks and line breaks
    // between the dot and the name).
    mentions(src, names).any(|(at, name)| {
        let len = name.len();
        let Some(dot) = src[..at]
            .iter()
            .rposition(|b| !matches!(b, b' ' | b'\t' | b'\n' | b'\r'))
            .filter(|&p| src[p] == b'.')
        else {
            return false;
        };
        if !assigned_value(src, dot, &src[at + len..]) || !in_body(at) {
            return false;
        }
        let Some(q) = qualifier_before(src, dot + 1) else {
            return true;
        };
        match imports.iter().find(|i| local_name(i).as_bytes() == q) {
            Some(i) => names
                .package_functions
                .iter()
                .any(|(pkg, f)| f == name && path_matches(pkg, &i.path)),
            None => true,
        }
    })
}

/// Whether `text` mentions spawn name `name` where it may be part of a spawn call by that
/// name ([`mention_may_spawn`]): selected (`g.Go`), or also bare when `bare` (a file with a
/// dot import, an external spawner).
pub fn names_call_or_value(text: &[u8], name: &str, bare: bool) -> bool {
    goroutinectx_scanner::lexical::identifier_offsets(text, name.as_bytes()).any(|at| {
        let mention = &text[at..at + name.len()];
        (bare || goroutinectx_scanner::lexical::dot_before(text, at))
            && mention_may_spawn(text, mention)
    })
}

/// Whether the mention `name` (a slice of `src`, a spawn name) may be part of a spawn call
/// by that name: called (`g.Go(`, `g.Go[T](`, `(g.Go)(`), or selected and taken as a value a
/// local variable may call ([`assigned_value`]), or bare and after `=`, `,` or `(` (a dot
/// import's function or an external spawner taken as a value). Not a field read or
/// compared (`mf.Go != nil`), indexed, passed on, nor a word of a comment (a comment line
/// after one ending with a period is tried as a selector, and is no assigned value).
pub(crate) fn mention_may_spawn(src: &[u8], name: &[u8]) -> bool {
    use goroutinectx_scanner::lexical::{is_called, selector_dots};
    let at = name.as_ptr() as usize - src.as_ptr() as usize;
    let end = at + name.len();
    if is_called(src, end) {
        return true;
    }
    let mut dots = selector_dots(src, at).peekable();
    if dots.peek().is_some() {
        // Selected, possibly with comments between the dot and the name.
        return dots.any(|dot| assigned_value(src, dot, &src[end..]));
    }
    // A bare value (`run := ForEach`, `f, g = x, (ForEach)`).
    src[..at]
        .iter()
        .rfind(|b| !matches!(b, b' ' | b'\t' | b'\n' | b'\r'))
        .is_some_and(|lead| matches!(lead, b'=' | b',' | b'('))
}

/// Whether the selector whose dot is at `dot` (its name followed by `rest`) is a value being
/// assigned: the operand (`x`, `a.b`, `f()`, `(*T)`, `xs[i]`, in parentheses or not) comes
/// after `=`, `:=` or `,`, and the selector (after an instantiation's brackets) ends the line,
/// the statement, a list item or a parenthesis.
fn assigned_value(src: &[u8], dot: usize, rest: &[u8]) -> bool {
    use goroutinectx_scanner::lexical::is_ident;
    let blank = |b: u8| matches!(b, b' ' | b'\t');
    // Back over the operand.
    let mut i = dot;
    loop {
        while i > 0 && is_ident(src[i - 1]) {
            i -= 1;
        }
        match i.checked_sub(1).map(|p| src[p]) {
            Some(b'.') => i -= 1,
            Some(close @ (b')' | b']')) => {
                let open = if close == b')' { b'(' } else { b'[' };
                let mut depth = 0usize;
                while i > 0 {
                    i -= 1;
                    if src[i] == close {
                        depth += 1;
                    } else if src[i] == open {
                        depth -= 1;
                        if depth == 0 {
                            break;
                        }
                    } else if src[i] == b'\n' {
                        return true;
                    }
                }
            }
            _ => break,
        }
    }
    // Parentheses around the value (`run := (g.Go)`).
    while i > 0 && (blank(src[i - 1]) || src[i - 1] == b'(') {
        i -= 1;
    }
    let after_assign = match i.checked_sub(1).map(|p| src[p]) {
        Some(b',') => true,
        Some(b'=') => !matches!(
            i.checked_sub(2).map(|p| src[p]),
            Some(b'=' | b'!' | b'<' | b'>')
        ),
        _ => false,
    };
    // Forward over an instantiation to what ends the value.
    let mut j = rest.iter().take_while(|b| blank(**b)).count();
    if rest.get(j) == Some(&b'[') {
        let mut depth = 0usize;
        while let Some(&b) = rest.get(j) {
            j += 1;
            match b {
                b'[' => depth += 1,
                b']' => {
                    depth -= 1;
                    if depth == 0 {
                        break;
                    }
                }
                b'\n' => return after_assign,
                _ => {}
            }
        }
        j += rest[j.min(rest.len())..]
            .iter()
            .take_while(|b| blank(**b))
            .count();
    }
    after_assign
        && matches!(
            rest.get(j),
            None | Some(b'\n' | b'\r' | b';' | b'}' | b',' | b')' | b'/')
        )
        && assignee_may_be_called(src, i)
}

/// Whether a value starting at `start` and assigned (after `=`, `:=` or `,`) may be called
/// through a variable of this file: the search follows calls through local variables only
/// (not fields, elements or pointers), so one of the plain names the statement assigns must
/// be called in the file (`run(`), or be assigned on whole to a name that is (`run2 := run`;
/// followed through at most [`MAX_ASSIGNEES`] names, then assumed).
fn assignee_may_be_called(src: &[u8], start: usize) -> bool {
    use goroutinectx_scanner::lexical::{identifier_offsets, is_called_directly};
    let Some(mut work) = assignees(src, start) else {
        return true;
    };
    let mut seen: Vec<&[u8]> = Vec::new();
    while let Some(name) = work.pop() {
        if seen.contains(&name) {
            continue;
        }
        if seen.len() == MAX_ASSIGNEES {
            return true;
        }
        seen.push(name);
        for at in identifier_offsets(src, name) {
            let end = at + name.len();
            if is_called_directly(src, end) {
                return true;
            }
            // Assigned on whole (`run2 := run`, `a, f = x, run`): the name ends the
            // statement or the line.
            let mut lead = src[..at]
                .iter()
                .rev()
                .copied()
                .filter(|b| !matches!(b, b' ' | b'\t' | b'\n' | b'\r'));
            let assigned = match (lead.next(), lead.next()) {
                (Some(b'='), Some(b'=' | b'!' | b'<' | b'>')) => false,
                (Some(b'=' | b','), _) => true,
                _ => false,
            };
            let trail = src[end..].iter().find(|b| !matches!(b, b' ' | b'\t'));
            if assigned && matches!(trail, None | Some(b'\n' | b'\r' | b';' | b'}' | b'/')) {
                match assignees(src, at) {
                    Some(more) => work.extend(more),
                    None => return true,
                }
            }
        }
    }
    false
}

/// `line` (the start of a line, up to a value) with its string and rune literals' contents
/// blanked, so that brackets and `=` in them are not taken for code; `None` when it holds a
/// comment or ends inside a literal (a raw string may also have begun on an earlier line:
/// then the text blanked is code, and only brackets or an operator are missed, which makes
/// the value look unassigned, as a value in a literal is).
fn code_only(line: &[u8]) -> Option<Vec<u8>> {
    let mut out = line.to_vec();
    let mut i = 0;
    while i < out.len() {
        match out[i] {
            b'/' if matches!(out.get(i + 1), Some(b'/' | b'*')) => return None,
            b'"' | b'\'' | b'`' => {
                let end = goroutinectx_scanner::lexical::closed_literal_end(line, i)?;
                out[i + 1..end - 1].fill(b' ');
                i = end;
            }
            _ => i += 1,
        }
    }
    Some(out)
}

/// How many names [`assignee_may_be_called`] follows a value through.
const MAX_ASSIGNEES: usize = 16;

/// The plain names (local variables, as far as the text tells) an assignment of the value
/// starting at `start` assigns: its left-hand side's identifiers that are neither selected,
/// qualifiers nor indexed (`*p`, `s.f`, `xs[i]` hold values the search does not follow).
/// Empty for a value in brackets on its line (an argument, an element of a literal: assigned
/// to no variable). `None` when not known: the line before the value holds a comment or
/// ends inside a literal, or no assignment operator.
fn assignees(src: &[u8], start: usize) -> Option<Vec<&[u8]>> {
    use goroutinectx_scanner::lexical::is_ident;
    let line = src[..start]
        .iter()
        .rposition(|b| *b == b'\n')
        .map_or(0, |p| p + 1);
    let before = code_only(&src[line..start])?;
    // Back to the assignment operator, outside brackets.
    let mut depth = 0usize;
    let mut op = None;
    for k in (0..before.len()).rev() {
        match before[k] {
            b')' | b']' | b'}' => depth += 1,
            b'(' | b'[' | b'{' if depth == 0 => return Some(Vec::new()),
            b'(' | b'[' | b'{' => depth -= 1,
            b'=' if depth == 0 => {
                let prev = k.checked_sub(1).map(|p| before[p]);
                if !matches!(prev, Some(b'=' | b'!' | b'<' | b'>'))
                    && before.get(k + 1) != Some(&b'=')
                {
                    op = Some(k);
                    break;
                }
            }
            b';' if depth == 0 => break,
            _ => {}
        }
    }
    let op = op?;
    // The statement's left-hand side: from the last `;` (or the line's start) to the
    // operator.
    let lhs_start = before[..op]
        .iter()
        .rposition(|b| *b == b';')
        .map_or(0, |p| p + 1);
    let lhs = &before[lhs_start..op];
    let mut names = Vec::new();
    let mut k = 0;
    while k < lhs.len() {
        if !is_ident(lhs[k]) {
            k += 1;
            continue;
        }
        let from = k;
        while k < lhs.len() && is_ident(lhs[k]) {
            k += 1;
        }
        let selected = from > 0 && lhs[from - 1] == b'.';
        let qualifier = lhs[k..]
            .iter()
            .find(|b| !matches!(b, b' ' | b'\t'))
            .is_some_and(|b| matches!(b, b'.' | b'['));
        let word = &lhs[from..k];
        if !selected && !qualifier && !KEYWORDS.contains(&word) && !word[0].is_ascii_digit() {
            names.push(&src[line + lhs_start + from..line + lhs_start + k]);
        }
    }
    Some(names)
}

/// Go's keywords that can start a statement before an assignment's left-hand side.
const KEYWORDS: &[&[u8]] = &[
    b"if", b"for", b"switch", b"case", b"else", b"range", b"var", b"select",
];

/// Whether the file calls, by name, one of the package's possible factories of spawning
/// closures (a function `f(…)` or a method `x.m(…)`, [`crate::capable`]): the higher-order
/// rule (SPEC §3.7 rule 3) makes such a call a spawn call when the closure it returns
/// spawns, even where the file names no spawning API. Lexical, and generous: any call of a
/// candidate's name in a function body (the plain text asked first).
fn calls_a_factory(pkg: &PkgInfo, file: &SourceFile, names: &SpawnNames) -> bool {
    let capable = pkg.spawn_capable_funcs(names);
    if capable.is_empty() {
        return false;
    }
    let src = &file.src[..];
    let called: std::collections::BTreeSet<&str> = goroutinectx_scanner::lexical::identifiers(src)
        .filter(|id| {
            let end = id.as_ptr() as usize - src.as_ptr() as usize + id.len();
            goroutinectx_scanner::lexical::is_called(src, end)
        })
        .filter_map(|id| std::str::from_utf8(id).ok())
        .filter(|name| capable.func(name) || capable.method(name))
        .collect();
    if called.is_empty() {
        return false;
    }
    let called: Vec<&str> = called.into_iter().collect();
    scan_calls(src, file.code_scan(), &called, &[]).is_none_or(|calls| !calls.sites.is_empty())
}

/// The identifier starting at `at`.
fn name_at(src: &[u8], at: usize) -> &str {
    let end = src[at..]
        .iter()
        .position(|b| !(b.is_ascii_alphanumeric() || *b == b'_' || *b >= 0x80))
        .map_or(src.len(), |p| at + p);
    std::str::from_utf8(&src[at..end]).unwrap_or("")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`mention_may_spawn`] for the mention of `name` starting at `src`'s first `@`
    /// (removed).
    fn may_spawn(src: &str, name: &str) -> bool {
        let at = src.find('@').unwrap();
        let src = src.replacen('@', "", 1);
        let src = src.as_bytes();
        mention_may_spawn(src, &src[at..at + name.len()])
    }

    #[test]
    fn mentions_that_may_be_spawn_calls() {
        for (src, want) in [
            ("g.@Go(f)", true),
            ("g.@Go[int](f)", true),
            ("(g.@Go)(f)", true),
            ("g. /* c */ @Go(f)", true),
            ("run := g.@Go\nrun(f)", true),
            ("run := g.@Go\nagain := run\nagain(f)", true),
            ("run := g. /* c */ @Go\nrun(f)", true),
            ("fe := @ForEach\nfe(xs, f)", true),
            ("run := g.@Go\n_ = run", false),
            ("if f.@Go != nil {}", false),
            ("_ = n.@Go[:2]", false),
            ("n.@Go[0] = 1", false),
            ("use(a, f.@Go)", false),
            ("s.f = g.@Go\ns.f(x)", false),
            ("// Go on\n// @Go 1.23 and later", false),
            ("x := a.b // the end.\n// @Go 1.23 and later", false),
            ("// @Go source files", false),
        ] {
            assert_eq!(
                may_spawn(
                    src,
                    if src.contains("@ForEach") {
                        "ForEach"
                    } else {
                        "Go"
                    }
                ),
                want,
                "{src}"
            );
        }
    }
}
