//! Type inference over the file model: type nodes (function-local types and aliases
//! included), bindings, expressions (literals, `new`, `make`, conversions, calls of declared
//! and generic functions, fields, methods, index, range, assertions, receives), composite
//! literals and the keys of possibly-struct literals. Partial and bounded: anything else is
//! [`Type::Unknown`].

use goroutinectx_scanner::fields::{self, NodeKind};
use goroutinectx_scanner::kind;
use std::sync::Arc;

use goroutinectx_scanner::index::type_expr;
use tree_sitter::Node;

use crate::model::{BindingId, BindingKind, FuncId, ScopeId, TypeSource};
use crate::types::{FuncType, NamedType, Type};
use crate::universe::{tuple_of, PkgInfo, Selection};

use super::Semantics;

/// Expression nesting beyond this is not inferred (the type is unknown).
pub(crate) const MAX_EXPR_DEPTH: usize = 128;

impl<'a, 't> Semantics<'a, 't> {
    /// The type a type node denotes.
    pub fn type_of_type_node(&self, node: Node<'_>, func: Option<FuncId>) -> Type {
        if let Some(local) = self.local_type_name(node, func) {
            return local;
        }
        let expr = type_expr(self.model.file, node);
        let params = self.type_params_in_scope(func);
        self.universe
            .convert(&self.pkg, self.file_no, &expr, &params)
    }

    /// The type of a type node that names a function-local `type` declaration, or contains
    /// one (`*result`, `chan result`, `[]result`). A locally defined type is a named type of
    /// no package that remembers where it is declared: never a context, with no methods, and
    /// with the fields its declaration lists ([`Semantics::local_select`]). A local alias is
    /// the type it names. `None` when the node involves no local type.
    pub(crate) fn local_type_name(&self, node: Node<'_>, func: Option<FuncId>) -> Option<Type> {
        let func = func?;
        if !self.model.has_local_types {
            return None;
        }
        let local = |n: Node<'_>| {
            let b = self.model.local_type_at(self.text(n), n)?;
            Some(&self.model.bindings[b])
        };
        let mut involved = false;
        let mut cursor = node.walk();
        let mut stack = vec![node];
        let mut spec_at = None;
        let mut alias_of = None;
        while let Some(n) = stack.pop() {
            if n.kind_name() == kind::TYPE_IDENTIFIER {
                if let Some(binding) = local(n) {
                    involved = true;
                    match binding.source {
                        TypeSource::Declared(spec) if spec.kind_name() == kind::TYPE_SPEC => {
                            if n.id() == node.id() {
                                spec_at = Some(spec.start_byte());
                            }
                        }
                        TypeSource::Declared(spec) if spec.kind_name() == kind::TYPE_ALIAS => {
                            if n.id() == node.id() {
                                alias_of =
                                    spec.child_by_field_id(goroutinectx_scanner::fields::r#type());
                            }
                        }
                        _ => return Some(Type::Unknown),
                    }
                }
            }
            if stack.len() < 64 {
                stack.extend(n.named_children(&mut cursor));
            }
        }
        if !involved {
            return None;
        }
        let child = |field: u16| {
            node.child_by_field_id(field)
                .map_or(Type::Unknown, |c| self.type_of_type_node(c, Some(func)))
        };
        if let Some(target) = alias_of {
            return Some(self.local_alias_target(target));
        }
        Some(match node.kind_name() {
            kind::TYPE_IDENTIFIER => Type::Named(Arc::new(NamedType {
                pkg: None,
                name: self.text(node).to_string(),
                args: Vec::new(),
                local: spec_at,
            })),
            kind::POINTER_TYPE => Type::Pointer(Box::new(
                node.named_child(0)
                    .map_or(Type::Unknown, |c| self.type_of_type_node(c, Some(func))),
            )),
            kind::PARENTHESIZED_TYPE => node
                .named_child(0)
                .map_or(Type::Unknown, |c| self.type_of_type_node(c, Some(func))),
            kind::SLICE_TYPE => Type::Slice(Box::new(child(fields::element()))),
            kind::ARRAY_TYPE => Type::Array(Box::new(child(fields::element()))),
            kind::CHANNEL_TYPE => Type::Chan(Box::new(child(fields::value()))),
            kind::MAP_TYPE => Type::Map(
                Box::new(child(fields::key())),
                Box::new(child(fields::value())),
            ),
            _ => Type::Unknown,
        })
    }

