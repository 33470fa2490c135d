//! The queries checkers ask about one file: the type of an expression or a binding, whether a
//! type is a context (or a configured carrier), ctx scopes and their printed name, and the
//! static target of a call (SPEC §0, §2, §3.0.2, §10).
//!
//! Type inference is partial and bounded: explicit declarations, composite literals, `&T{}`,
//! `new`, `make`, conversions, calls whose callee's declaration is found (this package or a
//! lazily loaded one), multi-value results, fields and methods with promotion, index, range,
//! type assertions and receives. Anything else is [`Type::Unknown`].

use goroutinectx_scanner::fields::NodeKind;
use goroutinectx_scanner::kind;
use rustc_hash::FxHashMap as HashMap;
use std::cell::{OnceCell, RefCell};
use std::sync::Arc;

use goroutinectx_scanner::index::type_expr;
use tree_sitter::Node;

use crate::config::CtxConfig;
use crate::index::IndexVec;
use crate::model::{BindingId, BindingKind, FileModel, FuncId, ScopeId, TypeSource};
use crate::types::{FuncType, NamedType, Type};
use crate::universe::{tuple_of, MethodRef, PkgInfo, Selection, Universe};

/// Expression nesting beyond this is not inferred (the type is unknown).
const MAX_EXPR_DEPTH: usize = 128;

/// What a call's callee statically is (SPEC §3.0.2).
#[derive(Clone, Debug)]
pub struct CallTarget {
    /// Import path of the declaring package.
    pub pkg_path: String,
    /// The receiver's base type name, for methods.
    pub type_name: Option<String>,
    pub name: String,
    /// The function's signature, when known.
    pub sig: Option<FuncType>,
    /// A method expression `(*T).M(recv, ...)`: the receiver is argument 0.
    pub method_expr: bool,
    /// Declared in an interface.
    pub interface: bool,
    /// A function or method marked `//goroutinectx:spawner`.
    pub spawner: bool,
    /// A method of a generic type (upstream cannot match these to directives, §11.11).
    pub generic_recv: bool,
    /// Where the function is declared, for same-package lookups.
    pub pkg: Option<Arc<PkgInfo>>,
}

pub struct Semantics<'a, 't> {
    pub universe: &'a Universe<'a>,
    pub pkg: Arc<PkgInfo>,
    pub file_no: usize,
    pub model: &'a FileModel<'t>,
    pub config: &'a CtxConfig,
    binding_types: RefCell<HashMap<BindingId, Type>>,
    /// `ctx_scope_of` answers, by function.
    ctx_scopes: IndexVec<FuncId, OnceCell<Option<(FuncId, String)>>>,
    /// The file's plain assignments by variable (P4/P5), collected on first use.
    pub(crate) assignments: OnceCell<HashMap<BindingId, Vec<crate::facts::Assignment<'t>>>>,
    /// P6 verdicts for factory functions declared in other files, by name (each such file is
    /// parsed and modelled once per question, so answers are kept).
    pub(crate) other_file_factories: RefCell<HashMap<String, bool>>,
    /// `var_escapes` answers, by variable.
    pub(crate) escapes: RefCell<HashMap<BindingId, bool>>,
    /// Strict mode, for `-debug=u`: a value of unknown type is *not* a possible context, and
    /// each such value met is recorded (see [`Semantics::with_unknown_as_not_ctx`]).
    strict: std::cell::Cell<bool>,
    unknown_hits: RefCell<Vec<String>>,
    /// How many function-local aliases are being resolved (a bound for invalid cycles).
    alias_depth: std::cell::Cell<u8>,
    /// Whether a reached package may mark spawners (see `imports_may_declare_spawners`).
    imports_spawners: OnceCell<bool>,
    /// Node ids of the top-level declarations that may make a spawn call (`may_spawn_decls`).
    pub(crate) spawn_decls: OnceCell<rustc_hash::FxHashSet<usize>>,
    /// P2 for every function of the file, by function id, computed in one pass on first use.
    pub(crate) captures_by_func: OnceCell<IndexVec<FuncId, bool>>,
    /// Whether function literals nest deeply in this file (see `facts::deeply_nested`).
    pub(crate) deeply_nested: OnceCell<bool>,
    /// By function: whether it is a literal in a package-level initializer (no enclosing
    /// declaration), for every function at once.
    pub(crate) in_initializer: OnceCell<IndexVec<FuncId, bool>>,
}

