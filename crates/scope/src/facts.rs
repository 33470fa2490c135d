//! The predicates over function values of SPEC §3.0.4 (P1–P11), built on the file model and
//! the semantics. Checkers combine them; each predicate is documented with its SPEC name.
//!
//! Every walk here is iterative or bounded by [`MAX_DEPTH`] (literal-in-literal nesting for
//! the recursive predicates), and every "cannot tell" answer is the one that avoids a report.

use goroutinectx_scanner::fields::NodeKind;
use goroutinectx_scanner::kind;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use tree_sitter::Node;

use crate::config::FuncSpec;
use crate::index::IndexVec;
use crate::model::{BindingId, BindingKind, FuncId};
use crate::semantics::{CallTarget, Semantics};
use crate::types::Type;

/// Nesting bound for the mutually recursive predicates (P6/P7, FactoryDerives).
const MAX_DEPTH: usize = 32;

/// Kinds of statement whose presence among a node's ancestors makes an assignment conditional
/// (P4).
const CONDITIONAL_KINDS: &[&str] = &[
    kind::IF_STATEMENT,
    kind::FOR_STATEMENT,
    kind::EXPRESSION_SWITCH_STATEMENT,
    kind::TYPE_SWITCH_STATEMENT,
    kind::SELECT_STATEMENT,
];

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

