//! The spawn-call search of spawnerlabel (SPEC §3.7): the calls a function declaration
//! executes, in the order the reference's SSA walk meets them, until the first one a caller's
//! predicate accepts.
//!
//! What is searched: the body (branches, loops, `switch`, `select`, operands of `defer` and
//! `go`: `go helper(f)` is a call like any other, while `go f()` spawns a value and
//! `go func(){…}()`'s literal runs only through the capture rule), plus
//! - immediately invoked literals (deferred ones too), recursively;
//! - literals called through a local variable bound to them (`step := func(){…}; step()`);
//! - any literal that captures a variable of an enclosing function, invoked or not, written
//!   in code that is itself searched;
//! - higher order: a call of a function or method of this package (a declaration, here or
//!   in another file, which is then parsed and modelled; or a local literal), directly,
//!   explicitly instantiated or through a local variable bound to it, that returns a
//!   capturing literal (directly, or through a local variable one value reaches) whose body
//!   holds a spawn call is a spawn call with that inner call's name. Which other files'
//!   functions can do so is first narrowed lexically, closed over the package
//!   (`PkgInfo::spawn_capable_funcs`).
//!
//! Not searched: literals that capture nothing and are never invoked, code made unreachable
//! by `return`, `panic(…)`, `goto` (up to a label a goto jumps to) or an endless loop.
//!
//! Order: source order, with the two differences SSA's block order makes that SPEC §3.7
//! measured: a capturing literal passed as an argument is searched before the call it is
//! passed to, and the statements after an `if … else` come before the `else` block.

use goroutinectx_scanner::fields::NodeKind;
use goroutinectx_scanner::index::FileNo;
use goroutinectx_scanner::kind;
use rustc_hash::FxHashSet as HashSet;
use tree_sitter::Node;

use crate::facts::{children, statements_of, unparen};
use crate::model::{BindingId, BindingKind, FuncId};
use crate::semantics::Semantics;
use crate::spawn_sites::SpawnNames;

/// Nesting of searched blocks and literals beyond this gives up (the result is uncertain).
const MAX_SEARCH_DEPTH: usize = 256;

/// What a search found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Found {
    /// The first spawn call's name.
    Spawn(String),
    /// No spawn call.
    Nothing,
    /// The search could not be completed (too deep, or a call whose target could not be
    /// identified looked like a spawn call): neither answer is certain.
    Uncertain,
}

/// The predicate: for a call (and, for a call through a local variable, the function value the
/// variable holds), the name to report when it is a spawn call, `None` when it is not, and
/// `Err(())` when that cannot be told (its target is unknown but may be one).
/// It is asked of this file's calls and, for the higher-order rule, of other files' of the
/// package.
pub type IsSpawn<'p> = dyn for<'x> FnMut(&Semantics<'_, 'x>, Node<'x>, Option<Node<'x>>) -> Result<Option<String>, ()>
    + 'p;

struct Search<'s, 'a, 't, 'p> {
    sem: &'s Semantics<'a, 't>,
    is_spawn: &'s mut IsSpawn<'p>,
    walked: HashSet<usize>,
    /// Declarations whose returned literals are being searched (higher order, no cycles).
    returning: HashSet<usize>,
    /// The same across files: (file number, name offset) of the functions of other files
    /// whose returned literals are being searched.
    other_files: HashSet<(FileNo, usize)>,
    /// The names of spawn calls when no marked function is in reach (other files'
    /// functions that cannot reach them are not followed); `None`: any call may spawn.
    names: Option<&'s SpawnNames>,
    /// Whether the caller tells [`Found::Uncertain`] from [`Found::Nothing`] (see
    /// [`Semantics::first_spawn_call`]).
    tell_uncertain: bool,
    found: Option<String>,
    uncertain: bool,
}