impl<'a, 't> Semantics<'a, 't> {
    pub fn new(
        universe: &'a Universe<'a>,
        pkg: Arc<PkgInfo>,
        file_no: usize,
        model: &'a FileModel<'t>,
        config: &'a CtxConfig,
    ) -> Self {
        Semantics {
            universe,
            pkg,
            file_no,
            model,
            config,
            binding_types: RefCell::new(HashMap::default()),
            ctx_scopes: model.funcs.iter().map(|_| OnceCell::new()).collect(),
            assignments: OnceCell::new(),
            other_file_factories: RefCell::new(HashMap::default()),
            escapes: RefCell::new(HashMap::default()),
            strict: std::cell::Cell::new(false),
            unknown_hits: RefCell::new(Vec::new()),
            alias_depth: std::cell::Cell::new(0),
            imports_spawners: OnceCell::new(),
            spawn_decls: OnceCell::new(),
            captures_by_func: OnceCell::new(),
            deeply_nested: OnceCell::new(),
            in_initializer: OnceCell::new(),
        }
    }

    /// Runs `f` with values of unknown type counted as *not* contexts, and returns its result
    /// with the names of the values whose unknown type it met. A check that passes normally
    /// but fails here was held back only because a type was unknown: `-debug=u` lists those
    /// places to show where inference should learn more. Never used for reporting.
    pub fn with_unknown_as_not_ctx<R>(&self, f: impl FnOnce() -> R) -> (R, Vec<String>) {
        self.strict.set(true);
        self.unknown_hits.borrow_mut().clear();
        let r = f();
        self.strict.set(false);
        let mut hits = std::mem::take(&mut *self.unknown_hits.borrow_mut());
        hits.sort();
        hits.dedup();
        (r, hits)
    }

    /// Whether a package this package reaches through imports may mark a function
    /// `//goroutinectx:spawner` ([`Universe::reach_may_declare_spawners`]): lexical, asked
    /// once per file.
    pub fn imports_may_declare_spawners(&self) -> bool {
        *self
            .imports_spawners
            .get_or_init(|| self.universe.reach_may_declare_spawners(&self.pkg))
    }

    pub(crate) fn strict(&self) -> bool {
        self.strict.get()
    }