/// Strips one or more parentheses.
pub fn unparen(mut n: Node<'_>) -> Node<'_> {
    while n.kind_name() == kind::PARENTHESIZED_EXPRESSION {
        match n.named_child(0) {
            Some(inner) => n = inner,
            None => break,
        }
    }
    n
}

/// Named children, comments aside.
pub fn children(n: Node<'_>) -> Vec<Node<'_>> {
    let mut c = n.walk();
    n.named_children(&mut c)
        .filter(|x| x.kind_name() != kind::COMMENT)
        .collect()
}

/// Visits `root` and its descendants in document order; `descend` decides whether to enter a
/// node's children (the node itself is always visited).
pub fn walk<'t>(root: Node<'t>, mut visit: impl FnMut(Node<'t>) -> bool) {
    let mut stack = vec![root];
    let mut cursor = root.walk();
    let mut steps = 0;
    while let Some(n) = stack.pop() {
        steps += 1;
        if !visit(n) {
            continue;
        }
        let kids: Vec<Node<'t>> = n.named_children(&mut cursor).collect();
        stack.extend(kids.into_iter().rev());
    }
    crate::work::add(steps);
}

/// Nesting depth of function literals up to which P2 walks each literal's body (cost: file
/// size times depth); deeper files are answered for all literals in one pass.
const MAX_WALKED_NESTING: usize = 16;

/// One assignment of a function literal (or call) to a variable, for P4/P5.
#[derive(Clone, Copy, Debug)]
pub struct Assignment<'t> {
    pub stmt: Node<'t>,
    pub value: Node<'t>,
    pub conditional: bool,
}

impl<'a, 't> Semantics<'a, 't> {
    // ---- identifier facts ----------------------------------------------------------------

    /// Whether an identifier, type name or field selector in `node` denotes something of
    /// ctx-ish type (the "object is ctx-ish" test of P3 and P6).
    fn denotes_ctxish(&self, node: Node<'_>) -> bool {
        match node.kind_name() {
            kind::IDENTIFIER => {
                if let Some((_, lit)) = self.model.field_key(node) {
                    if self.is_struct_literal(lit) {
                        let t = self.literal_type(lit, 0);
                        return match self.universe.field(&t, self.text(node)) {
                            Some(ft) => self.may_be_ctxish(&ft),
                            None => t.is_unknown(),
                        };
                    }
                }
                match self.reference(node) {
                    // A package-level type name in expression position (`(*C)(nil)`).
                    Some(b) if self.model.bindings[b].kind == BindingKind::TypeName => {
                        if self.model.bindings[b].func.is_none() {
                            self.is_ctxish(&Type::named(Some(self.pkg.id.clone()), self.text(node)))
                        } else {
                            self.is_ctxish(&self.local_type_of(b))
                        }
                    }
                    Some(b) => self.binding_may_be_ctxish(b),
                    None => self.package_var_is_ctxish(self.text(node)),
                }
            }
            kind::TYPE_IDENTIFIER | kind::QUALIFIED_TYPE => {
                let func = self.model.enclosing_func(node);
                self.is_ctxish(&self.type_of_type_node(node, func))
            }
            kind::SELECTOR_EXPRESSION => {
                let (Some(operand), Some(field)) = (
                    node.child_by_field_id(goroutinectx_scanner::fields::operand()),
                    node.child_by_field_id(goroutinectx_scanner::fields::field()),
                ) else {
                    return false;
                };
                let name = self.text(field);
                if let Some(pkg) = self.package_of_qualifier(operand) {
                    // A package's variable, or a type name in expression position
                    // (`(*context.Context)(nil)`): go/types gives the name an object of
                    // that type, so it counts as a mention.
                    return (pkg.has_var(name)
                        && self.is_ctxish(&self.universe.var_type(&pkg, name)))
                        || (pkg.has_type(name)
                            && self.is_ctxish(&Type::named(Some(pkg.id.clone()), name)));
                }
                // An operand of unknown type says nothing here (its own identifiers are judged
                // on their own); a field of unknown type may be a context.
                let t = self.expr_type(operand);
                !t.is_unknown()
                    && self
                        .universe
                        .field(&t, name)
                        .is_some_and(|ft| self.may_be_ctxish(&ft))
            }
            _ => false,
        }
    }

    /// A name not bound in the file: a package-level variable that may be ctx-ish, or a
    /// package-level type name (in expression position, `(*C)(nil)`) that is ctx-ish.
    fn package_var_is_ctxish(&self, name: &str) -> bool {
        // `_` denotes nothing, even with a package-level `var _ = …`.
        if name == "_" {
            return false;
        }
        if self.pkg.has_var(name) {
            return self.may_be_ctxish(&self.universe.var_type(&self.pkg, name));
        }
        self.pkg.has_type(name) && self.is_ctxish(&Type::named(Some(self.pkg.id.clone()), name))
    }

    /// Whether a literal sits in a package-level variable initializer (no enclosing function
    /// declaration), where upstream has no flow analysis.
    pub fn in_package_initializer(&self, lit: Node<'_>) -> bool {
        let Some(id) = self.model.func_of_node(lit) else {
            return true;
        };
        let funcs = &self.model.funcs;
        self.in_initializer.get_or_init(|| {
            // Functions are numbered outside-in (a parent before its literals), so one pass
            // in order answers for all.
            let mut out: IndexVec<FuncId, bool> = IndexVec::new();
            for f in funcs {
                let literal = f.node.kind_name() == kind::FUNC_LITERAL;
                let parent_ok = match f.parent {
                    None => true,
                    Some(p) => out.get(p).copied().unwrap_or(false),
                };
                out.push(literal && parent_ok);
            }
            out
        })[id]
    }

    // ---- P1–P3 ---------------------------------------------------------------------------

    /// P2 Captures: whether the literal names a ctx-ish variable declared by an enclosing
    /// function, at any depth (in package-level initializers: `P1 || P3`).
    pub fn captures_ctx(&self, lit: Node<'_>) -> bool {
        if self.in_package_initializer(lit) {
            return self.has_own_ctx_param(lit) || self.mentions_ctx(lit);
        }
        let Some(fid) = self.model.func_of_node(lit) else {
            return false;
        };
        if !self.strict() && self.deeply_nested() {
            return self.captures_ctx_by_func()[fid];
        }
        // A walk of this literal's body. Its cost is the body's size, so over all literals it
        // is the file's size times the nesting depth: linear while nesting is shallow (real
        // code), and [`Self::captures_ctx_by_func`] answers for deeper files. The walk asks
        // about the types of captured variables only, and only for literals asked about, where
        // `captures_ctx_by_func` infers every captured variable's type in the file. (`-debug=u`
        // always walks: it records the unknown types met on the way.)
        let Some(body) = lit.child_by_field_id(goroutinectx_scanner::fields::body()) else {
            return false;
        };
        let mut found = false;
        walk(body, |n| {
            if found {
                return false;
            }
            if n.kind_name() == kind::CALL_EXPRESSION && self.is_constant_folded_call(n) {
                return false;
            }
            if n.kind_name() == kind::IDENTIFIER {
                if let Some(b) = self.reference(n) {
                    let binding = &self.model.bindings[b];
                    if let Some(owner) = binding.func {
                        if !self.model.func_within(owner, fid) && self.binding_may_be_ctxish(b) {
                            found = true;
                        }
                    }
                }
            }
            true
        });
        found
    }

    /// Whether function literals nest deeper than [`MAX_WALKED_NESTING`] in this file.
    fn deeply_nested(&self) -> bool {
        *self.deeply_nested.get_or_init(|| {
            // Functions are numbered outside-in: a parent's depth is known before its child's.
            let funcs = &self.model.funcs;
            let mut depth: IndexVec<FuncId, usize> = IndexVec::new();
            for f in funcs {
                let d = f.parent.and_then(|p| depth.get(p)).map_or(0, |d| d + 1);
                depth.push(d);
            }
            depth.iter().any(|&d| d > MAX_WALKED_NESTING)
        })
    }

    /// P2 for every function of the file, in one walk, so that nested literals cost linear
    /// time rather than a walk of each literal's body.
    ///
    /// A reference to a ctx-ish variable makes every function between the reference and the
    /// variable's owner capture it: the functions whose body holds the reference but not the
    /// owner. A reference inside a constant-folded call (`unsafe.Sizeof(ctx)`) counts only for
    /// the literals inside that call. Each function remembers how far up its chain is already
    /// marked, so a chain is climbed only as far as it is new.
    fn captures_ctx_by_func(&self) -> &IndexVec<FuncId, bool> {
        self.captures_by_func.get_or_init(|| {
            let funcs = &self.model.funcs;
            // Whether function `outer` (None: the file) contains function `inner`.
            let contains = |outer: Option<FuncId>, inner: FuncId| match outer {
                None => true,
                Some(o) => {
                    let (a, b) = (funcs[o].node, funcs[inner].node);
                    a.start_byte() <= b.start_byte() && b.end_byte() <= a.end_byte()
                }
            };
            let mut captures: IndexVec<FuncId, bool> = funcs.iter().map(|_| false).collect();
            // For a marked function: the function where its marked chain stops (exclusive).
            let mut marked_to: IndexVec<FuncId, Option<Option<FuncId>>> =
                funcs.iter().map(|_| None).collect();
            let mut ctxish: HashMap<BindingId, bool> = HashMap::default();
            let body_field = goroutinectx_scanner::fields::body();
            // (node, innermost function whose body holds it, where a constant-folded call
            // around it stops its chains).
            let mut stack: Vec<(Node<'t>, Option<FuncId>, Option<Option<FuncId>>)> =
                vec![(self.model.root, None, None)];
            let mut cursor = self.model.root.walk();
            let mut steps = 0;
            while let Some((n, cur, fold)) = stack.pop() {
                steps += 1;
                let node_kind = n.kind_name();
                if node_kind == kind::IDENTIFIER {
                    let owner = self
                        .reference(n)
                        .and_then(|b| Some((b, self.model.bindings[b].func?)))
                        .filter(|(b, _)| {
                            *ctxish
                                .entry(*b)
                                .or_insert_with(|| self.binding_may_be_ctxish(*b))
                        });
                    if let (Some((_, owner)), Some(cur)) = (owner, cur) {
                        // The chain from `cur` stops at the owner when it encloses `cur`, at
                        // `cur` itself when the owner is inside it (a parameter of a nested
                        // literal's signature), or earlier at a constant-folded call.
                        let owner_stop = if contains(Some(owner), cur) {
                            Some(owner)
                        } else {
                            Some(cur)
                        };
                        // Both stops are `cur` or above it: the inner one wins.
                        let stop = match fold {
                            Some(Some(s)) if contains(owner_stop, s) => Some(s),
                            _ => owner_stop,
                        };
                        let mut l = Some(cur);
                        while let Some(f) = l {
                            if Some(f) == stop {
                                break;
                            }
                            if let Some(to) = marked_to[f] {
                                // Marked up to `to`: enough when `to` is at or above `stop`.
                                if stop.is_some_and(|s| contains(to, s)) {
                                    break;
                                }
                            }
                            steps += 1;
                            captures[f] = true;
                            marked_to[f] = Some(stop);
                            l = funcs[f].parent;
                        }
                    }
                }
                let mut fold = fold;
                if node_kind == kind::CALL_EXPRESSION && self.is_constant_folded_call(n) {
                    fold = Some(cur);
                }
                let own = self.model.func_of_node(n);
                let body = own.and_then(|_| n.child_by_field_id(body_field));
                let kids: Vec<Node<'t>> = n.named_children(&mut cursor).collect();
                for k in kids.into_iter().rev() {
                    let in_body = body.is_some_and(|b| b.id() == k.id());
                    stack.push((k, if in_body { own } else { cur }, fold));
                }
            }
            crate::work::add(steps);
            captures
        })
    }

    /// `unsafe.Sizeof(x)` and friends fold to constants: no reference survives (§11.13).
    /// So do `len(a)` and `cap(a)` of an array (or a pointer to one) when `a` holds no
    /// function call and no receive (the Go spec's rule for constant `len`).
    pub(crate) fn is_constant_folded_call(&self, call: Node<'_>) -> bool {
        let Some(callee) = call.child_by_field_id(goroutinectx_scanner::fields::function()) else {
            return false;
        };
        if callee.kind_name() == kind::IDENTIFIER
            && matches!(self.text(callee), "len" | "cap")
            && self.model.binding_of(callee).is_none()
            && !self.pkg.has_name(self.text(callee))
        {
            return self.is_constant_len_operand(call);
        }
        if callee.kind_name() != kind::SELECTOR_EXPRESSION {
            return false;
        }
        let (Some(op), Some(field)) = (
            callee.child_by_field_id(goroutinectx_scanner::fields::operand()),
            callee.child_by_field_id(goroutinectx_scanner::fields::field()),
        ) else {
            return false;
        };
        matches!(self.text(field), "Sizeof" | "Alignof" | "Offsetof")
            && self
                .package_of_qualifier(op)
                .is_some_and(|p| p.id.path == "unsafe")
            || (matches!(self.text(field), "Sizeof" | "Alignof" | "Offsetof")
                && op.kind_name() == kind::IDENTIFIER
                && self.model.binding_of(op).is_none()
                && self.pkg.imports(self.file_no).iter().any(|i| {
                    i.path == "unsafe" && i.name.as_deref().unwrap_or("unsafe") == self.text(op)
                }))
    }

    fn is_constant_len_operand(&self, call: Node<'_>) -> bool {
        let Some(arg) = call
            .child_by_field_id(goroutinectx_scanner::fields::arguments())
            .and_then(|a| children(a).into_iter().next())
        else {
            return false;
        };
        let is_array = match self.universe.underlying(&self.expr_type(arg)) {
            Type::Array(_) => true,
            Type::Pointer(inner) => matches!(self.universe.underlying(&inner), Type::Array(_)),
            _ => false,
        };
        if !is_array {
            return false;
        }
        let mut dynamic = false;
        walk(arg, |n| {
            if dynamic {
                return false;
            }
            match n.kind_name() {
                kind::CALL_EXPRESSION | kind::FUNC_LITERAL => dynamic = true,
                kind::UNARY_EXPRESSION => {
                    dynamic = n
                        .child_by_field_id(goroutinectx_scanner::fields::operator())
                        .is_some_and(|op| self.text(op) == "<-");
                }
                _ => {}
            }
            !dynamic
        });
        !dynamic
    }

    /// P3 Mentions (SPEC §3.0.4): whether the literal's own body (not nested literals, not its
    /// signature) mentions something of ctx-ish type.
    pub fn mentions_ctx(&self, lit: Node<'_>) -> bool {
        let Some(body) = lit.child_by_field_id(goroutinectx_scanner::fields::body()) else {
            return false;
        };
        self.mentions_ctx_flat(body)
    }

    /// P3 Mentions over any node: a flat walk (no nested literals).
    pub fn mentions_ctx_flat(&self, node: Node<'_>) -> bool {
        let mut found = false;
        walk(node, |n| {
            if found || (n.kind_name() == kind::FUNC_LITERAL && n.id() != node.id()) {
                return false;
            }
            if self.denotes_ctxish(n) {
                found = true;
                return false;
            }
            !matches!(n.kind_name(), kind::QUALIFIED_TYPE)
        });
        found
    }

    /// Whether anything under `node` (nested literals and types included) denotes something
    /// of ctx-ish type (P6 step 1).
    pub fn mentions_ctx_anywhere(&self, node: Node<'_>) -> bool {
        let mut found = false;
        walk(node, |n| {
            if found {
                return false;
            }
            if self.denotes_ctxish(n) {
                found = true;
                return false;
            }
            n.kind_name() != kind::QUALIFIED_TYPE
        });
        found
    }

    // ---- P4 / P5: tracing assignments ----------------------------------------------------

    /// Every `=` / `:=` in this file whose left side at index i is `var` and whose right side
    /// at index i satisfies `want`, in source order.
    pub fn assignments_to(
        &self,
        var: BindingId,
        want: impl Fn(Node<'t>) -> bool,
    ) -> Vec<Assignment<'t>> {
        self.file_assignments()
            .get(&var)
            .map(|list| list.iter().filter(|a| want(a.value)).copied().collect())
            .unwrap_or_default()
    }

    /// All plain assignments of the file by assigned variable, collected in one walk.
    fn file_assignments(&self) -> &HashMap<BindingId, Vec<Assignment<'t>>> {
        self.assignments.get_or_init(|| {
            let mut map: HashMap<BindingId, Vec<Assignment<'t>>> = HashMap::default();
            for &(n, conditional) in &self.model.assignment_nodes {
                let is_plain = n.kind_name() == kind::SHORT_VAR_DECLARATION
                    || n.child_by_field_id(goroutinectx_scanner::fields::operator())
                        .is_some_and(|op| self.text(op) == "=");
                if let (true, Some(l), Some(r)) = (
                    is_plain,
                    n.child_by_field_id(goroutinectx_scanner::fields::left()),
                    n.child_by_field_id(goroutinectx_scanner::fields::right()),
                ) {
                    let rhs = children(r);
                    for (i, target) in children(l).iter().enumerate() {
                        if target.kind_name() != kind::IDENTIFIER {
                            continue;
                        }
                        let (Some(var), Some(value)) = (self.model.binding_of(*target), rhs.get(i))
                        else {
                            continue;
                        };
                        map.entry(var).or_default().push(Assignment {
                            stmt: n,
                            value: *value,
                            conditional,
                        });
                    }
                }
            }
            map
        })
    }

    /// P4 Trace (SPEC §3.0.4): whether `pred` holds for every traced literal of `var` (an
    /// empty trace passes).
    pub fn trace(&self, var: BindingId, pred: impl Fn(Node<'t>) -> bool) -> bool {
        let entries = self.assignments_to(var, |v| v.kind_name() == kind::FUNC_LITERAL);
        trace_entries(&entries).iter().all(|a| pred(a.value))
    }

    /// The entries of a trace that must satisfy the predicate; empty when untraceable.
    pub fn trace_list(&self, var: BindingId) -> Vec<Assignment<'t>> {
        let entries = self.assignments_to(var, |v| v.kind_name() == kind::FUNC_LITERAL);
        trace_entries(&entries).to_vec()
    }

    /// P4 Trace on an identifier: traces the variable it names in the file that declares it
    /// (this file, or for a package-level variable declared in another file of this
    /// package, that file). Anything that is not a variable passes.
    pub fn trace_ident(
        &self,
        ident: Node<'_>,
        pred: &dyn for<'x> Fn(&Semantics<'_, 'x>, Node<'x>) -> bool,
    ) -> bool {
        if let Some(var) = self.variable_of(ident) {
            return self.trace(var, |lit| pred(self, lit));
        }
        self.in_declaring_file(ident, &|other, var| {
            other.trace(var, |lit| pred(other, lit))
        })
        .unwrap_or(true)
    }

    /// Whether an identifier names a package-level variable declared in another file of this
    /// package (answered from the lexical directory, without parsing).
    pub fn is_other_file_var(&self, ident: Node<'_>) -> bool {
        ident.kind_name() == kind::IDENTIFIER
            && self.model.binding_of(ident).is_none()
            && self
                .pkg
                .var_file(self.text(ident))
                .is_some_and(|f| f != self.file_no)
    }

    /// For an identifier naming a package-level variable declared in another file of this
    /// package: `judge` asked with that file's semantics and the variable's binding there
    /// (P4 and P5 read "the file that declares x"). That file is parsed and modelled for the
    /// question. `None` for anything else.
    pub fn in_declaring_file(
        &self,
        ident: Node<'_>,
        judge: &dyn Fn(&Semantics<'_, '_>, BindingId) -> bool,
    ) -> Option<bool> {
        if !self.is_other_file_var(ident) {
            return None;
        }
        let name = self.text(ident);
        let file_no = self.pkg.var_file(name)?;
        let file = self.pkg.files.get(file_no)?;
        let tree = file.parse();
        let model = crate::model::FileModel::build(file, &tree);
        let other = Semantics::new(
            self.universe,
            self.pkg.clone(),
            file_no,
            &model,
            self.config,
        );
        let (var, _) = model
            .bindings
            .iter_enumerated()
            .find(|(_, b)| b.kind == BindingKind::Var && b.func.is_none() && b.name == name)?;
        Some(judge(&other, var))
    }

    /// P5 LastLit (SPEC §3.0.4): the last function literal assigned to `var`.
    pub fn last_assigned_literal(&self, var: BindingId) -> Option<Node<'t>> {
        self.assignments_to(var, |v| v.kind_name() == kind::FUNC_LITERAL)
            .last()
            .map(|a| a.value)
    }

    /// P5 LastCall (SPEC §3.0.4): the last call assigned to `var`.
    pub fn last_assigned_call(&self, var: BindingId) -> Option<Node<'t>> {
        self.assignments_to(var, |v| v.kind_name() == kind::CALL_EXPRESSION)
            .last()
            .map(|a| a.value)
    }

    /// The variable an identifier names, if it is one (not a function, type or constant).
    pub fn variable_of(&self, ident: Node<'_>) -> Option<BindingId> {
        if ident.kind_name() != kind::IDENTIFIER {
            return None;
        }
        let b = self.model.binding_of(ident)?;
        matches!(
            self.model.bindings[b].kind,
            BindingKind::Var
                | BindingKind::Param
                | BindingKind::Result
                | BindingKind::Receiver
                | BindingKind::TypeSwitch
        )
        .then_some(b)
    }

    // ---- P6 / P7: factories --------------------------------------------------------------

    /// P6 FactoryOK (SPEC §3.0.4): whether the function value returned by call `c` (the
    /// spawned value) uses a context, or cannot be told not to.
    pub fn factory_uses_ctx(&self, c: Node<'_>) -> bool {
        self.factory_uses_ctx_at(c, 0)
    }

    fn factory_uses_ctx_at(&self, c: Node<'_>, depth: usize) -> bool {
        if depth > MAX_DEPTH {
            return true;
        }
        if let Some(args) = c.child_by_field_id(goroutinectx_scanner::fields::arguments()) {
            if self.mentions_ctx_anywhere(args) {
                return true;
            }
        }
        let Some(callee) = c.child_by_field_id(goroutinectx_scanner::fields::function()) else {
            return true;
        };
        // An explicitly instantiated callee (`mk[T](…)`) is an index expression in go/ast:
        // "anything else", which passes, however tree-sitter splits the type arguments off.
        if c.child_by_field_id(goroutinectx_scanner::fields::type_arguments())
            .is_some()
        {
            return true;
        }
        match callee.kind_name() {
            kind::FUNC_LITERAL => {
                self.has_own_ctx_param(callee) || self.returns_ctx_func_of(callee, depth)
            }
            kind::IDENTIFIER => {
                if let Some(var) = self.variable_of(callee) {
                    return match self.last_assigned_literal(var) {
                        None => true,
                        Some(l) => self.has_own_ctx_param(l) || self.returns_ctx_func_of(l, depth),
                    };
                }
                if let Some(verdict) = self.in_declaring_file(callee, &|other, var| match other
                    .last_assigned_literal(var)
                {
                    None => true,
                    Some(l) => other.has_own_ctx_param(l) || other.returns_ctx_func_of(l, depth),
                }) {
                    return verdict;
                }
                match self.local_func_decl(callee) {
                    Some(decl) => {
                        if self.has_own_ctx_param(decl) {
                            return true;
                        }
                        match decl.child_by_field_id(goroutinectx_scanner::fields::body()) {
                            None => true,
                            Some(body) => self.returns_ctx_func(body, depth + 1),
                        }
                    }
                    None => self.other_file_factory_ok(callee, depth),
                }
            }
            kind::CALL_EXPRESSION => self.factory_uses_ctx_at(callee, depth + 1),
            _ => true,
        }
    }

    /// P6 for a function of the current package declared in another file: that file is
    /// parsed and modelled on demand and the declaration judged there. Anything not found
    /// passes.
    fn other_file_factory_ok(&self, ident: Node<'_>, depth: usize) -> bool {
        if self.model.binding_of(ident).is_some() {
            return true;
        }
        let name = self.text(ident);
        if self.strict() {
            return self.judge_other_file_factory(name, depth);
        }
        if let Some(known) = self.other_file_factories.borrow().get(name) {
            return *known;
        }
        let verdict = self.judge_other_file_factory(name, depth);
        self.other_file_factories
            .borrow_mut()
            .insert(name.to_string(), verdict);
        verdict
    }

    fn judge_other_file_factory(&self, name: &str, depth: usize) -> bool {
        let Some(decl) = self.pkg.func_decl(name) else {
            return true;
        };
        if decl.file == self.file_no || !decl.has_body {
            return true;
        }
        let Some(file) = self.pkg.files.get(decl.file) else {
            return true;
        };
        let tree = file.parse();
        let model = crate::model::FileModel::build(file, &tree);
        let other = Semantics::new(
            self.universe,
            self.pkg.clone(),
            decl.file,
            &model,
            self.config,
        );
        let node = model.funcs.iter().map(|f| f.node).find(|n| {
            n.kind_name() == kind::FUNCTION_DECLARATION
                && n.child_by_field_id(goroutinectx_scanner::fields::name())
                    .is_some_and(|nm| other.text(nm) == name)
        });
        match node {
            Some(n) if other.has_own_ctx_param(n) => true,
            Some(n) => match n.child_by_field_id(goroutinectx_scanner::fields::body()) {
                Some(body) => other.returns_ctx_func(body, depth + 1),
                None => true,
            },
            None => true,
        }
    }

    /// The declaration of a function of the current package named by `ident`, when it is in
    /// this file (others: [`Self::other_file_factory_ok`]).
    pub(crate) fn local_func_decl(&self, ident: Node<'_>) -> Option<Node<'t>> {
        let b = self.model.binding_of(ident)?;
        let binding = &self.model.bindings[b];
        match binding.source {
            crate::model::TypeSource::FuncDecl(decl) if binding.kind == BindingKind::Func => {
                Some(decl)
            }
            _ => None,
        }
    }

    fn returns_ctx_func_of(&self, lit: Node<'_>, depth: usize) -> bool {
        lit.child_by_field_id(goroutinectx_scanner::fields::body())
            .is_some_and(|b| self.returns_ctx_func(b, depth + 1))
    }

    /// P7 ReturnsCtxFunc (SPEC §3.0.4): whether some `return` directly in `block` returns a
    /// function that mentions a context.
    pub fn returns_ctx_func(&self, block: Node<'_>, depth: usize) -> bool {
        if depth > MAX_DEPTH {
            return false;
        }
        self.returns_in(block)
            .into_iter()
            .any(|r| match r.kind_name() {
                kind::FUNC_LITERAL => self.mentions_ctx(r) || self.returns_ctx_func_of(r, depth),
                kind::IDENTIFIER => match self.variable_of(r) {
                    Some(var) => {
                        let list = self.trace_list(var);
                        !list.is_empty()
                            && list.iter().all(|a| {
                                self.mentions_ctx(a.value)
                                    || self.returns_ctx_func_of(a.value, depth)
                            })
                    }
                    None => false,
                },
                _ => false,
            })
    }

    /// The result expressions of every `return` in `block` (not inside nested literals).
    pub fn returns_in<'n>(&self, block: Node<'n>) -> Vec<Node<'n>> {
        let mut out = Vec::new();
        walk(block, |n| {
            if n.kind_name() == kind::FUNC_LITERAL {
                return false;
            }
            if n.kind_name() == kind::RETURN_STATEMENT {
                for list in children(n) {
                    if list.kind_name() == kind::EXPRESSION_LIST {
                        out.extend(children(list));
                    } else {
                        out.push(list);
                    }
                }
                return false;
            }
            true
        });
        out
    }

    // ---- P8 / P9: composite literals -----------------------------------------------------

    /// P8 FieldLit (SPEC §3.0.4): whether `v.f`, where `v` was assigned a keyed composite
    /// literal with `f: func…`, is a literal that mentions a context (anything else passes).
    pub fn field_literal_uses_ctx(&self, sel: Node<'_>) -> bool {
        let (Some(operand), Some(field)) = (
            sel.child_by_field_id(goroutinectx_scanner::fields::operand()),
            sel.child_by_field_id(goroutinectx_scanner::fields::field()),
        ) else {
            return true;
        };
        let Some(var) = self.variable_of(operand) else {
            return true;
        };
        let fname = self.text(field);
        let lits = self.assignments_to(var, |v| v.kind_name() == kind::COMPOSITE_LITERAL);
        for a in lits {
            let Some(body) = a
                .value
                .child_by_field_id(goroutinectx_scanner::fields::body())
            else {
                continue;
            };
            for el in children(body) {
                if el.kind_name() != kind::KEYED_ELEMENT {
                    continue;
                }
                let (Some(k), Some(v)) = (keyed_part(el, 0), keyed_part(el, 1)) else {
                    continue;
                };
                if self.text(k) == fname && v.kind_name() == kind::FUNC_LITERAL {
                    return self.mentions_ctx(v);
                }
            }
        }
        true
    }

    /// P9 IndexLit (SPEC §3.0.4): whether `v[k]` with a literal index is a literal that
    /// mentions a context (anything else passes).
    pub fn index_literal_uses_ctx(&self, index_expr: Node<'_>) -> bool {
        let (Some(operand), Some(index)) = (
            index_expr.child_by_field_id(goroutinectx_scanner::fields::operand()),
            index_expr.child_by_field_id(goroutinectx_scanner::fields::index()),
        ) else {
            return true;
        };
        let Some(var) = self.variable_of(operand) else {
            return true;
        };
        let key_text = self.text(index);
        let by_position = match index.kind_name() {
            kind::INT_LITERAL => {
                let digits: String = key_text
                    .chars()
                    .take_while(|c| c.is_ascii_digit())
                    .collect();
                match digits.parse::<usize>() {
                    Ok(n) => Some(n),
                    Err(_) => return true,
                }
            }
            kind::INTERPRETED_STRING_LITERAL | kind::RAW_STRING_LITERAL => None,
            _ => return true,
        };
        let lits = self.assignments_to(var, |v| v.kind_name() == kind::COMPOSITE_LITERAL);
        for a in lits {
            let Some(body) = a
                .value
                .child_by_field_id(goroutinectx_scanner::fields::body())
            else {
                continue;
            };
            let elements = children(body);
            let found = match by_position {
                Some(n) => elements.get(n).and_then(|el| {
                    (el.kind_name() == kind::LITERAL_ELEMENT)
                        .then(|| el.named_child(0))
                        .flatten()
                        .filter(|v| v.kind_name() == kind::FUNC_LITERAL)
                }),
                None => {
                    let want = key_text.trim_matches('"');
                    elements.iter().find_map(|el| {
                        if el.kind_name() != kind::KEYED_ELEMENT {
                            return None;
                        }
                        let k = keyed_part(*el, 0)?;
                        let v = keyed_part(*el, 1)?;
                        (matches!(
                            k.kind_name(),
                            kind::INTERPRETED_STRING_LITERAL | kind::RAW_STRING_LITERAL
                        ) && self.text(k).trim_matches('"') == want
                            && v.kind_name() == kind::FUNC_LITERAL)
                            .then_some(v)
                    })
                }
            };
            if let Some(lit) = found {
                return self.mentions_ctx(lit);
            }
        }
        true
    }

    // ---- P10 / P11: derivers -------------------------------------------------------------

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
            if n.kind_name() == kind::CALL_EXPRESSION {
                if let Some(t) = self.deriver_target(n, false) {
                    targets.push(t);
                }
            }
            true
        });
        derivers.satisfied_by(&targets)
    }

    /// The target of a call for deriver matching.
    pub fn deriver_target(&self, call: Node<'_>, allow_instantiated: bool) -> Option<Target> {
        if let Some(t) = self.call_target(call, allow_instantiated) {
            return Some(Target::from(&t));
        }
        let callee = unparen(call.child_by_field_id(goroutinectx_scanner::fields::function())?);
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
        self.returns_in(body).into_iter().any(|r| {
            r.kind_name() == kind::IDENTIFIER
                && self.variable_of(r).is_some_and(|var| {
                    let list = self.trace_list(var);
                    !list.is_empty()
                        && list.iter().all(|a| {
                            self.has_own_ctx_param(a.value)
                                || a.value
                                    .child_by_field_id(goroutinectx_scanner::fields::body())
                                    .is_some_and(|b| self.derives_flat(b, derivers))
                        })
                })
        })
    }
}