enum Work<'t> {
    Visit(Node<'t>),
    /// The call itself, after its callee's subexpressions and its arguments; `true` for the
    /// spawned call of a `go` statement.
    Call(Node<'t>, bool),
}

impl<'a, 't> Semantics<'a, 't> {
    /// The first spawn call (per `is_spawn`) that the function declaration or literal
    /// `func_node` executes, in SSA order (see the module documentation).
    ///
    /// `names`: the callee names a spawn call can have (the spawning APIs' and external
    /// spawners'), when no marked function is in reach; `None` when any call may be one.
    /// `tell_uncertain`: whether the caller acts differently on [`Found::Uncertain`] and
    /// [`Found::Nothing`]; when it does not, the answer may be either where they differ (a
    /// body left out of the tree is then not needed to tell them apart).
    pub fn first_spawn_call(
        &self,
        func_node: Node<'t>,
        names: Option<&SpawnNames>,
        tell_uncertain: bool,
        is_spawn: &mut IsSpawn<'_>,
    ) -> Found {
        let Some(fid) = self.model.func_of_node(func_node) else {
            return Found::Nothing;
        };
        let mut s = Search {
            sem: self,
            is_spawn,
            walked: HashSet::default(),
            returning: HashSet::default(),
            other_files: HashSet::default(),
            names,
            tell_uncertain,
            found: None,
            uncertain: false,
        };
        s.walked.insert(func_node.id());
        if let Some(body) = func_node.child_by_field_id(goroutinectx_scanner::fields::body()) {
            s.walk_block(body, fid, 0);
        }
        match s.found {
            Some(name) => Found::Spawn(name),
            None if s.uncertain => Found::Uncertain,
            None => Found::Nothing,
        }
    }

    /// Whether a literal captures a variable of an enclosing function (a parameter, receiver,
    /// named result or local declared outside it; package-level variables do not count).
    pub fn captures_any(&self, lit: Node<'_>) -> bool {
        let Some(fid) = self.model.func_of_node(lit) else {
            return false;
        };
        let Some(body) = lit.child_by_field_id(goroutinectx_scanner::fields::body()) else {
            return false;
        };
        let mut found = false;
        crate::facts::walk(body, |n| {
            if found {
                return false;
            }
            // `len(arr)`, `unsafe.Sizeof(x)`: folded to constants, nothing is captured.
            if n.kind_name() == kind::CALL_EXPRESSION && self.is_constant_folded_call(n) {
                return false;
            }
            if n.kind_name() == kind::IDENTIFIER {
                let outer_variable = |b: BindingId| {
                    self.model.bindings[b]
                        .func
                        .is_some_and(|owner| !self.model.func_within(owner, fid))
                        && self.is_variable(b)
                };
                found = match self.model.binding_of(n) {
                    Some(b) => outer_variable(b),
                    // A key of a composite literal: a variable only in a literal known to be a
                    // map, slice or array (asked only when it matters; a literal of a type
                    // parameter or unknown type is taken as a struct's field names).
                    None => self.model.field_key(n).is_some_and(|(b, lit)| {
                        b.is_some_and(outer_variable) && self.is_keyed_collection(lit)
                    }),
                };
            }
            true
        });
        found
    }
}

/// Questions spawnerlabel asks of a declaration.
impl<'a, 't> Semantics<'a, 't> {
    /// Whether top-level declaration `decl` may make a spawn call whose callee is named in
    /// `names` (lexically): it mentions such a name (called, or taken as a value to call
    /// later), or mentions a function of this file or of another file of the package that
    /// may (the higher-order rule), transitively. Everything else needs no search when
    /// no marked function is in reach. Computed once per file, for the first `names` given;
    /// linear in the file's size.
    pub fn may_spawn_decl(&self, decl: Node<'_>, names: &SpawnNames) -> bool {
        if let Some(bodies) = &self.spawn_decl_bodies {
            return decl
                .child_by_field_id(goroutinectx_scanner::fields::body())
                .is_some_and(|b| bodies.binary_search(&b.start_byte()).is_ok());
        }
        self.spawn_decls
            .get_or_init(|| self.lexical_spawn_decls(names))
            .contains(&decl.id())
    }

    fn lexical_spawn_decls(&self, names: &SpawnNames) -> HashSet<usize> {
        let src = &self.model.file.src[..];
        let wanted = spawn_wanted_names(&self.pkg, self.file_no, names);
        // Most files mention none of them (a search for each is cheaper than reading every
        // identifier).
        if !mentions_any(src, &wanted) {
            return HashSet::default();
        }
        let mut cursor = self.model.root.walk();
        let decls: Vec<(Node<'t>, Node<'t>)> = self
            .model
            .root
            .named_children(&mut cursor)
            .filter(|d| {
                matches!(
                    d.kind_name(),
                    kind::FUNCTION_DECLARATION | kind::METHOD_DECLARATION
                )
            })
            .filter_map(|d| {
                Some((
                    d,
                    d.child_by_field_id(goroutinectx_scanner::fields::body())?,
                ))
            })
            .collect();
        let texts: Vec<(Option<&[u8]>, std::ops::Range<usize>)> = decls
            .iter()
            .map(|(d, body)| {
                let name = (d.kind_name() == kind::FUNCTION_DECLARATION)
                    .then(|| d.child_by_field_id(goroutinectx_scanner::fields::name()))
                    .flatten()
                    .map(|n| self.text(n).as_bytes());
                (name, body.start_byte()..body.end_byte())
            })
            .collect();
        lexical_spawn_closure(src, &texts, &wanted, names)
            .into_iter()
            .zip(&decls)
            .filter(|(found, _)| *found)
            .map(|(_, (d, _))| d.id())
            .collect()
    }

    /// Whether a top-level declaration carries `//goroutinectx:spawner` on the line right
    /// above its `func` keyword (SPEC §6.3).
    pub fn is_marked_spawner(&self, decl: Node<'_>) -> bool {
        decl.prev_named_sibling().is_some_and(|c| {
            c.kind_name() == kind::COMMENT
                && c.start_position().row + 1 == decl.start_position().row
                && goroutinectx_scanner::index::is_spawner_directive(self.text(c))
        })
    }

    /// The base type name of a method declaration's receiver (`T` in `func (p *T[K]) M()`).
    pub fn receiver_type_name(&self, decl: Node<'_>) -> Option<String> {
        let fid = self.model.func_of_node(decl)?;
        let mut t = self.model.funcs[fid].receiver.as_ref()?.type_node?;
        loop {
            match t.kind_name() {
                kind::POINTER_TYPE | kind::PARENTHESIZED_TYPE => t = t.named_child(0)?,
                kind::GENERIC_TYPE => {
                    t = t.child_by_field_id(goroutinectx_scanner::fields::r#type())?
                }
                kind::TYPE_IDENTIFIER => return Some(self.text(t).to_string()),
                _ => return None,
            }
        }
    }

    /// Whether a declaration has a parameter of function type (SPEC §3.7): its type's
    /// underlying type is a signature, or it is a slice written as a slice (`[]func()`,
    /// `...func()`) of such. Named slice types and `any` do not count; receivers and results
    /// are not parameters. `None` when a parameter's type is unknown and none is known to be
    /// a function.
    pub fn has_func_param(&self, decl: Node<'_>) -> Option<bool> {
        let fid = self.model.func_of_node(decl)?;
        let mut unknown = false;
        for p in &self.model.funcs[fid].params {
            let Some(node) = p.type_node else {
                continue;
            };
            // A variadic parameter's node is its element type; a slice written as such is
            // judged by its element.
            let node = match node.kind_name() {
                kind::SLICE_TYPE if !p.variadic => {
                    match node.child_by_field_id(goroutinectx_scanner::fields::element()) {
                        Some(e) => e,
                        None => continue,
                    }
                }
                _ => node,
            };
            let t = self.type_of_type_node(node, Some(fid));
            match self.universe.is_func(&t) {
                Some(true) => return Some(true),
                Some(false) => {}
                None => unknown = true,
            }
        }
        (!unknown).then_some(false)
    }
}

impl<'s, 'a, 't, 'p> Search<'s, 'a, 't, 'p> {
    fn done(&self) -> bool {
        self.found.is_some()
    }

    fn walk_block(&mut self, block: Node<'t>, fid: FuncId, depth: usize) {
        if depth > MAX_SEARCH_DEPTH {
            self.uncertain = true;
            return;
        }
        let mut elses: Vec<Node<'t>> = Vec::new();
        let mut reachable = true;
        for s in statements_of(block) {
            if self.done() {
                return;
            }
            if !reachable {
                if !self.sem.is_goto_target(s, fid) {
                    continue;
                }
                reachable = true;
            }
            self.walk_statement(s, fid, depth + 1, &mut elses);
            if self.sem.terminates(s) {
                reachable = false;
            }
        }
        // The blocks after an `if … else` come before the `else` block.
        for e in elses {
            if self.done() {
                return;
            }
            self.walk_node(e, fid, depth + 1);
        }
    }

    fn walk_statement(
        &mut self,
        s: Node<'t>,
        fid: FuncId,
        depth: usize,
        elses: &mut Vec<Node<'t>>,
    ) {
        if s.kind_name() == kind::IF_STATEMENT {
            for field in [
                goroutinectx_scanner::fields::initializer(),
                goroutinectx_scanner::fields::condition(),
                goroutinectx_scanner::fields::consequence(),
            ] {
                if let Some(part) = s.child_by_field_id(field) {
                    self.walk_node(part, fid, depth);
                }
            }
            // The else block (or `else if`, whose condition is evaluated there) comes after
            // the rest of the enclosing block.
            if let Some(alt) = s.child_by_field_id(goroutinectx_scanner::fields::alternative()) {
                elses.push(alt);
            }
            return;
        }
        self.walk_node(s, fid, depth);
    }

    fn walk_node(&mut self, node: Node<'t>, fid: FuncId, depth: usize) {
        if depth > MAX_SEARCH_DEPTH {
            self.uncertain = true;
            return;
        }
        let mut stack = vec![Work::Visit(node)];
        while let Some(w) = stack.pop() {
            if self.done() {
                return;
            }
            let n = match w {
                Work::Call(call, spawned) => {
                    self.call(call, spawned, fid, depth);
                    continue;
                }
                Work::Visit(n) => n,
            };
            match n.kind_name() {
                kind::FUNC_LITERAL => {
                    if self.sem.captures_any(n) {
                        self.walk_literal(n, depth);
                    }
                }
                kind::BLOCK
                | kind::EXPRESSION_CASE
                | kind::DEFAULT_CASE
                | kind::TYPE_CASE
                | kind::COMMUNICATION_CASE => self.walk_block(n, fid, depth + 1),
                kind::IF_STATEMENT => {
                    let mut elses = Vec::new();
                    self.walk_statement(n, fid, depth + 1, &mut elses);
                    for e in elses {
                        self.walk_node(e, fid, depth + 1);
                    }
                }
                kind::GO_STATEMENT => {
                    let Some(call) = n.named_child(0).map(unparen) else {
                        continue;
                    };
                    if call.kind_name() != kind::CALL_EXPRESSION {
                        stack.push(Work::Visit(call));
                        continue;
                    }
                    // The spawned call is checked as a call (`go helper(f)`), but its literal
                    // callee runs only through the capture rule.
                    let callee = call
                        .child_by_field_id(goroutinectx_scanner::fields::function())
                        .map(unparen);
                    stack.push(Work::Call(call, true));
                    if let Some(args) =
                        call.child_by_field_id(goroutinectx_scanner::fields::arguments())
                    {
                        stack.push(Work::Visit(args));
                    }
                    if let Some(callee) = callee {
                        stack.push(Work::Visit(callee));
                    }
                }
                // `F[T](x)` with one argument parses as a conversion to `F[T]`: a call when
                // `F` is a generic function (the predicate tells).
                kind::TYPE_CONVERSION_EXPRESSION
                    if n.child_by_field_id(goroutinectx_scanner::fields::r#type())
                        .is_some_and(|t| t.kind_name() == kind::GENERIC_TYPE) =>
                {
                    stack.push(Work::Call(n, false));
                    if let Some(op) = n.child_by_field_id(goroutinectx_scanner::fields::operand()) {
                        stack.push(Work::Visit(op));
                    }
                }
                kind::CALL_EXPRESSION => {
                    stack.push(Work::Call(n, false));
                    if let Some(args) =
                        n.child_by_field_id(goroutinectx_scanner::fields::arguments())
                    {
                        stack.push(Work::Visit(args));
                    }
                    if let Some(callee) =
                        n.child_by_field_id(goroutinectx_scanner::fields::function())
                    {
                        let callee = unparen(callee);
                        // An invoked literal is walked at the call, not as a value.
                        if callee.kind_name() != kind::FUNC_LITERAL {
                            stack.push(Work::Visit(callee));
                        }
                    }
                }
                _ => {
                    for c in children(n).into_iter().rev() {
                        stack.push(Work::Visit(c));
                    }
                }
            }
        }
    }

    /// The call itself: a spawn call, or a literal it invokes (directly or through a local
    /// variable), or a higher-order call.
    fn call(&mut self, call: Node<'t>, spawned: bool, fid: FuncId, depth: usize) {
        if self.check(call, None) {
            return;
        }
        let Some(callee) = call.child_by_field_id(goroutinectx_scanner::fields::function()) else {
            return;
        };
        let callee = unparen(callee);
        match self.local_callee_value(callee, call, fid) {
            // `go f()` with `f` a literal: it runs only through the capture rule, like
            // `go func(){…}()`.
            Some(lit) if lit.kind_name() == kind::FUNC_LITERAL => {
                if spawned {
                    return;
                }
                self.walk_literal(lit, depth);
                if self.done() {
                    return;
                }
                if let Some(name) = self.returned_spawn(lit, depth) {
                    self.found = Some(name);
                }
                return;
            }
            // A variable bound to a declared function or method value: a static call of it,
            // the higher-order rule included (`mk := factory; mk()`).
            Some(value) => {
                if self.check(call, Some(value)) {
                    return;
                }
                let value = unparen(value);
                if value.kind_name() == kind::IDENTIFIER {
                    if let Some(name) = self
                        .declared_returned_spawn(value, depth)
                        .or_else(|| self.other_file_returned_spawn(value, depth))
                    {
                        self.found = Some(name);
                    }
                }
                return;
            }
            None => {}
        }
        // An explicitly instantiated factory (`mk[int](x)`) is the same static callee.
        let callee = match callee.kind_name() {
            kind::INDEX_EXPRESSION => callee
                .child_by_field_id(goroutinectx_scanner::fields::operand())
                .map(unparen)
                .unwrap_or(callee),
            _ => callee,
        };
        let name = match callee.kind_name() {
            kind::IDENTIFIER => self
                .declared_returned_spawn(callee, depth)
                .or_else(|| self.other_file_returned_spawn(callee, depth)),
            kind::SELECTOR_EXPRESSION => self.method_returned_spawn(call, depth),
            _ => None,
        };
        if let Some(name) = name {
            self.found = Some(name);
        }
    }

    /// Asks the predicate; records a find or an uncertainty. True when found.
    fn check(&mut self, call: Node<'t>, value: Option<Node<'t>>) -> bool {
        match (self.is_spawn)(self.sem, call, value) {
            Ok(Some(name)) => {
                self.found = Some(name);
                true
            }
            Ok(None) => false,
            Err(()) => {
                self.uncertain = true;
                false
            }
        }
    }

    /// What a callee invokes when it is a literal, or a local variable of this function that
    /// holds (along straight-line code) a literal or a declared function or method value.
    fn local_callee_value(
        &self,
        callee: Node<'t>,
        call: Node<'t>,
        fid: FuncId,
    ) -> Option<Node<'t>> {
        match callee.kind_name() {
            kind::FUNC_LITERAL => Some(callee),
            kind::IDENTIFIER => {
                let var: BindingId = self.sem.variable_of(callee)?;
                if self.sem.model.bindings[var].func != Some(fid) {
                    return None;
                }
                // Most local function values come from calls (`cancel()`): answer those
                // without the straight-line analysis. An instantiated generic function is a
                // value too (`fe := iter.ForEach[int]`; indexing, `fs[0]`, has no target).
                let candidate = |v: Node<'_>| {
                    matches!(
                        unparen(v).kind_name(),
                        kind::FUNC_LITERAL
                            | kind::IDENTIFIER
                            | kind::SELECTOR_EXPRESSION
                            | kind::INDEX_EXPRESSION
                            | kind::GENERIC_TYPE
                    )
                };
                let declared = matches!(
                    self.sem.model.bindings[var].source,
                    crate::model::TypeSource::Value { expr, .. } if candidate(expr)
                );
                if !declared && self.sem.assignments_to(var, candidate).is_empty() {
                    return None;
                }
                let v = unparen(self.sem.local_function_value(var, call, fid)?);
                candidate(v).then_some(v)
            }
            _ => None,
        }
    }

    fn walk_literal(&mut self, lit: Node<'t>, depth: usize) {
        if !self.walked.insert(lit.id()) {
            return;
        }
        if let Some(inner) = self.sem.model.func_of_node(lit) {
            if let Some(body) = lit.child_by_field_id(goroutinectx_scanner::fields::body()) {
                self.walk_block(body, inner, depth + 1);
            }
        }
    }

    /// Higher order: the first spawn call in a capturing literal that `func_node` returns.
    fn returned_spawn(&mut self, func_node: Node<'t>, depth: usize) -> Option<String> {
        if depth > MAX_SEARCH_DEPTH || !self.returning.insert(func_node.id()) {
            return None;
        }
        let body = func_node.child_by_field_id(goroutinectx_scanner::fields::body())?;
        // A body the driver emptied: what it returns is only known from a whole parse (a
        // returned variable may hold one of several literals, which makes the search
        // uncertain), unless it returns no function at all. When the search is narrowed to
        // spawn names (`names`), the driver left out only bodies the lexical pre-check
        // (`lexical_spawn_closure`) cannot select: a literal returned from one makes no spawn
        // call, and only whether the search would be uncertain is unknown, which matters only
        // to a caller that tells uncertain from nothing.
        // A body another pass of a chunked analysis reads may make spawn calls: it is always
        // needed.
        if self.sem.is_left_out(func_node) {
            let sig = self.sem.func_node_type(func_node, None);
            if (self.names.is_none() || self.tell_uncertain || self.sem.in_other_chunk(func_node))
                && self.may_return_func(&sig)
            {
                self.sem.body_left_out(func_node);
            }
            return None;
        }
        let fid = self.sem.model.func_of_node(func_node);
        for r in self.sem.returns_in(body) {
            let mut r = unparen(r);
            // `f := func(){…}; return f`: SSA returns the closure itself when one value
            // reaches the return along straight-line code.
            if r.kind_name() == kind::IDENTIFIER {
                // Only a local variable a literal is assigned to can return a closure.
                let holds_literal = self.sem.variable_of(r).is_some_and(|var| {
                    self.sem.model.bindings[var].func == fid
                        && (matches!(
                            self.sem.model.bindings[var].source,
                            crate::model::TypeSource::Value { expr, .. }
                                if unparen(expr).kind_name() == kind::FUNC_LITERAL
                        ) || !self
                            .sem
                            .assignments_to(var, |v| unparen(v).kind_name() == kind::FUNC_LITERAL)
                            .is_empty())
                });
                if !holds_literal {
                    continue;
                }
                match fid.and_then(|fid| self.local_callee_value(r, r, fid)) {
                    Some(v) if v.kind_name() == kind::FUNC_LITERAL => r = v,
                    Some(_) => continue,
                    // Several values may reach the return (a phi in SSA): whether the
                    // reference follows them is not known, so neither answer is certain.
                    None => {
                        let local = self.sem.variable_of(r).is_some_and(|var| {
                            self.sem.model.bindings[var].func == fid
                                && !self
                                    .sem
                                    .assignments_to(var, |v| {
                                        unparen(v).kind_name() == kind::FUNC_LITERAL
                                    })
                                    .is_empty()
                        });
                        self.uncertain |= local;
                        continue;
                    }
                }
            }
            if r.kind_name() != kind::FUNC_LITERAL || !self.sem.captures_any(r) {
                continue;
            }
            let Some(inner) = self.sem.model.func_of_node(r) else {
                continue;
            };
            let Some(rb) = r.child_by_field_id(goroutinectx_scanner::fields::body()) else {
                continue;
            };
            // A separate walk: the returned literal may have been searched already as a
            // capturing literal of this function, which found nothing there.
            let saved = std::mem::take(&mut self.walked);
            self.walk_block(rb, inner, depth + 1);
            self.walked = saved;
            if let Some(name) = self.found.take() {
                return Some(name);
            }
        }
        None
    }

    /// Higher order through a function declared in this file (another file's: see
    /// [`Self::other_file_returned_spawn`]).
    fn declared_returned_spawn(&mut self, callee: Node<'t>, depth: usize) -> Option<String> {
        let b = self.sem.model.binding_of(callee)?;
        if self.sem.model.bindings[b].kind != BindingKind::Func {
            return None;
        }
        let decl = self.sem.local_func_decl(callee)?;
        self.returned_spawn(decl, depth)
    }

    /// Higher order through a function of this package declared in another file: that file
    /// is parsed and modelled, and the function's returned capturing literals are searched
    /// there. Only a function that may return a spawning literal (lexically, closed over the
    /// package: `PkgInfo::spawn_capable_funcs`) and that returns a function is followed.
    fn other_file_returned_spawn(&mut self, callee: Node<'t>, depth: usize) -> Option<String> {
        let sem = self.sem;
        if sem.model.binding_of(callee).is_some() {
            return None;
        }
        let name = sem.text(callee);
        let file_no = sem.pkg.func_file(name)?;
        if file_no == sem.file_no || !self.may_be_capable(|c| c.func(name)) {
            return None;
        }
        // The file is parsed once, for its declarations (the signature) and the search.
        let tree = (!sem.pkg.has_file_index(file_no)).then(|| {
            let tree = sem.pkg.files.get(file_no)?.parse();
            sem.pkg.seed_file_index(file_no, &tree);
            Some(tree)
        });
        let returns_func = sem
            .universe
            .func(&sem.pkg, name)
            .is_some_and(|(_, sig)| self.may_return_func(&sig));
        if !returns_func {
            return None;
        }
        let decl = sem.pkg.func_decl(name)?;
        self.returned_spawn_at(decl.file, decl.name_offset, name, depth, tree.flatten())
    }

    /// Higher order through a method of this package (`s.later()`, a static call in SSA):
    /// its declaration, in this file or another, is searched like a function's.
    fn method_returned_spawn(&mut self, call: Node<'t>, depth: usize) -> Option<String> {
        let sem = self.sem;
        // The method's name first (lexical): resolving every call's receiver would read
        // other packages.
        let field = call
            .child_by_field_id(goroutinectx_scanner::fields::function())
            .map(unparen)?
            .child_by_field_id(goroutinectx_scanner::fields::field())?;
        let name = sem.text(field);
        if !self.may_be_capable(|c| c.method(name)) || !sem.pkg.has_method_named(name) {
            return None;
        }
        // `pkg.F()`: another package's function.
        let operand = unparen(call.child_by_field_id(goroutinectx_scanner::fields::function())?)
            .child_by_field_id(goroutinectx_scanner::fields::operand())?;
        if sem.package_of_qualifier(operand).is_some() {
            return None;
        }
        let t = sem.call_target(call, true)?;
        if t.interface || t.method_expr {
            return None;
        }
        let (pkg, type_name) = (t.pkg.as_ref()?, t.type_name.as_deref()?);
        if pkg.id != sem.pkg.id || !t.sig.as_ref().is_some_and(|sig| self.may_return_func(sig)) {
            return None;
        }
        let decl = sem.pkg.method(type_name, &t.name)?;
        self.returned_spawn_at(decl.file, decl.name_offset, &t.name, depth, None)
    }

    /// Whether a signature may return a function (only such a call can return a spawning
    /// literal).
    fn may_return_func(&self, sig: &crate::types::FuncType) -> bool {
        sig.results
            .iter()
            .any(|r| self.sem.universe.is_func(r) != Some(false))
    }

    /// Whether a function or method of this package may return a spawning closure,
    /// lexically (asked before anything that reads declarations): `is` asks the package's
    /// candidates.
    fn may_be_capable(&self, is: impl Fn(&crate::capable::SpawnCapable) -> bool) -> bool {
        self.names
            .is_none_or(|names| is(self.sem.pkg.spawn_capable_funcs(names)))
    }

    /// The returned-literal search of the function or method of this package whose name
    /// starts at `name_offset` in file `file_no`: in this file directly; in another, which is
    /// parsed and modelled for it, only when it may reach a spawn call (lexically, closed
    /// over the package: `PkgInfo::spawn_capable_funcs`). `tree`: that file's, when the
    /// caller has parsed it.
    fn returned_spawn_at(
        &mut self,
        file_no: FileNo,
        name_offset: usize,
        name: &str,
        depth: usize,
        tree: Option<tree_sitter::Tree>,
    ) -> Option<String> {
        let sem = self.sem;
        let is_decl = |n: &Node<'_>| {
            matches!(
                n.kind_name(),
                kind::FUNCTION_DECLARATION | kind::METHOD_DECLARATION
            ) && n
                .child_by_field_id(goroutinectx_scanner::fields::name())
                .is_some_and(|nm| nm.start_byte() == name_offset)
        };
        if file_no == sem.file_no {
            let Some(decl) = sem.model.funcs.iter().map(|f| f.node).find(is_decl) else {
                // Not in the tree of a chunked analysis's pass.
                sem.note_absent(name_offset);
                return None;
            };
            return self.returned_spawn(decl, depth);
        }
        if !self.may_be_capable(|c| c.func(name) || c.method(name)) {
            return None;
        }
        let key = (file_no, name_offset);
        if depth > MAX_SEARCH_DEPTH || !self.other_files.insert(key) {
            return None;
        }
        let file = sem.pkg.files.get(file_no)?;
        let tree = tree.unwrap_or_else(|| file.parse());
        let model = crate::model::FileModel::build(file, &tree);
        let other = Semantics::new(sem.universe, sem.pkg.clone(), file_no, &model, sem.config);
        let decl = model.funcs.iter().map(|f| f.node).find(is_decl)?;
        let mut nested = Search {
            sem: &other,
            is_spawn: &mut *self.is_spawn,
            walked: HashSet::default(),
            returning: HashSet::default(),
            other_files: std::mem::take(&mut self.other_files),
            names: self.names,
            tell_uncertain: self.tell_uncertain,
            found: None,
            uncertain: false,
        };
        let found = nested.returned_spawn(decl, depth + 1);
        let uncertain = nested.uncertain;
        self.other_files = std::mem::take(&mut nested.other_files);
        self.other_files.remove(&key);
        self.uncertain |= uncertain;
        found
    }
}