    pub fn text(&self, n: Node<'_>) -> &'t str {
        self.model.file.text(n)
    }

    // ---- types ---------------------------------------------------------------------------

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
    fn local_type_name(&self, node: Node<'_>, func: Option<FuncId>) -> Option<Type> {
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
        use goroutinectx_scanner::fields;
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
    fn local_alias_target(&self, target: Node<'_>) -> Type {
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
    fn local_select(&self, at: usize, name: &str, fname: &str) -> Option<Selection> {
        self.local_select_at(at, name, fname, 0)
    }

    fn local_select_at(
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
                .children_by_field_name("name", &mut c2)
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

    fn type_params_in_scope(&self, func: Option<FuncId>) -> Vec<String> {
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

    fn range_type(&self, expr: Node<'_>, key: bool) -> Type {
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

    fn expr_type_at(&self, node: Node<'_>, depth: usize) -> Type {
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

    fn ident_type(&self, node: Node<'_>) -> Type {
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
    fn is_package_level_name(&self, name: &str) -> bool {
        self.model.lookup(ScopeId::FILE, name).is_some() || self.pkg.has_name(name)
    }

    fn selector_type(&self, node: Node<'_>, d: usize) -> Type {
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

    fn call_type(&self, node: Node<'_>, d: usize) -> Type {
        let Some(callee) = node.child_by_field_id(goroutinectx_scanner::fields::function()) else {
            return Type::Unknown;
        };
        let args: Vec<Node<'_>> = node
            .child_by_field_id(goroutinectx_scanner::fields::arguments())
            .map(|a| {
                let mut c = a.walk();
                a.named_children(&mut c)
                    .filter(|n| n.kind_name() != kind::COMMENT)
                    .collect()
            })
            .unwrap_or_default();
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
    fn generic_call_type(
        &self,
        call: Node<'_>,
        callee: Node<'_>,
        args: &[Node<'_>],
        d: usize,
    ) -> Option<Type> {
        use goroutinectx_scanner::fields;
        let (base, explicit) = match callee.kind_name() {
            kind::INDEX_EXPRESSION => (
                callee.child_by_field_id(fields::operand())?,
                callee.child_by_field_id(fields::index()),
            ),
            kind::GENERIC_TYPE => (
                callee.child_by_field_id(fields::r#type())?,
                callee.child_by_field_id(fields::type_arguments()),
            ),
            _ => (callee, call.child_by_field_id(fields::type_arguments())),
        };
        self.instantiated_result(call, base, explicit, args, d)
    }

    /// [`Self::generic_call_type`] for a callee `base` with explicit type arguments
    /// `explicit` (a `type_arguments` list or a single index expression).
    fn instantiated_result(
        &self,
        at: Node<'_>,
        base: Node<'_>,
        explicit: Option<Node<'_>>,
        args: &[Node<'_>],
        d: usize,
    ) -> Option<Type> {
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
        let results: Vec<Type> = sig
            .results
            .iter()
            .map(|r| r.subst(&decl.type_params, &args))
            .collect();
        Some(tuple_of(&results))
    }

    /// The result of `F[T](x)` parsed as a conversion to the generic type `F[T]` where `F` is
    /// a generic function.
    fn generic_conversion_call(&self, node: Node<'_>, d: usize) -> Type {
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
    fn type_operand(&self, a: Node<'_>, func: Option<FuncId>, d: usize) -> Type {
        if is_type_node(a.kind_name()) {
            return self.type_of_type_node(a, func);
        }
        if let Some(t) = self.conversion_type(a, func) {
            return t;
        }
        self.expr_type_at(a, d)
    }

    /// If `callee` denotes a type (so the call is a conversion), that type.
    fn conversion_type(&self, callee: Node<'_>, func: Option<FuncId>) -> Option<Type> {
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
                if crate::universe::PREDECLARED_TYPES.contains(&name) {
                    return Some(Type::named(None, name));
                }
                if self.pkg.has_type(name) {
                    return Some(Type::named(Some(self.pkg.id.clone()), name));
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
    fn is_struct_type(&self, t: &Type, depth: usize) -> bool {
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
    fn local_spec(&self, at: usize, name: &str) -> Option<Node<'t>> {
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

    // ---- contexts ------------------------------------------------------------------------

    /// Whether `t` is `context.Context` (any pointer layers, aliases resolved).
    pub fn is_context_type(&self, t: &Type) -> bool {
        let t = self.universe.unalias_deep(t);
        matches!(t.strip_pointers(), Type::Named(n) if is_context_named(n))
    }

    /// Whether `t` is ctx-ish: `context.Context` or a configured carrier.
    pub fn is_ctxish(&self, t: &Type) -> bool {
        let t = self.universe.unalias_deep(t);
        match t.strip_pointers() {
            Type::Named(n) => is_context_named(n) || self.config.is_carrier(n),
            _ => false,
        }
    }

    /// The first ctx-ish named parameter of a function: the printed name N (SPEC §0).
    pub fn scope_name(&self, func: FuncId) -> Option<String> {
        let f = &self.model.funcs[func];
        f.params.iter().find_map(|p| {
            let name = p.name.as_ref()?;
            if p.variadic {
                return None;
            }
            let t = self.type_of_type_node(p.type_node?, Some(func));
            self.is_ctxish(&t).then(|| name.clone())
        })
    }

    /// The nearest enclosing ctx scope of `node` and its printed name.
    pub fn ctx_scope(&self, node: Node<'_>) -> Option<(FuncId, String)> {
        self.ctx_scope_of(self.model.enclosing_func(node)?)
    }

    /// The nearest ctx scope among `func` and the functions enclosing it (cached per
    /// function: every call site of a function asks the same question).
    pub fn ctx_scope_of(&self, func: FuncId) -> Option<(FuncId, String)> {
        // Climb until a function that is a scope or already answered, then answer for every
        // function passed: each function is climbed through once (linear in nesting depth).
        let mut passed = Vec::new();
        let mut f = Some(func);
        let mut found = None;
        while let Some(id) = f {
            if let Some(answer) = self.ctx_scopes[id].get() {
                found = answer.clone();
                break;
            }
            if let Some(name) = self.scope_name(id) {
                found = Some((id, name));
                let _ = self.ctx_scopes[id].set(found.clone());
                break;
            }
            passed.push(id);
            f = self.model.funcs[id].parent;
        }
        crate::work::add(passed.len() as u64 + 1);
        for id in passed {
            let _ = self.ctx_scopes[id].set(found.clone());
        }
        found
    }

    /// P1 HasOwnCtx (SPEC §3.0.4): whether the function declares a parameter (named, `_` or
    /// unnamed) of the context type (carriers do not count).
    pub fn has_own_ctx_param(&self, func_node: Node<'_>) -> bool {
        let Some(id) = self.model.func_of_node(func_node) else {
            return false;
        };
        let f = &self.model.funcs[id];
        f.params.iter().any(|p| {
            !p.variadic
                && p.type_node
                    .is_some_and(|t| self.is_context_type(&self.type_of_type_node(t, Some(id))))
        })
    }

    /// Whether a value of type `t` may be a context: it is ctx-ish, or its type could not be
    /// inferred. Uses of a value count as context use on this answer (an unknown type must
    /// never lead to a report), while ctx scopes need a type known to be ctx-ish.
    pub fn may_be_ctxish(&self, t: &Type) -> bool {
        if t.strip_pointers().is_unknown() {
            if self.strict() {
                self.unknown_hits.borrow_mut().push("a value".to_string());
                return false;
            }
            return true;
        }
        self.is_ctxish(t)
    }

    /// Whether a binding is a variable (or parameter) that may hold a context (see
    /// [`Self::may_be_ctxish`]).
    pub fn binding_may_be_ctxish(&self, id: BindingId) -> bool {
        if !self.is_variable(id) {
            return false;
        }
        let t = self.binding_type(id);
        if self.strict() && t.strip_pointers().is_unknown() {
            let b = &self.model.bindings[id];
            let pos = self.model.file.position(b.ident.start_byte());
            self.unknown_hits.borrow_mut().push(format!(
                "{} (declared at {}:{})",
                b.name, pos.line, pos.column
            ));
            return false;
        }
        self.may_be_ctxish(&t)
    }

    /// Whether a binding is a variable (or parameter) whose type is known to be ctx-ish.
    pub fn binding_is_ctxish(&self, id: BindingId) -> bool {
        self.is_variable(id) && self.is_ctxish(&self.binding_type(id))
    }

    pub(crate) fn is_variable(&self, id: BindingId) -> bool {
        matches!(
            self.model.bindings[id].kind,
            BindingKind::Param
                | BindingKind::Result
                | BindingKind::Receiver
                | BindingKind::Var
                | BindingKind::TypeSwitch
        )
    }

    // ---- calls ---------------------------------------------------------------------------

    /// The static target of a call (SPEC §3.0.2). Explicitly instantiated generic calls are
    /// identified only with `allow_instantiated` (spawnerlabel and P10 do).
    pub fn call_target(&self, call: Node<'_>, allow_instantiated: bool) -> Option<CallTarget> {
        let callee = call.child_by_field_id(goroutinectx_scanner::fields::function())?;
        if call
            .child_by_field_id(goroutinectx_scanner::fields::type_arguments())
            .is_some()
            && !allow_instantiated
        {
            return None;
        }
        self.callee_target(callee, allow_instantiated)
    }

    /// The static target a callee expression denotes.
    pub fn callee_target(&self, callee: Node<'_>, allow_instantiated: bool) -> Option<CallTarget> {
        match callee.kind_name() {
            kind::IDENTIFIER => {
                if let Some(b) = self.model.binding_of(callee) {
                    let binding = &self.model.bindings[b];
                    if binding.kind != BindingKind::Func {
                        return None;
                    }
                    return self.package_func_target(&self.pkg, self.text(callee));
                }
                let name = self.text(callee);
                if self.pkg.has_func(name) {
                    return self.package_func_target(&self.pkg, name);
                }
                for dot in self.universe.dot_imports(&self.pkg, self.file_no) {
                    if dot.has_func(name) {
                        return self.package_func_target(&dot, name);
                    }
                }
                None
            }
            kind::SELECTOR_EXPRESSION => {
                let operand = callee.child_by_field_id(goroutinectx_scanner::fields::operand())?;
                let field = callee.child_by_field_id(goroutinectx_scanner::fields::field())?;
                let name = self.text(field);
                if let Some(pkg) = self.package_of_qualifier(operand) {
                    return self.package_func_target(&pkg, name);
                }
                // Method expression: (*T).M or T.M.
                if let Some(t) = self.method_expr_recv(operand) {
                    let m = self.universe.method(&t, name)?;
                    return Some(self.method_target(m, true));
                }
                let t = self.expr_type(operand);
                if t.is_unknown() {
                    return None;
                }
                if let Type::Named(n) = self.universe.unalias(t.strip_pointers()) {
                    if let Some(at) = n.local {
                        return match self.local_select(at, &n.name, name)? {
                            Selection::Method(m) => Some(self.method_target(*m, false)),
                            Selection::Field(_) => None,
                        };
                    }
                }
                if self.universe.field(&t, name).is_some() {
                    return None;
                }
                let m = self.universe.method(&t, name)?;
                Some(self.method_target(m, false))
            }
            kind::INDEX_EXPRESSION if allow_instantiated => self.callee_target(
                callee.child_by_field_id(goroutinectx_scanner::fields::operand())?,
                true,
            ),
            kind::GENERIC_TYPE if allow_instantiated => self.callee_target(
                callee.child_by_field_id(goroutinectx_scanner::fields::r#type())?,
                true,
            ),
            // The base of an instantiation parsed as a type (`tel.Gen[int]`, `Gen[int]`).
            kind::QUALIFIED_TYPE if allow_instantiated => {
                let q = callee.child_by_field_id(goroutinectx_scanner::fields::package())?;
                let name = callee.child_by_field_id(goroutinectx_scanner::fields::name())?;
                let pkg = self
                    .universe
                    .qualifier(&self.pkg, self.file_no, self.text(q))?;
                self.package_func_target(&pkg, self.text(name))
            }
            kind::TYPE_IDENTIFIER if allow_instantiated => {
                let name = self.text(callee);
                self.pkg
                    .has_func(name)
                    .then(|| self.package_func_target(&self.pkg, name))
                    .flatten()
            }
            _ => None,
        }
    }

    /// For a method-expression operand (`(*T)`, `T`, `pkg.T`, `T[int]`), the type `T`.
    fn method_expr_recv(&self, operand: Node<'_>) -> Option<Type> {
        let func = self.model.enclosing_func(operand);
        match operand.kind_name() {
            kind::PARENTHESIZED_EXPRESSION | kind::PARENTHESIZED_TYPE => {
                let inner = operand.named_child(0)?;
                match inner.kind_name() {
                    kind::UNARY_EXPRESSION => {
                        let op =
                            inner.child_by_field_id(goroutinectx_scanner::fields::operator())?;
                        if self.text(op) != "*" {
                            return None;
                        }
                        let target =
                            inner.child_by_field_id(goroutinectx_scanner::fields::operand())?;
                        self.method_expr_recv(target)
                            .map(|t| Type::Pointer(Box::new(t)))
                    }
                    kind::POINTER_TYPE => Some(self.type_of_type_node(inner, func)),
                    _ => self.method_expr_recv(inner),
                }
            }
            kind::IDENTIFIER | kind::SELECTOR_EXPRESSION => self.conversion_type(operand, func),
            kind::GENERIC_TYPE | kind::QUALIFIED_TYPE | kind::TYPE_IDENTIFIER => {
                Some(self.type_of_type_node(operand, func))
            }
            kind::INDEX_EXPRESSION => {
                let base = operand.child_by_field_id(goroutinectx_scanner::fields::operand())?;
                self.method_expr_recv(base)
            }
            _ => None,
        }
    }

    /// Whether call target `t` is a function marked `//goroutinectx:spawner` whose mark counts
    /// here (SPEC §3.6, §6.3): not a method of a generic type (§11.11), and declared in this
    /// package unless other packages' marks are honoured (`cross_package`).
    pub fn is_marked_spawner_target(&self, t: &CallTarget, cross_package: bool) -> bool {
        t.spawner
            && !t.generic_recv
            && (cross_package || t.pkg.as_ref().is_some_and(|p| p.id == self.pkg.id))
    }

    /// Whether `call` may call a function marked `//goroutinectx:spawner`, answered before
    /// identifying the callee: a call of a package function (`F(…)`, `pkg.F(…)`) can only
    /// reach a marked function if the package it comes from contains the directive's text at
    /// all, which is answered without parsing anything. Method calls are not judged here
    /// (promotion can bring methods from any package): they may.
    pub fn may_call_marked_spawner(&self, call: Node<'_>) -> bool {
        let Some(callee) = call.child_by_field_id(goroutinectx_scanner::fields::function()) else {
            return false;
        };
        match callee.kind_name() {
            kind::IDENTIFIER => {
                if let Some(b) = self.model.binding_of(callee) {
                    if self.model.bindings[b].kind != BindingKind::Func {
                        return false;
                    }
                }
                self.pkg.may_declare_spawners()
                    || self
                        .universe
                        .dot_imports(&self.pkg, self.file_no)
                        .iter()
                        .any(|p| p.may_declare_spawners())
            }
            kind::SELECTOR_EXPRESSION => callee
                .child_by_field_id(goroutinectx_scanner::fields::operand())
                .and_then(|op| self.package_of_qualifier(op))
                .is_none_or(|p| p.may_declare_spawners()),
            _ => true,
        }
    }

    /// Whether call target `t` takes a function (SPEC §3.7): a parameter (or variadic
    /// element, or slice written as such) of function type, or a receiver of function type.
    /// `None` when a parameter's type is unknown and none is known to be a function.
    pub fn takes_function(&self, t: &CallTarget) -> Option<bool> {
        let sig = t.sig.as_ref()?;
        let mut unknown = false;
        for p in &sig.params {
            // A slice of functions counts as written (`[]func()`, and the packed `...func()`).
            let p = match p {
                Type::Slice(e) => &**e,
                _ => p,
            };
            match self.universe.is_func(p) {
                Some(true) => return Some(true),
                Some(false) => {}
                None => unknown = true,
            }
        }
        if let (Some(recv), Some(pkg)) = (&t.type_name, &t.pkg) {
            if !t.interface {
                let rt = Type::named(Some(pkg.id.clone()), recv);
                if self.universe.is_func(&rt) == Some(true) {
                    return Some(true);
                }
            }
        }
        (!unknown).then_some(false)
    }

    /// Whether an expression's type is known to be a function type (its underlying type is a
    /// signature); unknown types are not.
    pub fn is_func_typed(&self, e: Node<'_>) -> bool {
        self.universe.is_func(&self.expr_type(e)) == Some(true)
    }

    /// Whether a variable's type is known to be a slice (its underlying type).
    pub fn binding_is_slice(&self, var: BindingId) -> bool {
        matches!(
            self.universe.underlying(&self.binding_type(var)),
            Type::Slice(_)
        )
    }

    fn package_func_target(&self, pkg: &Arc<PkgInfo>, name: &str) -> Option<CallTarget> {
        let (decl, sig) = self.universe.func(pkg, name)?;
        Some(CallTarget {
            pkg_path: pkg.id.path.clone(),
            type_name: None,
            name: name.to_string(),
            sig: Some(sig),
            method_expr: false,
            interface: false,
            spawner: decl.spawner,
            generic_recv: false,
            pkg: Some(pkg.clone()),
        })
    }

    fn method_target(&self, m: MethodRef, method_expr: bool) -> CallTarget {
        let generic_recv = self
            .universe
            .type_decl(&m.recv)
            .is_some_and(|(_, d)| !d.type_params.is_empty());
        CallTarget {
            pkg_path: m.pkg.id.path.clone(),
            type_name: Some(m.recv.name.clone()),
            name: m.name.clone(),
            sig: Some(m.sig.clone()),
            method_expr,
            interface: m.interface,
            spawner: m.decl.as_ref().is_some_and(|d| d.spawner),
            generic_recv,
            pkg: Some(m.pkg.clone()),
        }
    }
}

/// Binds the type parameters in `param` (a declared parameter type) from `arg`, the type of
/// the argument passed for it; the first binding of a parameter wins.
fn unify(param: &Type, arg: &Type, names: &[String], bound: &mut [Option<Type>]) {
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
fn is_predeclared(n: &NamedType) -> bool {
    n.pkg.is_none() && n.local.is_none()
}

fn is_context_named(n: &NamedType) -> bool {
    n.name == "Context" && n.pkg.as_ref().is_some_and(|p| p.path == "context")
}

/// A type node that can stand for a whole type operand (`new(T)`, `make(T)`, conversions).
fn is_type_node(k: &str) -> bool {
    crate::model::is_type_kind(k)
        && !matches!(
            k,
            kind::PARENTHESIZED_TYPE | kind::TYPE_ARGUMENTS | kind::TYPE_ELEM | kind::NEGATED_TYPE
        )
}

/// The `i`-th value of a comma-ok form (`v, ok := m[k]`, `x.(T)`, `<-ch`) or of a tuple.
fn comma_ok(expr: Node<'_>, t: &Type, i: usize) -> Type {
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