/// The key (0) or value (1) node of a keyed element, unwrapping `literal_element`.
pub fn keyed_part(el: Node<'_>, i: usize) -> Option<Node<'_>> {
    let part = children(el).get(i).copied()?;
    if part.kind_name() == kind::LITERAL_ELEMENT {
        part.named_child(0)
    } else {
        Some(part)
    }
}

/// The entries from the last unconditional one (or all when none is unconditional).
fn trace_entries<'x, 't>(entries: &'x [Assignment<'t>]) -> &'x [Assignment<'t>] {
    let k = entries.iter().rposition(|a| !a.conditional).unwrap_or(0);
    entries.get(k..).unwrap_or(&[])
}

/// The flow walk of P10.
struct Flow<'s, 'a, 't> {
    sem: &'s Semantics<'a, 't>,
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
                            if callee.kind_name() != kind::FUNC_LITERAL {
                                for c in children(callee).into_iter().rev() {
                                    stack.push(c);
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
                        if ty.kind_name() == kind::GENERIC_TYPE {
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
        let v = unparen(v);
        match v.kind_name() {
            kind::IDENTIFIER | kind::SELECTOR_EXPRESSION => {
                self.sem.callee_target(v, true).map(|t| Target::from(&t))
            }
            _ => None,
        }
    }
}

/// The initializer of a `:=` / `var` declared binding, when it has one value per name.
fn declared_value<'t>(b: &crate::model::Binding<'t>) -> Option<Node<'t>> {
    match &b.source {
        crate::model::TypeSource::Value {
            expr,
            tuple_index: 0,
        } => Some(*expr),
        // `var run func() = func(){…}`: the value at the name's index.
        crate::model::TypeSource::Declared(_) => {
            let spec = b.ident.parent()?;
            if spec.kind_name() != kind::VAR_SPEC {
                return None;
            }
            let mut c = spec.walk();
            let names: Vec<usize> = spec
                .children_by_field_name("name", &mut c)
                .map(|n| n.id())
                .collect();
            let i = names.iter().position(|id| *id == b.ident.id())?;
            let values = children(spec.child_by_field_id(goroutinectx_scanner::fields::value())?);
            (values.len() == names.len()).then(|| values[i])
        }
        _ => None,
    }
}

