//! The deriver set (SPEC §4), P10 DeriveFlow (defer and IIFE aware, following local
//! closure variables along straight-line code) and P11 DeriveFlat, and FactoryDerives
//! (SPEC §3.2).

use goroutinectx_scanner::fields::NodeKind;
use goroutinectx_scanner::kind;
use rustc_hash::FxHashSet as HashSet;

use tree_sitter::Node;

use crate::config::FuncSpec;
use crate::model::{BindingId, FuncId};
use crate::semantics::{CallTarget, Semantics};

use super::{children, statements_of, unparen, walk, MAX_DEPTH};

/// The deriver set: OR of AND-groups (SPEC §4.1).
#[derive(Clone, Debug, Default)]
pub struct Derivers {
    pub groups: Vec<Vec<FuncSpec>>,
}

impl Derivers {
    pub fn parse(raw: &str) -> Self {
        let groups = raw
            .split(',')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(|g| {
                g.split('+')
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
                    .map(FuncSpec::parse)
                    .collect::<Vec<_>>()
            })
            .filter(|g| !g.is_empty())
            .collect();
        Derivers { groups }
    }

    pub fn is_empty(&self) -> bool {
        self.groups.is_empty()
    }

    /// Whether `target` is a member of some group (gotask's `DoAsync` asks for any single
    /// member, SPEC §3.8(b)).
    pub fn has_member(&self, target: &Target) -> bool {
        self.groups
            .iter()
            .flatten()
            .any(|spec| target.matches(spec))
    }

    /// Whether some member of some group is named `name`: a call target of any other name
    /// matches no member, so the callee need not be identified (its name is the name the
    /// callee is written with: SPEC §3.0.2 identifies no renaming call).
    pub fn has_name(&self, name: &str) -> bool {
        self.groups.iter().flatten().any(|spec| spec.name == name)
    }

    /// Whether some group is fully matched by `targets`.
    pub fn satisfied_by(&self, targets: &[Target]) -> bool {
        self.groups
            .iter()
            .any(|g| g.iter().all(|spec| targets.iter().any(|t| t.matches(spec))))
    }
}

/// A call's target for deriver matching: identified, or a method call on a value of unknown
/// type (which matches any method spec with that name, SPEC §4.2).
#[derive(Clone, Debug)]
pub enum Target {
    Known {
        pkg_path: String,
        type_name: Option<String>,
        name: String,
    },
    UnknownMethod(String),
}

impl Target {
    pub fn matches(&self, spec: &FuncSpec) -> bool {
        match self {
            Target::Known {
                pkg_path,
                type_name,
                name,
            } => spec.matches(pkg_path, type_name.as_deref(), name),
            Target::UnknownMethod(name) => spec.type_name.is_some() && spec.name == *name,
        }
    }
}

impl From<&CallTarget> for Target {
    fn from(t: &CallTarget) -> Self {
        Target::Known {
            pkg_path: t.pkg_path.clone(),
            type_name: t.type_name.clone(),
            name: t.name.clone(),
        }
    }
}

/// The result of P10 DeriveFlow ([`Semantics::derives_in_flow`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Derive {
    AtStart,
    DeferOnly,
    None,
}

impl<'a, 't> Semantics<'a, 't> {
    /// P11 DeriveFlat (SPEC §3.0.4): whether the calls anywhere in `node` (not entering
    /// function literals, `defer`/`go` operands included) fully match a deriver group. A
    /// literal node itself yields nothing.
    pub fn derives_flat(&self, node: Node<'_>, derivers: &Derivers) -> bool {
        if node.kind_name() == kind::FUNC_LITERAL {
            return false;
        }
        let mut targets = Vec::new();
        walk(node, |n| {
            if n.kind_name() == kind::FUNC_LITERAL {
                return false;
            }
            if n.kind_name() == kind::CALL_EXPRESSION && may_be_deriver(self, n, derivers) {
                if let Some(t) = self.deriver_target(n, false) {
                    targets.push(t);
                }
            }
            true
        });
        derivers.satisfied_by(&targets)
    }

