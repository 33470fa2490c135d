//! The semantic model of one file: lexical scopes, bindings and identifier uses, built in one
//! pass over the tree with an explicit work stack (no recursion, so nesting depth is
//! irrelevant).
//!
//! Scopes, bindings and functions live in flat vectors indexed by small ids; a use maps the
//! identifier node's id to the binding it resolves to. Package-level declarations of this file
//! are bindings of the file scope (declared before any body is walked, since Go has no
//! declaration order at package level); names from other files of the package, imports and the
//! universe are left unresolved here and answered by [`crate::Universe`].
//!
//! Go's rules followed: a local's scope starts after its declaration (so in `x := x` the right
//! side sees the outer `x`); `:=` with at least one new name assigns the others; `if`, `for`,
//! `switch` and `select` open scopes for their init statements and for each clause; a
//! type-switch binding is declared per clause; labels and struct field names are not variables.

use goroutinectx_scanner::fields::{self, NodeKind};
use goroutinectx_scanner::kind;
use std::cell::OnceCell;

use rustc_hash::FxHashMap as HashMap;

use goroutinectx_scanner::SourceFile;
use tree_sitter::{Node, Tree};

use crate::index::{Idx, IndexVec};

goroutinectx_scanner::newtype_index! {
    /// A scope of a [`FileModel`] ([`ScopeId::FILE`] is the file scope).
    pub struct ScopeId;
}

goroutinectx_scanner::newtype_index! {
    /// A binding (a declared name) of a [`FileModel`].
    pub struct BindingId;
}

goroutinectx_scanner::newtype_index! {
    /// A function declaration, method declaration or function literal of a [`FileModel`].
    pub struct FuncId;
}

impl ScopeId {
    /// The file scope: package-level declarations of this file.
    pub const FILE: ScopeId = ScopeId(0);
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BindingKind {
    Param,
    Result,
    Receiver,
    /// `var`, `:=`, range and select-receive variables.
    Var,
    Const,
    TypeName,
    /// A package-level function of this file.
    Func,
    /// The variable of a type switch (`switch v := x.(type)`), one per clause.
    TypeSwitch,
}

/// Where a binding's type comes from; evaluated lazily by the type inference.
#[derive(Clone, Debug)]
pub enum TypeSource<'t> {
    /// A type node as written.
    Declared(Node<'t>),
    /// `...T` (the variable is `[]T`).
    Variadic(Node<'t>),
    /// The `tuple_index`-th value of `expr`.
    Value {
        expr: Node<'t>,
        tuple_index: usize,
    },
    /// The key (`key == true`) or value of ranging over `expr`.
    Range {
        expr: Node<'t>,
        key: bool,
    },
    /// A type-switch clause: its single type, or the subject's type for several/default.
    TypeSwitch {
        subject: Node<'t>,
        case_type: Option<Node<'t>>,
    },
    /// The second value of a comma-ok form (`v, ok := <-ch`).
    Bool,
    /// A function declaration (its node).
    FuncDecl(Node<'t>),
    None,
}

#[derive(Clone, Debug)]
pub struct Binding<'t> {
    pub name: String,
    pub kind: BindingKind,
    /// The declaring identifier.
    pub ident: Node<'t>,
    pub scope: ScopeId,
    /// The function or literal that declares it; `None` at package level.
    pub func: Option<FuncId>,
    pub source: TypeSource<'t>,
}

/// A parameter as declared (also unnamed and `_` ones, which have no binding).
#[derive(Clone, Debug)]
pub struct Param<'t> {
    pub name: Option<String>,
    pub binding: Option<BindingId>,
    pub type_node: Option<Node<'t>>,
    pub variadic: bool,
}

/// A function declaration, method declaration or function literal.
#[derive(Clone, Debug)]
pub struct Func<'t> {
    pub node: Node<'t>,
    pub parent: Option<FuncId>,
    pub scope: ScopeId,
    pub params: Vec<Param<'t>>,
    pub receiver: Option<Param<'t>>,
    pub results: Vec<Param<'t>>,
    /// Type parameters of this function and of its receiver type.
    pub type_params: Vec<String>,
}

#[derive(Clone, Debug, Default)]
pub struct Scope {
    pub parent: Option<ScopeId>,
    pub func: Option<FuncId>,
    /// Name -> the latest binding of that name in this scope.
    names: HashMap<String, BindingId>,
    /// Inside an `if`, `for`, `switch`, type switch or `select` statement (at any distance up
    /// to the file root, function literals included): what makes an assignment conditional
    /// for P4.
    pub conditional: bool,
}