/// The names whose mention makes a declaration of file `file_no` a possible spawner for
/// spawnerlabel's lexical pre-check: the spawning APIs' and external spawners' `names`, and
/// the functions of the package's other files that may return a spawning literal (the
/// higher-order rule, closed over the package: `PkgInfo::spawn_capable_funcs`).
pub fn spawn_wanted_names<'p>(
    pkg: &'p crate::universe::PkgInfo,
    file_no: FileNo,
    names: &'p SpawnNames,
) -> HashSet<&'p [u8]> {
    let capable = pkg.spawn_capable_funcs(names);
    // This file's functions are followed by the closure itself; methods never are (they are
    // not called by a bare name), whatever function shares their name.
    names
        .names
        .iter()
        .map(|n| n.as_bytes())
        .chain(
            capable
                .funcs()
                .filter(|f| pkg.func_file(f) != Some(file_no))
                .chain(capable.methods())
                .map(|f| f.as_bytes()),
        )
        .collect()
}

/// Whether `src` mentions one of `wanted` as a whole word.
pub fn mentions_any(src: &[u8], wanted: &HashSet<&[u8]>) -> bool {
    wanted.iter().any(|w| {
        std::str::from_utf8(w).is_ok_and(|w| goroutinectx_scanner::lexical::has_identifier(src, w))
    })
}