    /// The target of a call for deriver matching: as SSA sees it for P10
    /// (`allow_instantiated`: explicit instantiations and parenthesised callees identified),
    /// as the AST does otherwise.
    pub fn deriver_target(&self, call: Node<'_>, allow_instantiated: bool) -> Option<Target> {
        if let Some(t) = self.call_target(call, allow_instantiated) {
            return Some(Target::from(&t));
        }
        let callee = unparen(call.child_by_field_id(goroutinectx_scanner::fields::function())?);
        // P10 (`allow_instantiated`) works from SSA's static callees, where parentheses
        // vanish: `(tel.Fork)(x)`. The AST-based questions (P11, gotask) and the call checkers
        // do not identify such calls (SPEC §3.0.2).
        if allow_instantiated {
            if let Some(t) = self.callee_target(callee, true) {
                return Some(Target::from(&t));
            }
        }
        if callee.kind_name() != kind::SELECTOR_EXPRESSION {
            return None;
        }
        let operand = callee.child_by_field_id(goroutinectx_scanner::fields::operand())?;
        let field = callee.child_by_field_id(goroutinectx_scanner::fields::field())?;
        if self.package_of_qualifier(operand).is_some() {
            return None;
        }
        // A method call on a value whose type is not known: any method spec with this name.
        self.expr_type(operand)
            .is_unknown()
            .then(|| Target::UnknownMethod(self.text(field).to_string()))
    }

    /// P10 DeriveFlow (SPEC §3.0.4): where the calls a literal's body executes (defer and IIFE
    /// aware) match a deriver group: at start, only deferred, or not at all.
    pub fn derives_in_flow(&self, lit: Node<'t>, derivers: &Derivers) -> Derive {
        if self.in_package_initializer(lit) {
            return match lit.child_by_field_id(goroutinectx_scanner::fields::body()) {
                Some(b) if self.derives_flat(b, derivers) => Derive::AtStart,
                _ => Derive::None,
            };
        }
        let mut flow = Flow {
            sem: self,
            derivers,
            calls: Vec::new(),
            walked: HashSet::default(),
        };
        if let Some(fid) = self.model.func_of_node(lit) {
            flow.walked.insert(lit.id());
            flow.walk_func(lit, fid, false);
        }
        let normal: Vec<Target> = flow
            .calls
            .iter()
            .filter(|(_, d)| !d)
            .map(|(t, _)| t.clone())
            .collect();
        if derivers.satisfied_by(&normal) {
            return Derive::AtStart;
        }
        let all: Vec<Target> = flow.calls.into_iter().map(|(t, _)| t).collect();
        if derivers.satisfied_by(&all) {
            Derive::DeferOnly
        } else {
            Derive::None
        }
    }

    /// FactoryDerives (SPEC §3.2): whether factory literal `g` returns (or holds) a literal
    /// with its own context parameter or a flat deriver call.
    pub fn factory_derives(&self, g: Node<'t>, derivers: &Derivers) -> bool {
        let Some(body) = g.child_by_field_id(goroutinectx_scanner::fields::body()) else {
            return false;
        };
        let mut found = false;
        walk(body, |n| {
            if found {
                return false;
            }
            if n.kind_name() == kind::FUNC_LITERAL {
                if self.has_own_ctx_param(n)
                    || n.child_by_field_id(goroutinectx_scanner::fields::body())
                        .is_some_and(|b| self.derives_flat(b, derivers))
                {
                    found = true;
                }
                return false;
            }
            true
        });
        if found {
            return true;
        }
        // A returned variable is traced in the file that declares it (P4).
        let judge = |sem: &Semantics<'_, '_>, var: BindingId| {
            let list = sem.trace_list(var);
            !list.is_empty()
                && list.iter().all(|a| {
                    sem.has_own_ctx_param(a.value)
                        || a.value
                            .child_by_field_id(goroutinectx_scanner::fields::body())
                            .is_some_and(|b| sem.derives_flat(b, derivers))
                })
        };
        self.returns_in(body).into_iter().any(|r| {
            r.kind_name() == kind::IDENTIFIER
                && match self.variable_of(r) {
                    Some(var) => judge(self, var),
                    None => self.in_declaring_file(r, &judge).unwrap_or(false),
                }
        })
    }
}

/// The flow walk of P10.
struct Flow<'s, 'a, 't> {
    sem: &'s Semantics<'a, 't>,
    /// Only calls that may be of a member are identified.
    derivers: &'s Derivers,
    calls: Vec<(Target, bool)>,
    walked: HashSet<usize>,
}

impl<'s, 'a, 't> Flow<'s, 'a, 't> {
    /// Walks the body of literal `lit` (function `fid`) with the given deferred flag.
    fn walk_func(&mut self, lit: Node<'t>, fid: FuncId, deferred: bool) {
        if let Some(body) = lit.child_by_field_id(goroutinectx_scanner::fields::body()) {
            self.walk_block(body, fid, deferred, 0);
        }
    }