/// The model of one file.
pub struct FileModel<'t> {
    pub file: &'t SourceFile,
    pub root: Node<'t>,
    pub scopes: IndexVec<ScopeId, Scope>,
    pub bindings: IndexVec<BindingId, Binding<'t>>,
    pub funcs: IndexVec<FuncId, Func<'t>>,
    /// Identifier node id -> the binding it refers to (uses and reassignments; declaring
    /// identifiers map to their own binding too).
    uses: HashMap<usize, BindingId>,
    /// Keys of keyed elements in composite literals that may be struct literals: identifier
    /// node id -> (the binding the name would resolve to as a variable, the literal). Whether
    /// the key is a field name or a variable depends on the literal's type.
    field_keys: HashMap<usize, (Option<BindingId>, Node<'t>)>,
    func_by_node: HashMap<usize, FuncId>,
    /// Every function's start byte, sorted: the innermost function around a node is found by
    /// a binary search and a climb of `Func::parent`, without the parent map.
    func_starts: Vec<(usize, FuncId)>,
    /// While the model is built: for each name, the bindings of the scopes open at the walk's
    /// position, innermost last. A use is resolved from the top of its name's stack in O(1),
    /// not by climbing scopes (linear in nesting depth per use). Empty once built.
    visible: HashMap<&'t str, Vec<BindingId>>,
    /// Node id -> parent node, for every node, built on the first ancestor question (a
    /// whole-tree pass that many files never need). tree-sitter's own `Node::parent` searches
    /// down from the root (O(depth) per step), which makes ancestor walks quadratic on deep
    /// nesting; this map makes each step O(1).
    parents: OnceCell<HashMap<usize, Node<'t>>>,
    /// Every assignment statement and short variable declaration in source order, with
    /// whether it is conditional (P4/P5 read them without another walk of the tree).
    pub assignment_nodes: Vec<(Node<'t>, bool)>,
    /// Whether some function of the file declares a type of its own (`type t int` in a body).
    pub has_local_types: bool,
    /// Function-local type declarations: the binding and the node whose end ends its scope
    /// (the statement list that holds the declaration). Type names are not recorded as uses,
    /// so a type node is resolved against these ([`FileModel::local_type_at`]).
    pub local_types: Vec<(BindingId, Node<'t>)>,
    /// Every `go` statement and call expression in document order, with the innermost
    /// function (declaration or literal) containing it.
    pub spawn_sites: Vec<(Node<'t>, Option<FuncId>)>,
}

enum Work<'t> {
    Visit(Node<'t>),
    PopScope,
    EndFunc(Option<FuncId>),
    ShortVar(Node<'t>),
    VarSpec(Node<'t>),
    ConstSpec(Node<'t>),
    RangeDecl(Node<'t>),
    RecvDecl(Node<'t>),
    TypeCase {
        case: Node<'t>,
        alias: Node<'t>,
        subject: Node<'t>,
    },
}

fn named_children<'t>(node: Node<'t>) -> Vec<Node<'t>> {
    let mut c = node.walk();
    node.named_children(&mut c)
        .filter(|n| n.kind_name() != kind::COMMENT)
        .collect()
}

fn has_token(node: Node<'_>, token: &str) -> bool {
    let mut c = node.walk();
    let found = node
        .children(&mut c)
        .any(|n| !n.is_named() && n.kind_name() == token);
    found
}

/// The identifiers of an expression list (others — `a.b`, `*p` — are not declarations).
fn list_identifiers(list: Node<'_>) -> Vec<Node<'_>> {
    if list.kind_name() == kind::IDENTIFIER {
        return vec![list];
    }
    named_children(list)
}

impl<'t> FileModel<'t> {
    /// Builds the model of `file` from its tree.
    pub fn build(file: &'t SourceFile, tree: &'t Tree) -> Self {
        let root = tree.root_node();
        let mut m = FileModel {
            file,
            root,
            scopes: IndexVec::from(vec![Scope::default()]),
            bindings: IndexVec::new(),
            funcs: IndexVec::new(),
            uses: HashMap::default(),
            field_keys: HashMap::default(),
            func_by_node: HashMap::default(),
            func_starts: Vec::new(),
            visible: HashMap::default(),
            parents: OnceCell::new(),
            assignment_nodes: Vec::new(),
            spawn_sites: Vec::new(),
            has_local_types: false,
            local_types: Vec::new(),
        };
        m.declare_package_level(root);
        m.walk(root);
        m.visible = HashMap::default();
        m.assignment_nodes.sort_by_key(|(n, _)| n.start_byte());
        m.spawn_sites.sort_by_key(|(n, _)| n.start_byte());
        m.func_starts = m
            .funcs
            .iter_enumerated()
            .map(|(i, f)| (f.node.start_byte(), i))
            .collect();
        m.func_starts.sort_unstable();
        m
    }

    fn text(&self, n: Node<'_>) -> &'t str {
        self.file.text(n)
    }

    fn declare(
        &mut self,
        scope: ScopeId,
        ident: Node<'t>,
        kind: BindingKind,
        source: TypeSource<'t>,
    ) -> Option<BindingId> {
        let name = self.text(ident);
        if name == "_" || name.is_empty() {
            return None;
        }
        let id = self.bindings.push(Binding {
            name: name.to_string(),
            kind,
            ident,
            scope,
            func: self.scopes[scope].func,
            source,
        });
        self.scopes[scope].names.insert(name.to_string(), id);
        self.uses.insert(ident.id(), id);
        self.visible.entry(name).or_default().push(id);
        Some(id)
    }

    /// The binding `name` denotes at the walk's current position (see `visible`); the same
    /// answer as [`FileModel::lookup`] from the current scope.
    fn lookup_visible(&self, name: &str) -> Option<BindingId> {
        self.visible.get(name).and_then(|v| v.last()).copied()
    }

    /// Closes `scope` in the walk: its bindings are no longer visible.
    fn close_scope(&mut self, scope: ScopeId) {
        for name in self.scopes[scope].names.keys() {
            if let Some(stack) = self.visible.get_mut(name.as_str()) {
                while stack
                    .last()
                    .is_some_and(|b| self.bindings[*b].scope == scope)
                {
                    stack.pop();
                }
            }
        }
    }

    fn new_scope(&mut self, parent: ScopeId, func: Option<FuncId>) -> ScopeId {
        let conditional = self.scopes[parent].conditional;
        self.scopes.push(Scope {
            parent: Some(parent),
            func,
            names: HashMap::default(),
            conditional,
        })
    }

    /// The function-local type named `name` that a type node at `at` refers to: the
    /// innermost declaration whose scope (from its name to the end of the enclosing statement
    /// list) contains `at`.
    pub fn local_type_at(&self, name: &str, at: Node<'_>) -> Option<BindingId> {
        self.local_types
            .iter()
            .filter(|(b, holder)| {
                let binding = &self.bindings[*b];
                binding.name == name
                    && binding.ident.start_byte() <= at.start_byte()
                    && holder.start_byte() <= at.start_byte()
                    && at.end_byte() <= holder.end_byte()
            })
            .max_by_key(|(b, holder)| (holder.start_byte(), self.bindings[*b].ident.start_byte()))
            .map(|(b, _)| *b)
    }

    /// Looks `name` up from `scope` outwards.
    pub fn lookup(&self, mut scope: ScopeId, name: &str) -> Option<BindingId> {
        let mut steps = 0;
        let found = loop {
            steps += 1;
            if let Some(id) = self.scopes[scope].names.get(name) {
                break Some(*id);
            }
            match self.scopes[scope].parent {
                Some(p) => scope = p,
                None => break None,
            }
        };
        crate::work::add(steps);
        found
    }

    fn declare_package_level(&mut self, root: Node<'t>) {
        for decl in named_children(root) {
            match decl.kind_name() {
                kind::FUNCTION_DECLARATION => {
                    if let Some(name) = decl.child_by_field_id(goroutinectx_scanner::fields::name())
                    {
                        self.declare(
                            ScopeId::FILE,
                            name,
                            BindingKind::Func,
                            TypeSource::FuncDecl(decl),
                        );
                    }
                }
                kind::VAR_DECLARATION | kind::CONST_DECLARATION => {
                    let binding_kind = if decl.kind_name() == kind::VAR_DECLARATION {
                        BindingKind::Var
                    } else {
                        BindingKind::Const
                    };
                    for spec in specs_of(decl) {
                        self.declare_spec(ScopeId::FILE, spec, binding_kind);
                    }
                }
                kind::TYPE_DECLARATION => {
                    for spec in named_children(decl) {
                        if let Some(name) =
                            spec.child_by_field_id(goroutinectx_scanner::fields::name())
                        {
                            self.declare(
                                ScopeId::FILE,
                                name,
                                BindingKind::TypeName,
                                TypeSource::None,
                            );
                        }
                    }
                }
                _ => {}
            }
        }
    }

    fn declare_spec(&mut self, scope: ScopeId, spec: Node<'t>, kind: BindingKind) {
        let ty = spec.child_by_field_id(goroutinectx_scanner::fields::r#type());
        let values = spec
            .child_by_field_id(goroutinectx_scanner::fields::value())
            .map(named_children)
            .unwrap_or_default();
        let mut c = spec.walk();
        let names: Vec<Node<'t>> = spec
            .children_by_field_id(fields::nonzero(fields::name()), &mut c)
            .filter(|n| n.kind_name() == kind::IDENTIFIER)
            .collect();
        let count = names.len();
        for (i, name) in names.into_iter().enumerate() {
            let source = match (ty, values.len()) {
                (Some(t), _) => TypeSource::Declared(t),
                (None, n) if n == count => TypeSource::Value {
                    expr: values[i],
                    tuple_index: 0,
                },
                (None, 1) => TypeSource::Value {
                    expr: values[0],
                    tuple_index: i,
                },
                _ => TypeSource::None,
            };
            self.declare(scope, name, kind, source);
        }
    }

    fn walk(&mut self, root: Node<'t>) {
        let mut scope = ScopeId::FILE;
        let mut func: Option<FuncId> = None;
        let mut stack: Vec<Work<'t>> = vec![Work::Visit(root)];
        while let Some(work) = stack.pop() {
            match work {
                Work::PopScope => {
                    self.close_scope(scope);
                    scope = self.scopes[scope].parent.unwrap_or(ScopeId::FILE);
                }
                Work::EndFunc(prev) => func = prev,
                Work::ShortVar(node) => {
                    let Some(left) = node.child_by_field_id(goroutinectx_scanner::fields::left())
                    else {
                        continue;
                    };
                    let right = node
                        .child_by_field_id(goroutinectx_scanner::fields::right())
                        .map(named_children)
                        .unwrap_or_default();
                    let lhs = list_identifiers(left);
                    let count = lhs.len();
                    for (i, ident) in lhs.into_iter().enumerate() {
                        if ident.kind_name() != kind::IDENTIFIER {
                            continue;
                        }
                        let name = self.text(ident);
                        let existing = self.scopes[scope].names.get(name).copied();
                        if let Some(id) = existing {
                            self.uses.insert(ident.id(), id);
                            continue;
                        }
                        let source = value_source(&right, count, i);
                        self.declare(scope, ident, BindingKind::Var, source);
                    }
                }
                Work::VarSpec(spec) => self.declare_spec(scope, spec, BindingKind::Var),
                Work::ConstSpec(spec) => self.declare_spec(scope, spec, BindingKind::Const),
                Work::RangeDecl(clause) => {
                    let (Some(left), Some(right)) = (
                        clause.child_by_field_id(goroutinectx_scanner::fields::left()),
                        clause.child_by_field_id(goroutinectx_scanner::fields::right()),
                    ) else {
                        continue;
                    };
                    for (i, ident) in list_identifiers(left).into_iter().enumerate() {
                        if ident.kind_name() == kind::IDENTIFIER {
                            let source = TypeSource::Range {
                                expr: right,
                                key: i == 0,
                            };
                            self.declare(scope, ident, BindingKind::Var, source);
                        }
                    }
                }
                Work::RecvDecl(recv) => {
                    let (Some(left), Some(right)) = (
                        recv.child_by_field_id(goroutinectx_scanner::fields::left()),
                        recv.child_by_field_id(goroutinectx_scanner::fields::right()),
                    ) else {
                        continue;
                    };
                    for (i, ident) in list_identifiers(left).into_iter().enumerate() {
                        if ident.kind_name() == kind::IDENTIFIER {
                            let source = if i == 0 {
                                TypeSource::Value {
                                    expr: right,
                                    tuple_index: 0,
                                }
                            } else {
                                TypeSource::Bool
                            };
                            self.declare(scope, ident, BindingKind::Var, source);
                        }
                    }
                }
                Work::TypeCase {
                    case,
                    alias,
                    subject,
                } => {
                    scope = self.new_scope(scope, func);
                    stack.push(Work::PopScope);
                    let mut c = case.walk();
                    let types: Vec<Node<'t>> = case
                        .children_by_field_id(fields::nonzero(fields::r#type()), &mut c)
                        .collect();
                    let case_type = match types.as_slice() {
                        [one] if case.kind_name() == kind::TYPE_CASE => Some(*one),
                        _ => None,
                    };
                    for ident in list_identifiers(alias) {
                        if ident.kind_name() == kind::IDENTIFIER {
                            self.declare(
                                scope,
                                ident,
                                BindingKind::TypeSwitch,
                                TypeSource::TypeSwitch { subject, case_type },
                            );
                        }
                    }
                    push_children(&mut stack, case, |n| {
                        n.kind_name() != kind::TYPE_IDENTIFIER && !is_type_kind(n.kind_name())
                    });
                }
                Work::Visit(node) => self.visit(node, &mut scope, &mut func, &mut stack),
            }
        }
    }

    fn visit(
        &mut self,
        node: Node<'t>,
        scope: &mut ScopeId,
        func: &mut Option<FuncId>,
        stack: &mut Vec<Work<'t>>,
    ) {
        match node.kind_name() {
            kind::ASSIGNMENT_STATEMENT | kind::SHORT_VAR_DECLARATION => {
                let conditional = self.scopes[*scope].conditional;
                self.assignment_nodes.push((node, conditional));
            }
            kind::GO_STATEMENT | kind::CALL_EXPRESSION => self.spawn_sites.push((node, *func)),
            _ => {}
        }
        match node.kind_name() {
            kind::IDENTIFIER => {
                if let Some(id) = self.lookup_visible(self.text(node)) {
                    self.uses.entry(node.id()).or_insert(id);
                }
            }
            kind::FUNCTION_DECLARATION | kind::METHOD_DECLARATION | kind::FUNC_LITERAL => {
                let id = FuncId::new(self.funcs.len());
                let fscope = self.new_scope(*scope, Some(id));
                self.funcs.push(Func {
                    node,
                    parent: *func,
                    scope: fscope,
                    params: Vec::new(),
                    receiver: None,
                    results: Vec::new(),
                    type_params: Vec::new(),
                });
                self.func_by_node.insert(node.id(), id);
                stack.push(Work::EndFunc(*func));
                stack.push(Work::PopScope);
                *func = Some(id);
                *scope = fscope;
                self.declare_signature(id, node);
                // Parameters, results and the body's top level share one scope in Go
                // (`ctx, cancel := context.WithTimeout(ctx, d)` assigns the parameter).
                if let Some(body) = node.child_by_field_id(goroutinectx_scanner::fields::body()) {
                    push_children(stack, body, |_| true);
                }
            }
            kind::BLOCK | kind::EXPRESSION_CASE | kind::DEFAULT_CASE | kind::COMMUNICATION_CASE => {
                *scope = self.new_scope(*scope, *func);
                stack.push(Work::PopScope);
                if node.kind_name() == kind::COMMUNICATION_CASE {
                    if let Some(comm) =
                        node.child_by_field_id(goroutinectx_scanner::fields::communication())
                    {
                        let rest: Vec<Node<'t>> = named_children(node)
                            .into_iter()
                            .filter(|n| n.id() != comm.id())
                            .collect();
                        for n in rest.into_iter().rev() {
                            stack.push(Work::Visit(n));
                        }
                        if comm.kind_name() == kind::RECEIVE_STATEMENT
                            && has_token(comm, kind::COLON_EQ)
                        {
                            stack.push(Work::RecvDecl(comm));
                            if let Some(r) =
                                comm.child_by_field_id(goroutinectx_scanner::fields::right())
                            {
                                stack.push(Work::Visit(r));
                            }
                        } else {
                            stack.push(Work::Visit(comm));
                        }
                        return;
                    }
                }
                push_children(stack, node, |_| true);
            }
            kind::IF_STATEMENT
            | kind::FOR_STATEMENT
            | kind::EXPRESSION_SWITCH_STATEMENT
            | kind::SELECT_STATEMENT => {
                *scope = self.new_scope(*scope, *func);
                self.scopes[*scope].conditional = true;
                stack.push(Work::PopScope);
                push_children(stack, node, |_| true);
            }
            kind::TYPE_SWITCH_STATEMENT => {
                *scope = self.new_scope(*scope, *func);
                self.scopes[*scope].conditional = true;
                stack.push(Work::PopScope);
                let alias = node.child_by_field_id(goroutinectx_scanner::fields::alias());
                let subject = node.child_by_field_id(goroutinectx_scanner::fields::value());
                let cases: Vec<Node<'t>> = named_children(node)
                    .into_iter()
                    .filter(|n| matches!(n.kind_name(), kind::TYPE_CASE | kind::DEFAULT_CASE))
                    .collect();
                for case in cases.iter().rev() {
                    match (alias, subject) {
                        (Some(alias), Some(subject)) => stack.push(Work::TypeCase {
                            case: *case,
                            alias,
                            subject,
                        }),
                        _ => stack.push(Work::Visit(*case)),
                    }
                }
                if let Some(v) = subject {
                    stack.push(Work::Visit(v));
                }
                if let Some(init) =
                    node.child_by_field_id(goroutinectx_scanner::fields::initializer())
                {
                    stack.push(Work::Visit(init));
                }
            }
            kind::TYPE_CASE => {
                *scope = self.new_scope(*scope, *func);
                stack.push(Work::PopScope);
                push_children(stack, node, |n| !is_type_kind(n.kind_name()));
            }
            kind::SHORT_VAR_DECLARATION => {
                stack.push(Work::ShortVar(node));
                if let Some(r) = node.child_by_field_id(goroutinectx_scanner::fields::right()) {
                    stack.push(Work::Visit(r));
                }
            }
            kind::RANGE_CLAUSE => {
                if has_token(node, kind::COLON_EQ) {
                    stack.push(Work::RangeDecl(node));
                    if let Some(r) = node.child_by_field_id(goroutinectx_scanner::fields::right()) {
                        stack.push(Work::Visit(r));
                    }
                } else {
                    push_children(stack, node, |_| true);
                }
            }
            kind::VAR_DECLARATION | kind::CONST_DECLARATION => {
                if func.is_none() {
                    // Package level: names were declared up front; visit the values.
                    for spec in specs_of(node).into_iter().rev() {
                        if let Some(v) =
                            spec.child_by_field_id(goroutinectx_scanner::fields::value())
                        {
                            stack.push(Work::Visit(v));
                        }
                    }
                    return;
                }
                let is_var = node.kind_name() == kind::VAR_DECLARATION;
                for spec in specs_of(node).into_iter().rev() {
                    stack.push(if is_var {
                        Work::VarSpec(spec)
                    } else {
                        Work::ConstSpec(spec)
                    });
                    if let Some(v) = spec.child_by_field_id(goroutinectx_scanner::fields::value()) {
                        stack.push(Work::Visit(v));
                    }
                }
            }
            kind::TYPE_DECLARATION => {
                if func.is_some() {
                    for spec in named_children(node) {
                        if let Some(name) =
                            spec.child_by_field_id(goroutinectx_scanner::fields::name())
                        {
                            self.has_local_types = true;
                            // The spec tells a defined type (`type_spec`) from an alias.
                            let id = self.declare(
                                *scope,
                                name,
                                BindingKind::TypeName,
                                TypeSource::Declared(spec),
                            );
                            if let (Some(id), Some(holder)) = (id, node.parent()) {
                                self.local_types.push((id, holder));
                            }
                        }
                    }
                }
            }
            kind::SELECTOR_EXPRESSION => {
                if let Some(op) = node.child_by_field_id(goroutinectx_scanner::fields::operand()) {
                    stack.push(Work::Visit(op));
                }
            }
            // An elided literal (`[]Job{{ctx: nil}}`): its keys may be field names too.
            kind::LITERAL_ELEMENT => {
                let start = stack.len();
                for child in named_children(node) {
                    if child.kind_name() == kind::LITERAL_VALUE {
                        let mut inner = Vec::new();
                        self.visit_keyed_elements(child, child, &mut inner);
                        stack.extend(inner.into_iter().rev());
                    } else {
                        stack.push(Work::Visit(child));
                    }
                }
                stack[start..].reverse();
            }
            kind::COMPOSITE_LITERAL => {
                let Some(body) = node.child_by_field_id(goroutinectx_scanner::fields::body())
                else {
                    return;
                };
                let may_be_struct = node
                    .child_by_field_id(goroutinectx_scanner::fields::r#type())
                    .is_some_and(|t| {
                        !matches!(
                            t.kind_name(),
                            kind::MAP_TYPE
                                | kind::SLICE_TYPE
                                | kind::ARRAY_TYPE
                                | kind::IMPLICIT_LENGTH_ARRAY_TYPE
                        )
                    });
                if may_be_struct {
                    self.visit_keyed_elements(body, node, stack);
                } else {
                    stack.push(Work::Visit(body));
                }
            }
            kind::CALL_EXPRESSION => {
                if let Some(a) = node.child_by_field_id(goroutinectx_scanner::fields::arguments()) {
                    stack.push(Work::Visit(a));
                }
                if let Some(f) = node.child_by_field_id(goroutinectx_scanner::fields::function()) {
                    stack.push(Work::Visit(f));
                }
            }
            kind::TYPE_ASSERTION_EXPRESSION | kind::TYPE_CONVERSION_EXPRESSION => {
                if let Some(op) = node.child_by_field_id(goroutinectx_scanner::fields::operand()) {
                    stack.push(Work::Visit(op));
                }
            }
            kind::LABELED_STATEMENT => {
                push_children(stack, node, |n| n.kind_name() != kind::LABEL_NAME);
            }
            kind::IMPORT_DECLARATION
            | kind::PACKAGE_CLAUSE
            | kind::COMMENT
            | kind::LABEL_NAME
            | kind::FIELD_IDENTIFIER
            | kind::TYPE_IDENTIFIER
            | kind::PACKAGE_IDENTIFIER
            | kind::PARAMETER_LIST
            | kind::TYPE_PARAMETER_LIST => {}
            k if is_type_kind(k) => {}
            _ => push_children(stack, node, |_| true),
        }
    }

    /// Visits the elements of a literal that may be a struct literal: identifier keys are
    /// recorded as possible field keys of `lit` (decided later by the literal's type).
    fn visit_keyed_elements(&mut self, body: Node<'t>, lit: Node<'t>, stack: &mut Vec<Work<'t>>) {
        for el in named_children(body).into_iter().rev() {
            if el.kind_name() != kind::KEYED_ELEMENT {
                stack.push(Work::Visit(el));
                continue;
            }
            let parts = named_children(el);
            let key = parts.first().map(|k| match k.kind_name() {
                kind::LITERAL_ELEMENT => k.named_child(0).unwrap_or(*k),
                _ => *k,
            });
            for v in parts.iter().skip(1).rev() {
                stack.push(Work::Visit(*v));
            }
            match key {
                Some(k) if k.kind_name() == kind::IDENTIFIER => {
                    let b = self.lookup_visible(self.text(k));
                    self.field_keys.insert(k.id(), (b, lit));
                }
                Some(k) => stack.push(Work::Visit(k)),
                None => {}
            }
        }
    }

    fn declare_signature(&mut self, id: FuncId, node: Node<'t>) {
        let scope = self.funcs[id].scope;
        let mut type_params = Vec::new();
        if let Some(tp) = node.child_by_field_id(goroutinectx_scanner::fields::type_parameters()) {
            for decl in named_children(tp) {
                let mut c = decl.walk();
                for n in decl.children_by_field_id(fields::nonzero(fields::name()), &mut c) {
                    type_params.push(self.text(n).to_string());
                }
            }
        }
        if let Some(recv) = node.child_by_field_id(goroutinectx_scanner::fields::receiver()) {
            let params = self.declare_params(scope, recv, BindingKind::Receiver);
            if let Some(p) = params.into_iter().next() {
                if let Some(t) = p.type_node {
                    collect_receiver_type_params(self.file, t, &mut type_params);
                }
                self.funcs[id].receiver = Some(p);
            }
        }
        if let Some(params) = node.child_by_field_id(goroutinectx_scanner::fields::parameters()) {
            self.funcs[id].params = self.declare_params(scope, params, BindingKind::Param);
        }
        if let Some(result) = node.child_by_field_id(goroutinectx_scanner::fields::result()) {
            if result.kind_name() == kind::PARAMETER_LIST {
                self.funcs[id].results = self.declare_params(scope, result, BindingKind::Result);
            }
        }
        self.funcs[id].type_params = type_params;
    }

    fn declare_params(
        &mut self,
        scope: ScopeId,
        list: Node<'t>,
        kind: BindingKind,
    ) -> Vec<Param<'t>> {
        let mut out = Vec::new();
        for decl in named_children(list) {
            let variadic = decl.kind_name() == kind::VARIADIC_PARAMETER_DECLARATION;
            if !matches!(
                decl.kind_name(),
                kind::PARAMETER_DECLARATION | kind::VARIADIC_PARAMETER_DECLARATION
            ) {
                continue;
            }
            let type_node = decl.child_by_field_id(goroutinectx_scanner::fields::r#type());
            let mut c = decl.walk();
            let names: Vec<Node<'t>> = decl
                .children_by_field_id(fields::nonzero(fields::name()), &mut c)
                .collect();
            if names.is_empty() {
                out.push(Param {
                    name: None,
                    binding: None,
                    type_node,
                    variadic,
                });
                continue;
            }
            for n in names {
                let source = match (type_node, variadic) {
                    (Some(t), false) => TypeSource::Declared(t),
                    (Some(t), true) => TypeSource::Variadic(t),
                    (None, _) => TypeSource::None,
                };
                let binding = self.declare(scope, n, kind, source);
                out.push(Param {
                    name: Some(self.text(n).to_string()),
                    binding,
                    type_node,
                    variadic,
                });
            }
        }
        out
    }

    /// The binding an identifier node refers to (or declares).
    pub fn binding_of(&self, ident: Node<'_>) -> Option<BindingId> {
        self.uses.get(&ident.id()).copied()
    }

    /// For the key identifier of a keyed element in a possibly-struct composite literal: the
    /// binding it would denote as a variable, and the literal.
    pub fn field_key(&self, ident: Node<'_>) -> Option<(Option<BindingId>, Node<'t>)> {
        self.field_keys.get(&ident.id()).copied()
    }

    /// The function a function/method/literal node is.
    pub fn func_of_node(&self, node: Node<'_>) -> Option<FuncId> {
        self.func_by_node.get(&node.id()).copied()
    }

    /// The parent of a node of this file's tree.
    pub fn parent(&self, node: Node<'_>) -> Option<Node<'t>> {
        self.parents
            .get_or_init(|| parent_map(self.root))
            .get(&node.id())
            .copied()
    }

    /// The ancestors of a node, innermost first.
    pub fn ancestors(&self, node: Node<'_>) -> impl Iterator<Item = Node<'t>> + '_ {
        std::iter::successors(self.parent(node), move |p| self.parent(*p))
    }

    /// The innermost function (declaration or literal) containing `node` (not `node` itself).
    pub fn enclosing_func(&self, node: Node<'_>) -> Option<FuncId> {
        // The last function starting before the node (a function's own node does not count:
        // its enclosing function is asked for), then outwards until one contains it.
        let (start, end) = (node.start_byte(), node.end_byte());
        let i = self.func_starts.partition_point(|(s, _)| *s <= start);
        let mut f = self.func_starts[..i]
            .iter()
            .rev()
            .map(|(_, f)| *f)
            .find(|f| self.funcs[*f].node.id() != node.id())?;
        let mut steps = 0;
        let found = loop {
            steps += 1;
            let n = self.funcs[f].node;
            if n.id() != node.id() && n.start_byte() <= start && end <= n.end_byte() {
                break Some(f);
            }
            match self.funcs[f].parent {
                Some(p) => f = p,
                None => break None,
            }
        };
        crate::work::add(steps);
        found
    }

    /// Whether function `inner` is `outer` or nested inside it.
    pub fn func_within(&self, inner: FuncId, outer: FuncId) -> bool {
        // Functions nest: containment of their nodes answers without climbing.
        let (i, o) = (self.funcs[inner].node, self.funcs[outer].node);
        inner == outer || (o.start_byte() <= i.start_byte() && i.end_byte() <= o.end_byte())
    }
}

/// Every node's parent, from one cursor pass over the tree.
fn parent_map(root: Node<'_>) -> HashMap<usize, Node<'_>> {
    let mut map = HashMap::default();
    let mut cursor = root.walk();
    let mut path: Vec<Node<'_>> = Vec::new();
    loop {
        let node = cursor.node();
        if let Some(parent) = path.last() {
            map.insert(node.id(), *parent);
        }
        if cursor.goto_first_child() {
            path.push(node);
            continue;
        }
        loop {
            if cursor.goto_next_sibling() {
                break;
            }
            if !cursor.goto_parent() {
                return map;
            }
            path.pop();
        }
    }
}

fn value_source<'t>(right: &[Node<'t>], count: usize, i: usize) -> TypeSource<'t> {
    if right.len() == count {
        TypeSource::Value {
            expr: right[i],
            tuple_index: 0,
        }
    } else if right.len() == 1 {
        TypeSource::Value {
            expr: right[0],
            tuple_index: i,
        }
    } else {
        TypeSource::None
    }
}

fn specs_of(decl: Node<'_>) -> Vec<Node<'_>> {
    let mut out = Vec::new();
    for child in named_children(decl) {
        match child.kind_name() {
            kind::VAR_SPEC | kind::CONST_SPEC => out.push(child),
            kind::VAR_SPEC_LIST => out.extend(
                named_children(child)
                    .into_iter()
                    .filter(|n| matches!(n.kind_name(), kind::VAR_SPEC | kind::CONST_SPEC)),
            ),
            _ => {}
        }
    }
    out
}

fn collect_receiver_type_params(file: &SourceFile, mut t: Node<'_>, out: &mut Vec<String>) {
    while matches!(t.kind_name(), kind::POINTER_TYPE | kind::PARENTHESIZED_TYPE) {
        match t.named_child(0) {
            Some(inner) => t = inner,
            None => return,
        }
    }
    if t.kind_name() == kind::GENERIC_TYPE {
        if let Some(args) = t.child_by_field_id(goroutinectx_scanner::fields::type_arguments()) {
            let mut c = args.walk();
            for a in args.named_children(&mut c) {
                let text = file.text(a).trim();
                if !text.is_empty() {
                    out.push(text.to_string());
                }
            }
        }
    }
}

/// Node kinds that are types (never contain variable references worth resolving).
pub fn is_type_kind(k: &str) -> bool {
    matches!(
        k,
        kind::ARRAY_TYPE
            | kind::CHANNEL_TYPE
            | kind::FUNCTION_TYPE
            | kind::GENERIC_TYPE
            | kind::INTERFACE_TYPE
            | kind::MAP_TYPE
            | kind::NEGATED_TYPE
            | kind::POINTER_TYPE
            | kind::QUALIFIED_TYPE
            | kind::SLICE_TYPE
            | kind::STRUCT_TYPE
            | kind::TYPE_IDENTIFIER
            | kind::PARENTHESIZED_TYPE
            | kind::IMPLICIT_LENGTH_ARRAY_TYPE
            | kind::TYPE_ARGUMENTS
            | kind::TYPE_ELEM
    )
}

fn push_children<'t>(stack: &mut Vec<Work<'t>>, node: Node<'t>, keep: impl Fn(&Node<'t>) -> bool) {
    // Pushed in order, then reversed in place, so that they are visited in document order
    // (no temporary vector per node).
    let start = stack.len();
    let mut c = node.walk();
    for child in node.named_children(&mut c) {
        if child.kind_name() != kind::COMMENT && keep(&child) {
            stack.push(Work::Visit(child));
        }
    }
    stack[start..].reverse();
}