/// Which top-level declarations of a file may make a spawn call, lexically: those whose body
/// mentions a `wanted` name (mentions, not only calls: `mk := factory; mk()`; a spawn name
/// of `names` only where [`crate::spawn_sites::mention_may_spawn`]: called, or taken as a
/// value a variable may call, `run := g.Go; run(f)`, not a field read such as `mf.Go !=
/// nil`), and transitively those mentioning a function among them.
/// `decls`: each declaration's name when it is a function (methods are not called by a bare
/// name) and its body's range in `src`, in source order. Linear in the file's size. The same
/// answer whether the bodies come from a tree or from
/// the lexical scan (`decls::func_bodies`), so the driver can tell which bodies to keep
/// before parsing.
pub fn lexical_spawn_closure(
    src: &[u8],
    decls: &[(Option<&[u8]>, std::ops::Range<usize>)],
    wanted: &HashSet<&[u8]>,
    names: &SpawnNames,
) -> Vec<bool> {
    use goroutinectx_scanner::lexical::identifier_offsets;
    let mut found = vec![false; decls.len()];
    // The declaration whose body holds offset `at` (bodies are in source order).
    let body_of = |at: usize| {
        let k = decls.partition_point(|(_, body)| body.end <= at);
        decls.get(k).filter(|(_, body)| body.start <= at).map(|_| k)
    };
    let mut queue: Vec<usize> = Vec::new();
    // Direct mentions: a search of the file for each wanted name (cheaper than reading
    // every identifier and asking the set).
    for w in wanted {
        let spawn_name = names.names.iter().any(|n| n.as_bytes() == *w);
        for at in identifier_offsets(src, w) {
            let Some(k) = body_of(at) else {
                continue;
            };
            if found[k] {
                continue;
            }
            let body = &src[decls[k].1.clone()];
            let from = at - decls[k].1.start;
            if !spawn_name
                || crate::spawn_sites::mention_may_spawn(body, &body[from..from + w.len()])
            {
                found[k] = true;
                queue.push(k);
            }
        }
    }
    // Callers, transitively: a search for each function found, up to
    // `MAX_FOLLOWED_BY_SEARCH` of them; past that (a long chain of callers would make the
    // searches quadratic), one pass over every body's identifiers.
    let mut followed = 0;
    while let Some(i) = queue.pop() {
        let Some(name) = decls[i].0 else {
            continue;
        };
        if followed == MAX_FOLLOWED_BY_SEARCH {
            queue.push(i);
            return callers_closure(src, decls, found, queue);
        }
        followed += 1;
        for at in identifier_offsets(src, name) {
            if let Some(k) = body_of(at) {
                if !found[k] {
                    found[k] = true;
                    queue.push(k);
                }
            }
        }
    }
    found
}