    fn walk_block(&mut self, block: Node<'t>, fid: FuncId, deferred: bool, depth: usize) {
        if depth > MAX_DEPTH * 4 {
            return;
        }
        // Statement lists: what follows a statement that ends the block's reachability is
        // skipped, up to a label that some `goto` of the function jumps to (SSA keeps the
        // blocks a goto reaches).
        let stmts: Vec<Node<'t>> = statements_of(block);
        let mut reachable = true;
        for s in stmts {
            if !reachable {
                if !self.sem.is_goto_target(s, fid) {
                    continue;
                }
                reachable = true;
            }
            self.walk_node(s, fid, deferred, depth + 1);
            if self.sem.terminates(s) {
                reachable = false;
            }
        }
    }

    fn walk_node(&mut self, node: Node<'t>, fid: FuncId, deferred: bool, depth: usize) {
        let mut stack = vec![node];
        while let Some(n) = stack.pop() {
            match n.kind_name() {
                kind::FUNC_LITERAL => {}
                // Case clauses are implicit blocks: what follows a terminating statement in
                // one is unreachable too.
                kind::BLOCK
                | kind::EXPRESSION_CASE
                | kind::DEFAULT_CASE
                | kind::TYPE_CASE
                | kind::COMMUNICATION_CASE
                    if n.id() != node.id() =>
                {
                    self.walk_block(n, fid, deferred, depth + 1)
                }
                kind::GO_STATEMENT => {
                    // The spawned call's arguments (and callee subexpressions) run now; the
                    // spawned function itself does not run here.
                    if let Some(call) = n.named_child(0) {
                        let call = unparen(call);
                        // `go F[T](x)` parsed as a conversion: `x` is evaluated now.
                        if call.kind_name() == kind::TYPE_CONVERSION_EXPRESSION {
                            if let Some(op) =
                                call.child_by_field_id(goroutinectx_scanner::fields::operand())
                            {
                                stack.push(op);
                            }
                        }
                        if let Some(args) =
                            call.child_by_field_id(goroutinectx_scanner::fields::arguments())
                        {
                            stack.push(args);
                        }
                        if let Some(callee) =
                            call.child_by_field_id(goroutinectx_scanner::fields::function())
                        {
                            let callee = unparen(callee);
                            match callee.kind_name() {
                                // `go tel.Fork(ctx)()`: the call making the spawned function
                                // runs now (SSA: `t0 = tel.Fork(ctx); go t0()`).
                                kind::CALL_EXPRESSION => stack.push(callee),
                                kind::FUNC_LITERAL => {}
                                _ => {
                                    for c in children(callee).into_iter().rev() {
                                        stack.push(c);
                                    }
                                }
                            }
                        }
                    }
                }
                kind::DEFER_STATEMENT => {
                    if let Some(call) = n.named_child(0) {
                        let call = unparen(call);
                        if call.kind_name() == kind::CALL_EXPRESSION {
                            if let Some(args) =
                                call.child_by_field_id(goroutinectx_scanner::fields::arguments())
                            {
                                self.walk_node(args, fid, deferred, depth + 1);
                            }
                            // The function value is evaluated now; only the final call is
                            // deferred: the receiver chain (`tel.From(ctx)` in
                            // `defer tel.From(ctx).End()`), a call returning the function
                            // (`defer begin(ctx)()`), an index (`defer hooks[k]()`).
                            if let Some(callee) =
                                call.child_by_field_id(goroutinectx_scanner::fields::function())
                            {
                                let callee = unparen(callee);
                                match callee.kind_name() {
                                    kind::SELECTOR_EXPRESSION => {
                                        if let Some(op) = callee.child_by_field_id(
                                            goroutinectx_scanner::fields::operand(),
                                        ) {
                                            self.walk_node(op, fid, deferred, depth + 1);
                                        }
                                    }
                                    kind::CALL_EXPRESSION
                                    | kind::INDEX_EXPRESSION
                                    | kind::TYPE_CONVERSION_EXPRESSION => {
                                        self.walk_node(callee, fid, deferred, depth + 1);
                                    }
                                    _ => {}
                                }
                            }
                            self.call(call, fid, true, depth);
                        } else {
                            stack.push(call);
                        }
                    }
                }
                // `F[T](x)` with one argument parses as a conversion to `F[T]`: when `F` is a
                // function it is an explicitly instantiated call, which P10 identifies.
                kind::TYPE_CONVERSION_EXPRESSION => {
                    if let Some(ty) = n.child_by_field_id(goroutinectx_scanner::fields::r#type()) {
                        if ty.kind_name() == kind::GENERIC_TYPE
                            && named_like_member(self.sem, ty, self.derivers)
                        {
                            if let Some(t) = self.sem.callee_target(ty, true) {
                                self.calls.push((Target::from(&t), deferred));
                            }
                        }
                    }
                    if let Some(op) = n.child_by_field_id(goroutinectx_scanner::fields::operand()) {
                        stack.push(op);
                    }
                }
                kind::CALL_EXPRESSION => {
                    self.call(n, fid, deferred, depth);
                    if let Some(args) =
                        n.child_by_field_id(goroutinectx_scanner::fields::arguments())
                    {
                        stack.push(args);
                    }
                    if let Some(callee) =
                        n.child_by_field_id(goroutinectx_scanner::fields::function())
                    {
                        let callee = unparen(callee);
                        if callee.kind_name() != kind::FUNC_LITERAL
                            && callee.kind_name() != kind::IDENTIFIER
                        {
                            stack.push(callee);
                        }
                    }
                }
                _ => {
                    for c in children(n).into_iter().rev() {
                        stack.push(c);
                    }
                }
            }
        }
    }