/// Whether `stmt` sits inside a conditional construct (below `func_node`) that does not
/// also contain `call`.
fn conditional_within(
    model: &crate::model::FileModel<'_>,
    stmt: Node<'_>,
    call: Node<'_>,
    func_node: Node<'_>,
) -> bool {
    // The init statement of an `if`, `switch` or `for` runs unconditionally.
    for a in model.ancestors(stmt) {
        if a.id() == func_node.id() {
            return false;
        }
        let in_init = {
            let init = match a.kind_name() {
                kind::FOR_STATEMENT => a
                    .named_child(0)
                    .filter(|c| c.kind_name() == kind::FOR_CLAUSE)
                    .and_then(|c| c.child_by_field_id(goroutinectx_scanner::fields::initializer())),
                _ => a.child_by_field_id(goroutinectx_scanner::fields::initializer()),
            };
            init.is_some_and(|i| {
                i.start_byte() <= stmt.start_byte() && stmt.end_byte() <= i.end_byte()
            })
        };
        if CONDITIONAL_KINDS.contains(&a.kind_name())
            && !in_init
            && !(a.start_byte() <= call.start_byte() && call.end_byte() <= a.end_byte())
        {
            return true;
        }
    }
    false
}

/// Whether `stmt` (after `call`) and `call` share a loop below `func_node`.
fn loop_between(
    model: &crate::model::FileModel<'_>,
    stmt: Node<'_>,
    call: Node<'_>,
    func_node: Node<'_>,
) -> bool {
    for a in model.ancestors(call) {
        if a.id() == func_node.id() {
            return false;
        }
        if a.kind_name() == kind::FOR_STATEMENT
            && a.start_byte() <= stmt.start_byte()
            && stmt.end_byte() <= a.end_byte()
        {
            return true;
        }
    }
    false
}

