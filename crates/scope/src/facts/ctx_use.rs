//! Whether a function value uses a context (SPEC §3.0.4): what an identifier, type name or
//! field selector denotes, P2 Captures (a walk of the asked literal, or one pass for every
//! function of a deeply nested file), constant-folded calls, and P3 Mentions (flat and
//! anywhere).

use goroutinectx_scanner::fields::NodeKind;
use goroutinectx_scanner::kind;
use rustc_hash::FxHashMap as HashMap;

use tree_sitter::Node;

use crate::index::IndexVec;
use crate::model::{BindingId, BindingKind, FuncId};
use crate::semantics::Semantics;
use crate::types::Type;

use super::{children, walk};

/// Nesting depth of function literals up to which P2 walks each literal's body (cost: file
/// size times depth); deeper files are answered for all literals in one pass.
pub(crate) const MAX_WALKED_NESTING: usize = 16;

impl<'a, 't> Semantics<'a, 't> {
    /// Whether an identifier, type name or field selector in `node` denotes something of
    /// ctx-ish type (the "object is ctx-ish" test of P3 and P6).
    pub(crate) fn denotes_ctxish(&self, node: Node<'_>) -> bool {
        match node.kind_name() {
            kind::IDENTIFIER => {
                if let Some((_, lit)) = self.model.field_key(node) {
                    if self.is_struct_literal(lit) {
                        let t = self.literal_type(lit, 0);
                        return match self.field_type(&t, self.text(node)) {
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
                        && self.may_be_ctxish(&self.universe.var_type(&pkg, name)))
                        || (pkg.has_type(name)
                            && self.is_ctxish(&Type::named(Some(pkg.id.clone()), name)));
                }
                // An operand of unknown type says nothing here (its own identifiers are judged
                // on their own); a field of unknown type may be a context.
                let t = self.expr_type(operand);
                !t.is_unknown()
                    && self
                        .field_type(&t, name)
                        .is_some_and(|ft| self.may_be_ctxish(&ft))
            }
            _ => false,
        }
    }

    /// A name not bound in the file: a package-level variable that may be ctx-ish, or a
    /// package-level type name (in expression position, `(*C)(nil)`) that is ctx-ish, of
    /// this package or of a dot-imported one.
    pub(crate) fn package_var_is_ctxish(&self, name: &str) -> bool {
        // `_` denotes nothing, even with a package-level `var _ = …`.
        if name == "_" {
            return false;
        }
        if self.pkg.has_var(name) {
            return self.may_be_ctxish(&self.universe.var_type(&self.pkg, name));
        }
        if self.pkg.has_type(name) {
            return self.is_ctxish(&Type::named(Some(self.pkg.id.clone()), name));
        }
        // A name of a dot-imported package (`import . "p"`).
        self.universe
            .dot_imports(&self.pkg, self.file_no)
            .iter()
            .any(|dot| {
                (dot.has_var(name) && self.may_be_ctxish(&self.universe.var_type(dot, name)))
                    || (dot.has_type(name)
                        && self.is_ctxish(&Type::named(Some(dot.id.clone()), name)))
            })
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
    pub(crate) fn deeply_nested(&self) -> bool {
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
    pub(crate) fn captures_ctx_by_func(&self) -> &IndexVec<FuncId, bool> {
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
        let Some((op, field)) = super::selector_parts(callee) else {
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

    pub(crate) fn is_constant_len_operand(&self, call: Node<'_>) -> bool {
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
}
