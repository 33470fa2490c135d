//! Call targets (SPEC §3.0.2): what a call's callee statically is (package functions, dot
//! imports, methods with promotion, method expressions, instantiated generics), and the
//! questions asked of a target (a marked spawner whose mark counts here, whether it takes a
//! function).

use goroutinectx_scanner::fields::NodeKind;
use goroutinectx_scanner::kind;
use std::sync::Arc;

use tree_sitter::Node;

use crate::model::{BindingId, BindingKind};
use crate::types::Type;
use crate::universe::{MethodRef, PkgInfo, Selection};

use super::{CallTarget, Semantics};

impl<'a, 't> Semantics<'a, 't> {
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
    pub(crate) fn method_expr_recv(&self, operand: Node<'_>) -> Option<Type> {
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
                    // The receiver argument of `func (j *job) Run()` is a pointer, not a
                    // function.
                    match pkg
                        .method(recv, &t.name)
                        .and_then(|m| m.receiver)
                        .map(|r| r.pointer)
                    {
                        Some(false) => return Some(true),
                        Some(true) => {}
                        None => unknown = true,
                    }
                }
            }
        }
        (!unknown).then_some(false)
    }

    /// [`Self::takes_function`] for one call of `t`: a parameter whose type is a type
    /// parameter of the generic function (`func g[T any](x T)`, `...T`) has the instantiated
    /// type, which SSA passes: with inferred type arguments, the type of the argument given
    /// (`g(work)` passes a function, `g(1)` does not); with explicit ones, the type given
    /// (`g[func()](work)` does, `g[any](work)` does not), the others inferred. With a spread
    /// (`g(xs...)`), such a parameter is not known.
    pub fn call_takes_function(&self, t: &CallTarget, call: Node<'_>) -> Option<bool> {
        let base = self.takes_function(t);
        if base == Some(true) {
            return base;
        }
        let Some(sig) = t.sig.as_ref() else {
            return base;
        };
        let last = sig.params.len().saturating_sub(1);
        let is_param = |p: &Type| matches!(p, Type::Param(_));
        let generic: Vec<usize> = (0..sig.params.len())
            .filter(|&i| {
                let p = &sig.params[i];
                is_param(p)
                    || (sig.variadic && i == last && matches!(p, Type::Slice(e) if is_param(e)))
            })
            .collect();
        if generic.is_empty() {
            return base;
        }
        let callee = call
            .child_by_field_id(goroutinectx_scanner::fields::function())
            .map(crate::facts::unparen);
        let explicit = call.kind_name() == kind::TYPE_CONVERSION_EXPRESSION
            || call
                .child_by_field_id(goroutinectx_scanner::fields::type_arguments())
                .is_some()
            || callee.is_some_and(|c| {
                matches!(c.kind_name(), kind::INDEX_EXPRESSION | kind::GENERIC_TYPE)
            });
        let args: Vec<Node<'_>> = crate::facts::call_arguments(call);
        if args
            .iter()
            .any(|a| a.kind_name() == kind::VARIADIC_ARGUMENT)
        {
            return None;
        }
        if explicit {
            // The parameters take the explicit type arguments (and, for the others, the
            // arguments' types): a function is passed when an instantiated generic
            // parameter is a function type (`run[func()](f)`; not `run[any](f)`).
            let inst = self.generic_call_signature(call, &args)?;
            let mut unknown = base.is_none();
            for &i in &generic {
                // A variadic parameter of functions yields one even when nothing is passed
                // (SPEC §3.7 rule 2).
                let p = match inst.params.get(i)? {
                    Type::Slice(e) if sig.variadic && i == last => (**e).clone(),
                    p => p.clone(),
                };
                match self.universe.is_func(&p) {
                    Some(true) => return Some(true),
                    Some(false) => {}
                    None => unknown = true,
                }
            }
            return (!unknown).then_some(false);
        }
        let mut unknown = base.is_none();
        for &i in &generic {
            let passed = if sig.variadic && i == last {
                args.get(i..).unwrap_or(&[])
            } else {
                args.get(i..=i).unwrap_or(&[])
            };
            for a in passed {
                match self.universe.is_func(&self.expr_type(*a)) {
                    Some(true) => return Some(true),
                    Some(false) => {}
                    None => unknown = true,
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

    pub(crate) fn package_func_target(&self, pkg: &Arc<PkgInfo>, name: &str) -> Option<CallTarget> {
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

    pub(crate) fn method_target(&self, m: MethodRef, method_expr: bool) -> CallTarget {
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