/// How many functions [`lexical_spawn_closure`] follows to their callers by searching the
/// file for each name.
const MAX_FOLLOWED_BY_SEARCH: usize = 32;

/// The rest of [`lexical_spawn_closure`] from `found` and the declarations still to follow
/// (`queue`), from one pass over every body's identifiers: linear in the file's size.
fn callers_closure(
    src: &[u8],
    decls: &[(Option<&[u8]>, std::ops::Range<usize>)],
    mut found: Vec<bool>,
    mut queue: Vec<usize>,
) -> Vec<bool> {
    use goroutinectx_scanner::lexical::identifiers;
    let functions: HashSet<&[u8]> = decls.iter().filter_map(|(name, _)| *name).collect();
    let mut callers: rustc_hash::FxHashMap<&[u8], Vec<usize>> = Default::default();
    for (i, (_, body)) in decls.iter().enumerate() {
        for name in identifiers(&src[body.clone()]) {
            if functions.contains(name) {
                callers.entry(name).or_default().push(i);
            }
        }
    }
    while let Some(i) = queue.pop() {
        let Some(name) = decls[i].0 else {
            continue;
        };
        for &caller in callers.get(name).into_iter().flatten() {
            if !found[caller] {
                found[caller] = true;
                queue.push(caller);
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names() -> SpawnNames {
        SpawnNames {
            names: vec!["Go".to_string(), "TryGo".to_string()],
            ..SpawnNames::default()
        }
    }

    /// The declarations of `src`: `func name() {…}` on one line each.
    fn decls(src: &str) -> Vec<(Option<&[u8]>, std::ops::Range<usize>)> {
        let mut out = Vec::new();
        let mut at = 0;
        for line in src.split_inclusive('\n') {
            if let Some(rest) = line.strip_prefix("func ") {
                let name = &rest[..rest.find('(').unwrap()];
                let open = at + line.find('{').unwrap();
                let end = at + line.rfind('}').unwrap() + 1;
                let method = name.is_empty();
                out.push(((!method).then_some(name.as_bytes()), open..end));
            }
            at += line.len();
        }
        out
    }

    fn closure(src: &str) -> Vec<bool> {
        let wanted: HashSet<&[u8]> = [&b"Go"[..], b"TryGo"].into_iter().collect();
        lexical_spawn_closure(src.as_bytes(), &decls(src), &wanted, &names())
    }

    #[test]
    fn spawn_names_count_where_they_may_make_a_call() {
        let src = "package p\n\
            func a() { g.Go(f) }\n\
            func b() { if m.Go != nil { _ = m.Go[0] } }\n\
            func c() { run := g.TryGo; run(f) }\n\
            func d() { run := g.Go; _ = run }\n\
            func e() { b() }\n\
            func f() { c() }\n";
        assert_eq!(closure(src), [true, false, true, false, false, true]);
    }

    #[test]
    fn long_chains_of_callers_are_followed_past_the_searches() {
        // f0 spawns, each f(i) calls f(i-1): every one is found, by the searches for the
        // first ones and by the pass over identifiers for the rest; g calls none.
        let mut src = String::from("package p\nfunc f0() { g.Go(f) }\n");
        for i in 1..100 {
            src.push_str(&format!("func f{i}() {{ f{}() }}\n", i - 1));
        }
        src.push_str("func g() { h() }\n");
        let found = closure(&src);
        assert_eq!(found.len(), 101);
        assert!(found[..100].iter().all(|f| *f));
        assert!(!found[100]);
    }
}
