//! Context detection (SPEC §0, §2): whether a type is `context.Context` (through pointers and
//! aliases) or a configured carrier, ctx scopes and their printed name N, P1 (an own
//! context parameter), and whether a value or binding may be a context (unknown types
//! count, see [`Semantics::may_be_ctxish`]).

use tree_sitter::Node;

use crate::model::{BindingId, BindingKind, FuncId};
use crate::types::{NamedType, Type};

use super::Semantics;

impl<'a, 't> Semantics<'a, 't> {
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
}

pub(crate) fn is_context_named(n: &NamedType) -> bool {
    n.name == "Context" && n.pkg.as_ref().is_some_and(|p| p.path == "context")
}