    /// Records a call (and walks the literal it invokes, if any).
    fn call(&mut self, call: Node<'t>, fid: FuncId, deferred: bool, depth: usize) {
        let Some(callee) = call.child_by_field_id(goroutinectx_scanner::fields::function()) else {
            return;
        };
        let callee = unparen(callee);
        if callee.kind_name() == kind::FUNC_LITERAL {
            self.walk_literal(callee, deferred, depth);
            return;
        }
        if callee.kind_name() == kind::IDENTIFIER {
            if let Some(var) = self.sem.variable_of(callee) {
                if self.sem.model.bindings[var].func == Some(fid) {
                    match self.sem.local_function_value(var, call, fid) {
                        Some(v) if v.kind_name() == kind::FUNC_LITERAL => {
                            self.walk_literal(v, deferred, depth)
                        }
                        Some(v) => {
                            if let Some(t) = self.value_target(v) {
                                self.calls.push((t, deferred));
                            }
                        }
                        None => {}
                    }
                }
                return;
            }
        }
        if !may_be_deriver(self.sem, call, self.derivers) {
            return;
        }
        if let Some(t) = self.sem.deriver_target(call, true) {
            self.calls.push((t, deferred));
        }
    }

    fn walk_literal(&mut self, lit: Node<'t>, deferred: bool, depth: usize) {
        if !self.walked.insert(lit.id()) {
            return;
        }
        if let Some(inner) = self.sem.model.func_of_node(lit) {
            if let Some(body) = lit.child_by_field_id(goroutinectx_scanner::fields::body()) {
                self.walk_block(body, inner, deferred, depth + 1);
            }
        }
    }

    /// The target a function value denotes (`tel.Fork`, `txn.Fork`, a declared function).
    fn value_target(&self, v: Node<'t>) -> Option<Target> {
        if !named_like_member(self.sem, unparen(v), self.derivers) {
            return None;
        }
        // A function, a method value, or an instantiation (`run := tel.GFork[int]`).
        self.sem
            .callee_target(unparen(v), true)
            .map(|t| Target::from(&t))
    }
}

/// Whether `call`'s target may be a member of `derivers`, by the name its callee is written
/// with: identifying a callee reads declarations (other packages' included), and a target
/// named like no member matches none (`deriver_target`'s targets all carry that name).
pub(crate) fn may_be_deriver(sem: &Semantics<'_, '_>, call: Node<'_>, derivers: &Derivers) -> bool {
    call.child_by_field_id(goroutinectx_scanner::fields::function())
        .is_none_or(|callee| named_like_member(sem, unparen(callee), derivers))
}

/// Whether the name a callee (or function value) is written with may be a member's; true
/// when it has no such name.
fn named_like_member(sem: &Semantics<'_, '_>, callee: Node<'_>, derivers: &Derivers) -> bool {
    written_name(sem, callee).is_none_or(|name| derivers.has_name(name))
}

/// The name a callee expression ends with (`F`, `pkg.F`, `x.M`, `F[T]`, `pkg.G[T]`), the
/// name any target identified for it has; `None` for any other expression.
fn written_name<'x>(sem: &Semantics<'_, 'x>, callee: Node<'_>) -> Option<&'x str> {
    use goroutinectx_scanner::fields;
    let mut n = callee;
    for _ in 0..MAX_DEPTH {
        n = match n.kind_name() {
            kind::IDENTIFIER | kind::TYPE_IDENTIFIER => return Some(sem.text(n)),
            kind::SELECTOR_EXPRESSION => {
                return Some(sem.text(n.child_by_field_id(fields::field())?))
            }
            kind::QUALIFIED_TYPE => return Some(sem.text(n.child_by_field_id(fields::name())?)),
            kind::INDEX_EXPRESSION => unparen(n.child_by_field_id(fields::operand())?),
            kind::GENERIC_TYPE => n.child_by_field_id(fields::r#type())?,
            _ => return None,
        };
    }
    None
}