pub(crate) fn statements_of(block: Node<'_>) -> Vec<Node<'_>> {
    let mut out = Vec::new();
    for c in children(block) {
        if c.kind_name() == kind::STATEMENT_LIST {
            out.extend(children(c));
        } else {
            out.push(c);
        }
    }
    out
}

/// Reachability and straight-line values, shared by P10 and the spawn-call search.
impl<'a, 't> Semantics<'a, 't> {
    /// Whether a `for`, `switch` or `select` statement contains a reachable `break` that
    /// leaves it (unlabelled, not inside a nested loop, switch or select, or labelled at all —
    /// conservatively treated as leaving). A `break` after a terminating statement of its own
    /// block is dead code and does not count.
    fn has_break_for(&self, for_stmt: Node<'t>) -> bool {
        let mut found = false;
        walk(for_stmt, |n| {
            if found || n.kind_name() == kind::FUNC_LITERAL {
                return false;
            }
            if n.id() != for_stmt.id()
                && matches!(
                    n.kind_name(),
                    kind::FOR_STATEMENT
                        | kind::EXPRESSION_SWITCH_STATEMENT
                        | kind::TYPE_SWITCH_STATEMENT
                        | kind::SELECT_STATEMENT
                )
            {
                // Only labelled breaks can leave the outer loop from here.
                walk(n, |m| {
                    if m.kind_name() == kind::BREAK_STATEMENT
                        && m.named_child(0).is_some()
                        && !self.after_terminator(m)
                    {
                        found = true;
                    }
                    !found && m.kind_name() != kind::FUNC_LITERAL
                });
                return false;
            }
            if n.kind_name() == kind::BREAK_STATEMENT && !self.after_terminator(n) {
                found = true;
            }
            true
        });
        found
    }

    /// Whether an earlier statement of `stmt`'s own statement list ends reachability (so
    /// `stmt` is dead code, unless a label sits in between).
    fn after_terminator(&self, stmt: Node<'t>) -> bool {
        let mut prev = stmt.prev_named_sibling();
        while let Some(p) = prev {
            match p.kind_name() {
                kind::LABELED_STATEMENT => return false,
                kind::COMMENT => {}
                _ if self.terminates(p) => return true,
                _ => {}
            }
            prev = p.prev_named_sibling();
        }
        false
    }

    /// Whether a local variable is captured by a literal nested in its function or has its
    /// address taken (`&v`): SSA does not lift such a variable into registers.
    pub(crate) fn var_escapes(&self, var: BindingId) -> bool {
        if let Some(known) = self.escapes.borrow().get(&var) {
            return *known;
        }
        let answer = match self.model.bindings[var].func {
            None => true,
            Some(owner) => {
                let func_node = self.model.funcs[owner].node;
                let mut escaped = false;
                walk(func_node, |n| {
                    if escaped {
                        return false;
                    }
                    if n.kind_name() == kind::IDENTIFIER && self.model.binding_of(n) == Some(var) {
                        let captured = self.model.enclosing_func(n) != Some(owner);
                        let addressed = n.parent().is_some_and(|p| {
                            p.kind_name() == kind::UNARY_EXPRESSION
                                && p.child_by_field_id(goroutinectx_scanner::fields::operator())
                                    .is_some_and(|op| self.text(op) == "&")
                        });
                        escaped = captured || addressed;
                    }
                    true
                });
                escaped
            }
        };
        self.escapes.borrow_mut().insert(var, answer);
        answer
    }

    /// [`Self::straight_line_value`], followed through copies into other local variables of
    /// the same function (`d := tel.Fork; e := d; e(ctx)`), a few levels deep.
    pub(crate) fn local_function_value(
        &self,
        var: BindingId,
        call: Node<'t>,
        fid: FuncId,
    ) -> Option<Node<'t>> {
        let mut v = self.straight_line_value(var, call, fid)?;
        for _ in 0..8 {
            let inner = unparen(v);
            if inner.kind_name() != kind::IDENTIFIER {
                return Some(v);
            }
            let Some(next) = self.variable_of(inner) else {
                return Some(v);
            };
            if self.model.bindings[next].func != Some(fid) {
                return Some(v);
            }
            v = self.straight_line_value(next, call, fid)?;
        }
        Some(v)
    }

    /// Whether `s` is a labelled statement that a `goto` in function `fid` jumps to.
    pub(crate) fn is_goto_target(&self, s: Node<'t>, fid: FuncId) -> bool {
        if s.kind_name() != kind::LABELED_STATEMENT {
            return false;
        }
        let Some(label) = children(s)
            .into_iter()
            .find(|c| c.kind_name() == kind::LABEL_NAME)
        else {
            return false;
        };
        let name = self.text(label);
        let func = self.model.funcs[fid].node;
        let mut found = false;
        walk(func, |n| {
            if found || (n.kind_name() == kind::FUNC_LITERAL && n.id() != func.id()) {
                return false;
            }
            if n.kind_name() == kind::GOTO_STATEMENT
                && n.named_child(0).is_some_and(|l| self.text(l) == name)
                && !self.after_terminator(n)
            {
                found = true;
            }
            true
        });
        found
    }

    /// Whether a statement ends its block's reachability (`return`, `goto`, `panic(…)`, an
    /// empty `select`, a `for` without condition that no `break` leaves).
    pub(crate) fn terminates(&self, s: Node<'t>) -> bool {
        match s.kind_name() {
            kind::RETURN_STATEMENT | kind::GOTO_STATEMENT => true,
            kind::EXPRESSION_STATEMENT => s.named_child(0).is_some_and(|e| {
                e.kind_name() == kind::CALL_EXPRESSION
                    && e.child_by_field_id(goroutinectx_scanner::fields::function())
                        .map(unparen)
                        .is_some_and(|f| {
                            f.kind_name() == kind::IDENTIFIER
                                && self.text(f) == "panic"
                                && self.model.binding_of(f).is_none()
                        })
            }),
            // `select {}`, or a select whose every clause ends in a terminating statement and
            // that no `break` leaves.
            kind::SELECT_STATEMENT => {
                let cases = children(s);
                cases.iter().all(|c| {
                    statements_of(*c).last().is_some_and(|l| {
                        l.kind_name() != kind::BREAK_STATEMENT && self.terminates(*l)
                    })
                }) && !self.has_break_for(s)
            }
            // The rest of the block is unreachable after these too (SSA drops it).
            kind::CONTINUE_STATEMENT | kind::BREAK_STATEMENT | kind::FALLTHROUGH_STATEMENT => true,
            // A block ends reachability when some statement in it does (SSA drops the rest
            // unless a goto jumps back in, which is not followed here: conservatively, a block
            // with a label does not end it).
            kind::BLOCK => {
                let stmts = statements_of(s);
                !stmts
                    .iter()
                    .any(|x| x.kind_name() == kind::LABELED_STATEMENT)
                    && stmts.iter().any(|x| self.terminates(*x))
            }
            // `if … else …` whose branches both terminate.
            kind::IF_STATEMENT => {
                let then = s.child_by_field_id(goroutinectx_scanner::fields::consequence());
                let alt = s.child_by_field_id(goroutinectx_scanner::fields::alternative());
                match (then, alt) {
                    (Some(t), Some(a)) => self.terminates(t) && self.terminates(a),
                    _ => false,
                }
            }
            // A switch with a default whose clauses all end in a terminating statement and
            // that no `break` leaves.
            kind::EXPRESSION_SWITCH_STATEMENT | kind::TYPE_SWITCH_STATEMENT => {
                let cases: Vec<Node<'t>> = children(s)
                    .into_iter()
                    .filter(|c| {
                        matches!(
                            c.kind_name(),
                            kind::EXPRESSION_CASE | kind::TYPE_CASE | kind::DEFAULT_CASE
                        )
                    })
                    .collect();
                cases.iter().any(|c| c.kind_name() == kind::DEFAULT_CASE)
                    && cases.iter().all(|c| {
                        statements_of(*c).last().is_some_and(|l| {
                            l.kind_name() != kind::BREAK_STATEMENT && self.terminates(*l)
                        })
                    })
                    && !self.has_break_for(s)
            }
            kind::FOR_STATEMENT => {
                let endless = children(s).iter().all(|c| c.kind_name() == kind::BLOCK);
                endless && !self.has_break_for(s)
            }
            kind::LABELED_STATEMENT => children(s)
                .into_iter()
                .find(|c| c.kind_name() != kind::LABEL_NAME)
                .is_some_and(|inner| self.terminates(inner)),
            _ => false,
        }
    }

    /// The single value of local variable `var` reaching `call` along straight-line code:
    /// the last assignment before the call, provided no assignment sits in a branch the call
    /// is not in, none sits in a nested literal, and none follows the call inside a loop that
    /// contains it.
    pub(crate) fn straight_line_value(
        &self,
        var: BindingId,
        call: Node<'t>,
        fid: FuncId,
    ) -> Option<Node<'t>> {
        // A variable a closure captures or whose address is taken lives in memory in SSA:
        // a call through it is dynamic, whatever it holds.
        if self.var_escapes(var) {
            return None;
        }
        let sem = self;
        let binding = &sem.model.bindings[var];
        let mut assigns: Vec<(Node<'t>, Node<'t>)> = Vec::new();
        // The declaration itself (`run := func…` / `var run = func…`).
        if let Some(value) = declared_value(binding) {
            assigns.push((binding.ident, value));
        }
        for a in sem.assignments_to(var, |_| true) {
            if a.stmt.kind_name() == kind::SHORT_VAR_DECLARATION
                && children(
                    a.stmt
                        .child_by_field_id(goroutinectx_scanner::fields::left())?,
                )
                .iter()
                .any(|l| l.id() == binding.ident.id())
            {
                continue;
            }
            assigns.push((a.stmt, a.value));
        }
        let mut current: Option<Node<'t>> = None;
        for (stmt, value) in assigns {
            if sem.model.enclosing_func(stmt) != Some(fid) {
                return None;
            }
            if stmt.start_byte() > call.start_byte() {
                if loop_between(sem.model, stmt, call, sem.model.funcs[fid].node) {
                    return None;
                }
                continue;
            }
            if conditional_within(sem.model, stmt, call, sem.model.funcs[fid].node) {
                current = None;
                continue;
            }
            current = Some(value);
        }
        current
    }
}