    /// The type a function-local type name denotes (a named type of no package that
    /// remembers its declaration, or what a local alias names).
    pub fn local_type_of(&self, b: BindingId) -> Type {
        let binding = &self.model.bindings[b];
        match binding.source {
            TypeSource::Declared(spec) if spec.kind_name() == kind::TYPE_SPEC => {
                Type::Named(Arc::new(NamedType {
                    pkg: None,
                    name: binding.name.clone(),
                    args: Vec::new(),
                    local: Some(spec.start_byte()),
                }))
            }
            TypeSource::Declared(spec) if spec.kind_name() == kind::TYPE_ALIAS => spec
                .child_by_field_id(goroutinectx_scanner::fields::r#type())
                .map_or(Type::Unknown, |t| self.local_alias_target(t)),
            _ => Type::Unknown,
        }
    }

    /// The type a local alias names (bounded: an invalid cyclic alias is unknown).
    pub(crate) fn local_alias_target(&self, target: Node<'_>) -> Type {
        if self.alias_depth.get() > 16 {
            return Type::Unknown;
        }
        self.alias_depth.set(self.alias_depth.get() + 1);
        let t = self.type_of_type_node(target, self.model.enclosing_func(target));
        self.alias_depth.set(self.alias_depth.get() - 1);
        t
    }

    /// What selector `fname` denotes on the function-local type `name` declared by the
    /// `type_spec` at byte `at` of this file: a field its struct lists, a field or method
    /// promoted through an embedded field, or a field of the named type it is defined from
    /// (a defined type has none of that type's methods; promoted methods of a defined type
    /// are not followed: unknown).
    /// The type of field `fname` of a value of type `t` (promoted fields included), for
    /// types declared at package level or inside a function (`type ls struct{ c T }` in a
    /// body). `None` when `t` has no such field or it is not known.
    pub(crate) fn field_type(&self, t: &Type, fname: &str) -> Option<Type> {
        if let Type::Named(n) = self.universe.unalias(t.strip_pointers()) {
            if let Some(at) = n.local {
                return match self.local_select(at, &n.name, fname)? {
                    Selection::Field(ft) => Some(ft),
                    Selection::Method(_) => None,
                };
            }
        }
        self.universe.field(t, fname)
    }

    pub(crate) fn local_select(&self, at: usize, name: &str, fname: &str) -> Option<Selection> {
        self.local_select_at(at, name, fname, 0)
    }

    pub(crate) fn local_select_at(
        &self,
        at: usize,
        name: &str,
        fname: &str,
        depth: usize,
    ) -> Option<Selection> {
        if depth > 8 {
            return None;
        }
        let spec = self.local_spec(at, name)?;
        let func = self.model.enclosing_func(spec);
        let ty = spec.child_by_field_id(goroutinectx_scanner::fields::r#type())?;
        // Selection on a type that may itself be local.
        let select = |t: &Type, depth: usize| match self.universe.unalias(t.strip_pointers()) {
            Type::Named(n) => match n.local {
                Some(at) => self.local_select_at(at, &n.name, fname, depth + 1),
                None => self.universe.select(t, fname),
            },
            _ => None,
        };
        if ty.kind_name() != kind::STRUCT_TYPE {
            return match select(&self.type_of_type_node(ty, func), depth)? {
                Selection::Field(t) => Some(Selection::Field(t)),
                Selection::Method(_) => None,
            };
        }
        let list = ty.named_child(0)?;
        let mut c = list.walk();
        let mut embedded = Vec::new();
        for decl in list.named_children(&mut c) {
            if decl.kind_name() != kind::FIELD_DECLARATION {
                continue;
            }
            let ft = decl.child_by_field_id(goroutinectx_scanner::fields::r#type())?;
            let mut c2 = decl.walk();
            let mut names = decl
                .children_by_field_id(fields::nonzero(fields::name()), &mut c2)
                .map(|n| self.text(n))
                .peekable();
            if names.peek().is_none() {
                embedded.push(ft);
                continue;
            }
            if names.any(|n| n == fname) {
                return Some(Selection::Field(self.type_of_type_node(ft, func)));
            }
        }
        // Embedded fields: their own name first, then what they promote.
        let mut types = Vec::new();
        for ft in embedded {
            let t = self.type_of_type_node(ft, func);
            let own = match t.strip_pointers() {
                Type::Named(n) => n.name == fname,
                _ => false,
            };
            if own {
                return Some(Selection::Field(t));
            }
            types.push(t);
        }
        types.iter().find_map(|t| select(t, depth))
    }

    pub(crate) fn type_params_in_scope(&self, func: Option<FuncId>) -> Vec<String> {
        let mut out = Vec::new();
        let mut f = func;
        while let Some(id) = f {
            out.extend(self.model.funcs[id].type_params.iter().cloned());
            f = self.model.funcs[id].parent;
        }
        out
    }

    /// The declared or inferred type of a binding.
    pub fn binding_type(&self, id: BindingId) -> Type {
        if let Some(t) = self.binding_types.borrow().get(&id) {
            return t.clone();
        }
        // Guard against cycles (`a := b; b := a` cannot happen, but a self-referential
        // initializer in broken code can): unknown while computing.
        self.binding_types.borrow_mut().insert(id, Type::Unknown);
        let b = &self.model.bindings[id];
        let t = match &b.source {
            TypeSource::Declared(node) => self.type_of_type_node(*node, b.func),
            TypeSource::Variadic(node) => {
                Type::Slice(Box::new(self.type_of_type_node(*node, b.func)))
            }
            TypeSource::Value { expr, tuple_index } => {
                let t = self.expr_type(*expr);
                match (*tuple_index, &t) {
                    (0, Type::Tuple(v)) if !v.is_empty() => v[0].clone(),
                    (i, _) => comma_ok(*expr, &t, i),
                }
            }
            TypeSource::Range { expr, key } => self.range_type(*expr, *key),
            TypeSource::TypeSwitch { subject, case_type } => match case_type {
                Some(t) if self.text(*t) != "nil" => self.type_of_type_node(*t, b.func),
                _ => self.expr_type(*subject),
            },
            TypeSource::Bool => Type::named(None, "bool"),
            TypeSource::FuncDecl(node) => Type::Func(Arc::new(self.func_node_type(*node, None))),
            TypeSource::None => Type::Unknown,
        };
        self.binding_types.borrow_mut().insert(id, t.clone());
        t
    }

    /// The signature of a function declaration or literal node.
    pub fn func_node_type(&self, node: Node<'_>, func: Option<FuncId>) -> FuncType {
        let inner = self.model.func_of_node(node).or(func);
        let sig = goroutinectx_scanner::index::signature(self.model.file, node, 0);
        let params = self.type_params_in_scope(inner);
        self.universe
            .signature(&self.pkg, self.file_no, &sig, &params)
    }

    pub(crate) fn range_type(&self, expr: Node<'_>, key: bool) -> Type {
        let t = self.universe.underlying(&self.expr_type(expr));
        match (t, key) {
            (Type::Slice(_) | Type::Array(_), true) => Type::named(None, "int"),
            (Type::Slice(e) | Type::Array(e), false) => *e,
            (Type::Map(k, _), true) => *k,
            (Type::Map(_, v), false) => *v,
            (Type::Chan(e), true) => *e,
            (Type::Pointer(inner), k) => match (self.universe.underlying(&inner), k) {
                (Type::Array(_), true) => Type::named(None, "int"),
                (Type::Array(e), false) => *e,
                _ => Type::Unknown,
            },
            (Type::Named(n), true) if is_predeclared(&n) && n.name == "string" => {
                Type::named(None, "int")
            }
            (Type::Named(n), false) if is_predeclared(&n) && n.name == "string" => {
                Type::named(None, "rune")
            }
            // Range over an integer (Go 1.22): the values are of its type.
            (Type::Untyped, true) => Type::Untyped,
            (Type::Named(n), true) if is_predeclared(&n) && n.name.contains("int") => {
                Type::Named(n)
            }
            // Range over a function (Go 1.23): `func(yield func(K, V) bool)`.
            (Type::Func(sig), k) if sig.params.len() == 1 && sig.results.is_empty() => {
                match self.universe.underlying(&sig.params[0]) {
                    Type::Func(y) if y.results.len() == 1 => y
                        .params
                        .get(usize::from(!k))
                        .cloned()
                        .unwrap_or(Type::Unknown),
                    _ => Type::Unknown,
                }
            }
            _ => Type::Unknown,
        }
    }

    /// The type of an expression (a tuple for multi-value calls).
    pub fn expr_type(&self, node: Node<'_>) -> Type {
        self.expr_type_at(node, 0)
    }

    pub(crate) fn expr_type_at(&self, node: Node<'_>, depth: usize) -> Type {
        if depth > MAX_EXPR_DEPTH {
            return Type::Unknown;
        }
        let d = depth + 1;
        match node.kind_name() {
            kind::IDENTIFIER => self.ident_type(node),
            kind::PARENTHESIZED_EXPRESSION => node
                .named_child(0)
                .map_or(Type::Unknown, |n| self.expr_type_at(n, d)),
            kind::UNARY_EXPRESSION => {
                let Some(op) = node.child_by_field_id(goroutinectx_scanner::fields::operator())
                else {
                    return Type::Unknown;
                };
                let Some(operand) = node.child_by_field_id(goroutinectx_scanner::fields::operand())
                else {
                    return Type::Unknown;
                };
                let t = self.expr_type_at(operand, d);
                match self.text(op) {
                    "&" => Type::Pointer(Box::new(t)),
                    // Through a defined pointer type too (`type gp *errgroup.Group`).
                    "*" => match self.universe.underlying(&t) {
                        Type::Pointer(inner) => *inner,
                        _ => Type::Unknown,
                    },
                    "<-" => match self.universe.underlying(&t) {
                        Type::Chan(e) => *e,
                        _ => Type::Unknown,
                    },
                    "!" => Type::named(None, "bool"),
                    _ => t,
                }
            }
            kind::CALL_EXPRESSION => self.call_type(node, d),
            kind::SELECTOR_EXPRESSION => self.selector_type(node, d),
            kind::INDEX_EXPRESSION => {
                let Some(operand) = node.child_by_field_id(goroutinectx_scanner::fields::operand())
                else {
                    return Type::Unknown;
                };
                let t = self.expr_type_at(operand, d);
                match self.universe.underlying(&t) {
                    Type::Slice(e) | Type::Array(e) => *e,
                    Type::Map(_, v) => *v,
                    Type::Pointer(inner) => match self.universe.underlying(&inner) {
                        Type::Array(e) => *e,
                        _ => Type::Unknown,
                    },
                    Type::Func(f) => Type::Func(f),
                    _ => Type::Unknown,
                }
            }
            kind::SLICE_EXPRESSION => node
                .child_by_field_id(goroutinectx_scanner::fields::operand())
                .map_or(Type::Unknown, |n| self.expr_type_at(n, d)),
            // `F[T](x)` with a generic function `F` parses as a conversion to `F[T]`.
            kind::TYPE_CONVERSION_EXPRESSION
                if node
                    .child_by_field_id(goroutinectx_scanner::fields::r#type())
                    .is_some_and(|t| {
                        t.kind_name() == kind::GENERIC_TYPE
                            && self
                                .conversion_type(t, self.model.enclosing_func(node))
                                .is_none()
                    }) =>
            {
                self.generic_conversion_call(node, d)
            }
            kind::TYPE_ASSERTION_EXPRESSION | kind::TYPE_CONVERSION_EXPRESSION => node
                .child_by_field_id(goroutinectx_scanner::fields::r#type())
                .map_or(Type::Unknown, |t| {
                    self.type_of_type_node(t, self.model.enclosing_func(node))
                }),
            kind::COMPOSITE_LITERAL => node
                .child_by_field_id(goroutinectx_scanner::fields::r#type())
                .map_or(Type::Unknown, |t| {
                    self.type_of_type_node(t, self.model.enclosing_func(node))
                }),
            kind::FUNC_LITERAL => Type::Func(Arc::new(
                self.func_node_type(node, self.model.enclosing_func(node)),
            )),
            kind::BINARY_EXPRESSION => {
                let op = node
                    .child_by_field_id(goroutinectx_scanner::fields::operator())
                    .map_or("", |o| self.text(o));
                match op {
                    "==" | "!=" | "<" | "<=" | ">" | ">=" | "&&" | "||" => {
                        Type::named(None, "bool")
                    }
                    _ => node
                        .child_by_field_id(goroutinectx_scanner::fields::left())
                        .map_or(Type::Unknown, |l| self.expr_type_at(l, d)),
                }
            }
            kind::INTERPRETED_STRING_LITERAL
            | kind::RAW_STRING_LITERAL
            | kind::INT_LITERAL
            | kind::FLOAT_LITERAL
            | kind::IMAGINARY_LITERAL
            | kind::RUNE_LITERAL
            | kind::TRUE
            | kind::FALSE
            | kind::NIL
            | kind::IOTA => Type::Untyped,
            _ => Type::Unknown,
        }
    }

    pub(crate) fn ident_type(&self, node: Node<'_>) -> Type {
        if let Some(b) = self.model.binding_of(node) {
            let binding = &self.model.bindings[b];
            return match binding.kind {
                BindingKind::TypeName => Type::Unknown,
                // A constant is of a basic type (or one defined from it): never a context,
                // a function or an API receiver; its exact type is not needed.
                BindingKind::Const => Type::Untyped,
                _ => self.binding_type(b),
            };
        }
        let name = self.text(node);
        match name {
            "nil" | "true" | "false" | "iota" => return Type::Untyped,
            _ => {}
        }
        // Another file of this package, or a dot import.
        if self.pkg.has_var(name) {
            return self.universe.var_type(&self.pkg, name);
        }
        if self.pkg.has_const(name) {
            return Type::Untyped;
        }
        // A declared function as a value: its own type parameters are not known here.
        if let Some((_, sig)) = self.universe.func(&self.pkg, name) {
            return Type::Func(Arc::new(sig.subst(&[], &[])));
        }
        for dot in self.universe.dot_imports(&self.pkg, self.file_no) {
            if dot.has_var(name) {
                return self.universe.var_type(&dot, name);
            }
            if dot.has_const(name) {
                return Type::Untyped;
            }
            if let Some((_, sig)) = self.universe.func(&dot, name) {
                return Type::Func(Arc::new(sig.subst(&[], &[])));
            }
        }
        Type::Unknown
    }

    /// If `node` (an identifier) names an imported package in this file, that package.
    pub fn package_of_qualifier(&self, node: Node<'_>) -> Option<Arc<PkgInfo>> {
        if node.kind_name() != kind::IDENTIFIER || self.model.binding_of(node).is_some() {
            return None;
        }
        let name = self.text(node);
        if self.is_package_level_name(name) {
            return None;
        }
        self.universe.qualifier(&self.pkg, self.file_no, name)
    }

    /// Whether `name` is declared at package level in this package (this file first; the
    /// others through their lexical name scan, no parse). In valid Go such a name cannot also
    /// be an import's.
    pub(crate) fn is_package_level_name(&self, name: &str) -> bool {
        self.model.lookup(ScopeId::FILE, name).is_some() || self.pkg.has_name(name)
    }

    pub(crate) fn selector_type(&self, node: Node<'_>, d: usize) -> Type {
        let (Some(operand), Some(field)) = (
            node.child_by_field_id(goroutinectx_scanner::fields::operand()),
            node.child_by_field_id(goroutinectx_scanner::fields::field()),
        ) else {
            return Type::Unknown;
        };
        let fname = self.text(field);
        if let Some(pkg) = self.package_of_qualifier(operand) {
            if pkg.has_var(fname) {
                return self.universe.var_type(&pkg, fname);
            }
            if pkg.has_const(fname) {
                return Type::Untyped;
            }
            if let Some((_, sig)) = self.universe.func(&pkg, fname) {
                return Type::Func(Arc::new(sig));
            }
            return Type::Unknown;
        }
        let t = self.expr_type_at(operand, d);
        if t.is_unknown() {
            return Type::Unknown;
        }
        if let Type::Named(n) = self.universe.unalias(t.strip_pointers()) {
            if let Some(at) = n.local {
                return match self.local_select(at, &n.name, fname) {
                    Some(Selection::Field(t)) => t,
                    Some(Selection::Method(m)) => Type::Func(Arc::new(m.sig)),
                    None => Type::Unknown,
                };
            }
        }
        if let Some(ft) = self.universe.field(&t, fname) {
            return ft;
        }
        if let Some(m) = self.universe.method(&t, fname) {
            return Type::Func(Arc::new(m.sig));
        }
        Type::Unknown
    }

    pub(crate) fn call_type(&self, node: Node<'_>, d: usize) -> Type {
        let Some(callee) = node.child_by_field_id(goroutinectx_scanner::fields::function()) else {
            return Type::Unknown;
        };
        let args: Vec<Node<'_>> = crate::facts::call_arguments(node);
        let func = self.model.enclosing_func(node);
        if callee.kind_name() == kind::IDENTIFIER && self.model.binding_of(callee).is_none() {
            match self.text(callee) {
                // `new(T)` / `make(T, …)`: a bare or qualified type name parses as an
                // expression (tree-sitter cannot tell `new(T)` from `new(ctx)`), so resolve it;
                // `new(expr)` (Go 1.26) is `*typeof(expr)`.
                "new" => {
                    return args.first().map_or(Type::Unknown, |a| {
                        Type::Pointer(Box::new(self.type_operand(*a, func, d)))
                    })
                }
                "make" => {
                    return args
                        .first()
                        .map_or(Type::Unknown, |a| self.type_operand(*a, func, d))
                }
                "append" => {
                    return args
                        .first()
                        .map_or(Type::Unknown, |a| self.expr_type_at(*a, d))
                }
                "len" | "cap" | "copy" => return Type::named(None, "int"),
                "recover" => return Type::named(None, "any"),
                "min" | "max" => {
                    return args
                        .first()
                        .map_or(Type::Unknown, |a| self.expr_type_at(*a, d))
                }
                _ => {}
            }
        }
        if let Some(t) = self.conversion_type(callee, func) {
            return t;
        }
        if let Some(t) = self.generic_call_type(node, callee, &args, d) {
            return t;
        }
        let callee_type = self.expr_type_at(callee, d);
        match self.universe.underlying(&callee_type) {
            Type::Func(sig) => tuple_of(&sig.results),
            _ => Type::Unknown,
        }
    }

    /// The result of calling a declared generic function, its type parameters bound by the
    /// explicit type arguments and then by the argument types (`identity(ctx)` is a
    /// `context.Context`). Parameters that stay unbound are unknown. `None` when the callee
    /// is not a declared generic function.
    pub(crate) fn generic_call_type(
        &self,
        call: Node<'_>,
        callee: Node<'_>,
        args: &[Node<'_>],
        d: usize,
    ) -> Option<Type> {
        let (base, explicit) = split_generic_callee(call, callee)?;
        self.instantiated_result(call, base, explicit, args, d)
    }

    /// [`Self::generic_call_type`] for a callee `base` with explicit type arguments
    /// `explicit` (a `type_arguments` list or a single index expression).
    pub(crate) fn instantiated_result(
        &self,
        at: Node<'_>,
        base: Node<'_>,
        explicit: Option<Node<'_>>,
        args: &[Node<'_>],
        d: usize,
    ) -> Option<Type> {
        let sig = self.instantiated_signature(at, base, explicit, args, d)?;
        Some(tuple_of(&sig.results))
    }

    /// The signature of a call of a generic function, instantiated: its type parameters
    /// bound by the explicit type arguments (`F[T]`, `F[T](x)`: the callee split as
    /// [`Self::generic_call_type`] splits it) and by the arguments' types; a parameter
    /// bound by neither is unknown. `None` for a callee that is no generic function.
    pub(crate) fn generic_call_signature(
        &self,
        call: Node<'_>,
        args: &[Node<'_>],
    ) -> Option<crate::types::FuncType> {
        use goroutinectx_scanner::fields;
        let callee = if call.kind_name() == kind::TYPE_CONVERSION_EXPRESSION {
            call.child_by_field_id(fields::r#type())?
        } else {
            crate::facts::unparen(call.child_by_field_id(fields::function())?)
        };
        let (base, explicit) = split_generic_callee(call, callee)?;
        self.instantiated_signature(call, base, explicit, args, 0)
    }

    fn instantiated_signature(
        &self,
        at: Node<'_>,
        base: Node<'_>,
        explicit: Option<Node<'_>>,
        args: &[Node<'_>],
        d: usize,
    ) -> Option<crate::types::FuncType> {
        use goroutinectx_scanner::fields;
        let func = self.model.enclosing_func(at);
        let (pkg, name) = match base.kind_name() {
            kind::IDENTIFIER | kind::TYPE_IDENTIFIER => {
                if self
                    .model
                    .binding_of(base)
                    .is_some_and(|b| self.model.bindings[b].kind != BindingKind::Func)
                {
                    return None;
                }
                (self.pkg.clone(), self.text(base))
            }
            kind::SELECTOR_EXPRESSION | kind::QUALIFIED_TYPE => {
                let (q, n) = if base.kind_name() == kind::QUALIFIED_TYPE {
                    (
                        base.child_by_field_id(fields::package())?,
                        base.child_by_field_id(fields::name())?,
                    )
                } else {
                    (
                        base.child_by_field_id(fields::operand())?,
                        base.child_by_field_id(fields::field())?,
                    )
                };
                let pkg = if q.kind_name() == kind::PACKAGE_IDENTIFIER {
                    self.universe
                        .qualifier(&self.pkg, self.file_no, self.text(q))?
                } else {
                    self.package_of_qualifier(q)?
                };
                (pkg, self.text(n))
            }
            _ => return None,
        };
        let (decl, sig) = self.universe.func(&pkg, name)?;
        if decl.type_params.is_empty() {
            return None;
        }
        let mut bound: Vec<Option<Type>> = vec![None; decl.type_params.len()];
        if let Some(list) = explicit {
            let mut c = list.walk();
            let types: Vec<Node<'_>> = if list.kind_name() == kind::TYPE_ARGUMENTS {
                list.named_children(&mut c).collect()
            } else {
                vec![list]
            };
            for (slot, t) in bound.iter_mut().zip(types) {
                // A type argument is a `type_elem` wrapping a type, a type node, or (in an
                // index expression `F[T]`) an expression naming a type.
                let t = match t.kind_name() {
                    kind::TYPE_ELEM => t
                        .named_child(0)
                        .map_or(Type::Unknown, |inner| self.type_of_type_node(inner, func)),
                    k if is_type_node(k) => self.type_of_type_node(t, func),
                    _ => self.conversion_type(t, func).unwrap_or(Type::Unknown),
                };
                if !t.is_unknown() {
                    *slot = Some(t);
                }
            }
        }
        let mut untyped: Vec<String> = Vec::new();
        for (i, a) in args.iter().enumerate() {
            let p = match (sig.variadic, sig.params.len()) {
                (true, n) if n > 0 && i + 1 >= n => match &sig.params[n - 1] {
                    Type::Slice(e) if a.kind_name() != kind::VARIADIC_ARGUMENT => (**e).clone(),
                    other => other.clone(),
                },
                _ => match sig.params.get(i) {
                    Some(p) => p.clone(),
                    None => break,
                },
            };
            let at = self.expr_type_at(*a, d);
            if let (Type::Param(name), Type::Untyped) = (&p, &at) {
                if self.text(*a) != "nil" {
                    untyped.push(name.clone());
                }
            }
            unify(&p, &at, &decl.type_params, &mut bound);
        }
        // Go's second inference phase: a parameter bound by nothing else takes the default
        // type of an untyped constant argument (`pick(ctx, "s")`: a string). Which basic type
        // is not needed: it is never a context.
        for name in untyped {
            if let Some(i) = decl.type_params.iter().position(|n| *n == name) {
                if bound[i].is_none() {
                    bound[i] = Some(Type::Untyped);
                }
            }
        }
        let args: Vec<Type> = bound
            .into_iter()
            .map(|b| b.unwrap_or(Type::Unknown))
            .collect();
        Some(sig.subst(&decl.type_params, &args))
    }

    /// The result of `F[T](x)` parsed as a conversion to the generic type `F[T]` where `F` is
    /// a generic function.
    pub(crate) fn generic_conversion_call(&self, node: Node<'_>, d: usize) -> Type {
        use goroutinectx_scanner::fields;
        let Some(t) = node.child_by_field_id(fields::r#type()) else {
            return Type::Unknown;
        };
        let operand: Vec<Node<'_>> = node
            .child_by_field_id(fields::operand())
            .into_iter()
            .collect();
        t.child_by_field_id(fields::r#type())
            .and_then(|base| {
                let explicit = t.child_by_field_id(fields::type_arguments());
                self.instantiated_result(node, base, explicit, &operand, d)
            })
            .unwrap_or(Type::Unknown)
    }

    /// The type an operand of `new`/`make` stands for: a type node, a name denoting a type,
    /// or (for `new(expr)`) the expression's type.
    pub(crate) fn type_operand(&self, a: Node<'_>, func: Option<FuncId>, d: usize) -> Type {
        if is_type_node(a.kind_name()) {
            return self.type_of_type_node(a, func);
        }
        if let Some(t) = self.conversion_type(a, func) {
            return t;
        }
        self.expr_type_at(a, d)
    }

    /// If `callee` denotes a type (so the call is a conversion), that type.
    pub(crate) fn conversion_type(&self, callee: Node<'_>, func: Option<FuncId>) -> Option<Type> {
        match callee.kind_name() {
            kind::IDENTIFIER => {
                if let Some(b) = self.model.binding_of(callee) {
                    let binding = &self.model.bindings[b];
                    return match binding.kind {
                        BindingKind::TypeName if binding.func.is_none() => {
                            Some(Type::named(Some(self.pkg.id.clone()), self.text(callee)))
                        }
                        BindingKind::TypeName => Some(self.local_type_of(b)),
                        _ => None,
                    };
                }
                let name = self.text(callee);
                // The package's own type first: it may be named like a predeclared one.
                if self.pkg.has_type(name) {
                    return Some(Type::named(Some(self.pkg.id.clone()), name));
                }
                if crate::universe::PREDECLARED_TYPES.contains(&name) {
                    return Some(Type::named(None, name));
                }
                self.universe
                    .dot_imports(&self.pkg, self.file_no)
                    .into_iter()
                    .find(|dot| dot.has_type(name))
                    .map(|dot| Type::named(Some(dot.id.clone()), name))
            }
            kind::SELECTOR_EXPRESSION => {
                let operand = callee.child_by_field_id(goroutinectx_scanner::fields::operand())?;
                let field = callee.child_by_field_id(goroutinectx_scanner::fields::field())?;
                let pkg = self.package_of_qualifier(operand)?;
                let name = self.text(field);
                pkg.has_type(name)
                    .then(|| Type::named(Some(pkg.id.clone()), name))
            }
            kind::PARENTHESIZED_EXPRESSION | kind::PARENTHESIZED_TYPE => {
                let inner = callee.named_child(0)?;
                if is_type_node(inner.kind_name()) {
                    Some(self.type_of_type_node(inner, func))
                } else {
                    self.conversion_type(inner, func)
                }
            }
            // `(*T)(x)`: inside parentheses `*T` parses as a dereference.
            kind::UNARY_EXPRESSION => {
                let op = callee.child_by_field_id(goroutinectx_scanner::fields::operator())?;
                if self.text(op) != "*" {
                    return None;
                }
                let operand = callee.child_by_field_id(goroutinectx_scanner::fields::operand())?;
                self.conversion_type(operand, func)
                    .map(|t| Type::Pointer(Box::new(t)))
            }
            // `F[int]` parses as a generic type whether `F` is a type or a function.
            kind::GENERIC_TYPE => {
                let base = callee.child_by_field_id(goroutinectx_scanner::fields::r#type())?;
                let is_func = match base.kind_name() {
                    kind::TYPE_IDENTIFIER => {
                        self.model
                            .binding_of(base)
                            .is_none_or(|b| self.model.bindings[b].kind == BindingKind::Func)
                            && self.pkg.has_func(self.text(base))
                    }
                    kind::QUALIFIED_TYPE => base
                        .child_by_field_id(goroutinectx_scanner::fields::package())
                        .zip(base.child_by_field_id(goroutinectx_scanner::fields::name()))
                        .and_then(|(q, n)| {
                            let pkg =
                                self.universe
                                    .qualifier(&self.pkg, self.file_no, self.text(q))?;
                            Some(pkg.has_func(self.text(n)))
                        })
                        .unwrap_or(false),
                    _ => false,
                };
                (!is_func).then(|| self.type_of_type_node(callee, func))
            }
            k if is_type_node(k) => Some(self.type_of_type_node(callee, func)),
            _ => None,
        }
    }

    /// Resolves an identifier as a variable reference: its binding, or — for a key of a
    /// keyed element — the binding it would denote unless the literal is a struct literal
    /// (then it names a field). An unknown literal type counts as a variable reference.
    pub fn reference(&self, ident: Node<'_>) -> Option<BindingId> {
        if let Some(b) = self.model.binding_of(ident) {
            return Some(b);
        }
        let (binding, lit) = self.model.field_key(ident)?;
        if self.is_struct_literal(lit) {
            return None;
        }
        binding
    }

    /// Whether a composite literal's type is (known to be) a struct.
    pub fn is_struct_literal(&self, lit: Node<'_>) -> bool {
        let t = self.literal_type(lit, 0);
        self.is_struct_type(&t, 0)
    }

    /// Whether a composite literal is known to be a map, slice or array literal (its keys are
    /// expressions, not field names).
    pub fn is_keyed_collection(&self, lit: Node<'_>) -> bool {
        let t = self.literal_type(lit, 0);
        matches!(
            self.universe.underlying(t.strip_pointers()),
            Type::Map(..) | Type::Slice(_) | Type::Array(_)
        )
    }

    /// Whether a type's underlying type is a struct (function-local types included).
    pub(crate) fn is_struct_type(&self, t: &Type, depth: usize) -> bool {
        match self.universe.underlying(t.strip_pointers()) {
            Type::Literal(crate::types::LiteralKind::Struct) | Type::Struct(_) => true,
            Type::Named(n) if depth < 8 => {
                match n.local.and_then(|at| self.local_spec(at, &n.name)) {
                    Some(spec) => spec
                        .child_by_field_id(goroutinectx_scanner::fields::r#type())
                        .is_some_and(|ty| {
                            ty.kind_name() == kind::STRUCT_TYPE
                                || self.is_struct_type(
                                    &self.type_of_type_node(ty, self.model.enclosing_func(spec)),
                                    depth + 1,
                                )
                        }),
                    None => false,
                }
            }
            _ => false,
        }
    }

    /// The `type_spec` of the function-local type `name` declared at byte `at` of this file.
    pub(crate) fn local_spec(&self, at: usize, name: &str) -> Option<Node<'t>> {
        let spec = std::iter::successors(self.model.root.descendant_for_byte_range(at, at), |n| {
            self.model.parent(*n)
        })
        .take_while(|n| n.start_byte() == at)
        .find(|n| n.kind_name() == kind::TYPE_SPEC)?;
        let spec_name = spec.child_by_field_id(goroutinectx_scanner::fields::name())?;
        (self.text(spec_name) == name).then_some(spec)
    }

    /// The type of a composite literal, or of an elided one (`{…}` inside `[]T{…}`), which
    /// is its container's element (or key) type.
    pub fn literal_type(&self, lit: Node<'_>, depth: usize) -> Type {
        if lit.kind_name() == kind::COMPOSITE_LITERAL || depth > 16 {
            return if depth > 16 {
                Type::Unknown
            } else {
                self.expr_type(lit)
            };
        }
        // literal_value <- literal_element <- (literal_value | keyed_element)
        let Some(element) = self.model.parent(lit) else {
            return Type::Unknown;
        };
        let Some(holder) = self.model.parent(element) else {
            return Type::Unknown;
        };
        let (container_body, is_key) = if holder.kind_name() == kind::KEYED_ELEMENT {
            let first = holder.named_child(0).map(|n| n.id());
            let Some(body) = self.model.parent(holder) else {
                return Type::Unknown;
            };
            (body, first == Some(element.id()))
        } else {
            (holder, false)
        };
        let outer = match self.model.parent(container_body) {
            Some(c) if c.kind_name() == kind::COMPOSITE_LITERAL => self.expr_type(c),
            Some(c) if c.kind_name() == kind::LITERAL_ELEMENT => {
                self.literal_type(container_body, depth + 1)
            }
            _ => Type::Unknown,
        };
        match self.universe.underlying(&outer) {
            Type::Slice(e) | Type::Array(e) => *e,
            Type::Map(k, _) if is_key => *k,
            Type::Map(_, v) => *v,
            _ => Type::Unknown,
        }
    }
}

/// Binds the type parameters in `param` (a declared parameter type) from `arg`, the type of
/// the argument passed for it; the first binding of a parameter wins.
pub(crate) fn unify(param: &Type, arg: &Type, names: &[String], bound: &mut [Option<Type>]) {
    match (param, arg) {
        (_, Type::Unknown | Type::Untyped) => {}
        (Type::Param(n), a) => {
            if let Some(i) = names.iter().position(|p| p == n) {
                if bound[i].is_none() {
                    bound[i] = Some(a.clone());
                }
            }
        }
        (Type::Pointer(p), Type::Pointer(a))
        | (Type::Slice(p), Type::Slice(a))
        | (Type::Array(p), Type::Array(a))
        | (Type::Chan(p), Type::Chan(a)) => unify(p, a, names, bound),
        (Type::Map(pk, pv), Type::Map(ak, av)) => {
            unify(pk, ak, names, bound);
            unify(pv, av, names, bound);
        }
        (Type::Func(p), Type::Func(a)) => {
            for (p, a) in p.params.iter().zip(&a.params) {
                unify(p, a, names, bound);
            }
            for (p, a) in p.results.iter().zip(&a.results) {
                unify(p, a, names, bound);
            }
        }
        _ => {}
    }
}

/// A predeclared type (`int`, `string`, …): no package and not a function-local type.
/// A generic call's callee split into the function named and its explicit type arguments
/// (a `type_arguments` list, or the index of `F[T]`): `F[T]` parsed as an index expression
/// or a generic type, or `F` with the call's own type arguments.
fn split_generic_callee<'n>(
    call: Node<'n>,
    callee: Node<'n>,
) -> Option<(Node<'n>, Option<Node<'n>>)> {
    use goroutinectx_scanner::fields;
    Some(match callee.kind_name() {
        kind::INDEX_EXPRESSION => (
            callee.child_by_field_id(fields::operand())?,
            callee.child_by_field_id(fields::index()),
        ),
        kind::GENERIC_TYPE => (
            callee.child_by_field_id(fields::r#type())?,
            callee.child_by_field_id(fields::type_arguments()),
        ),
        _ => (callee, call.child_by_field_id(fields::type_arguments())),
    })
}

pub(crate) fn is_predeclared(n: &NamedType) -> bool {
    n.pkg.is_none() && n.local.is_none()
}

/// A type node that can stand for a whole type operand (`new(T)`, `make(T)`, conversions).
pub(crate) fn is_type_node(k: &str) -> bool {
    crate::model::is_type_kind(k)
        && !matches!(
            k,
            kind::PARENTHESIZED_TYPE | kind::TYPE_ARGUMENTS | kind::TYPE_ELEM | kind::NEGATED_TYPE
        )
}

/// The `i`-th value of a comma-ok form (`v, ok := m[k]`, `x.(T)`, `<-ch`) or of a tuple.
pub(crate) fn comma_ok(expr: Node<'_>, t: &Type, i: usize) -> Type {
    let mut e = expr;
    while e.kind_name() == kind::PARENTHESIZED_EXPRESSION {
        match e.named_child(0) {
            Some(inner) => e = inner,
            None => break,
        }
    }
    match (t, i) {
        (Type::Tuple(v), i) => v.get(i).cloned().unwrap_or(Type::Unknown),
        (t, 0) => t.clone(),
        (_, 1)
            if matches!(
                e.kind_name(),
                kind::INDEX_EXPRESSION | kind::TYPE_ASSERTION_EXPRESSION | kind::UNARY_EXPRESSION
            ) =>
        {
            Type::named(None, "bool")
        }
        _ => Type::Unknown,
    }
}
