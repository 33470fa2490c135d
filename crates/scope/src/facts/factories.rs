//! P6 FactoryOK and P7 ReturnsCtxFunc (SPEC §3.0.4): a spawned value that is the result of a
//! call, judged by what the factory returns (literals, traced variables, declarations of
//! this file or, parsed on demand, of another file of the package).

use goroutinectx_scanner::fields::NodeKind;
use goroutinectx_scanner::kind;

use tree_sitter::Node;

use crate::model::{BindingId, BindingKind};
use crate::semantics::Semantics;

use super::{children, walk, MAX_DEPTH};

impl<'a, 't> Semantics<'a, 't> {
    /// P6 FactoryOK (SPEC §3.0.4): whether the function value returned by call `c` (the
    /// spawned value) uses a context, or cannot be told not to.
    pub fn factory_uses_ctx(&self, c: Node<'_>) -> bool {
        self.factory_uses_ctx_at(c, 0)
    }

    pub(crate) fn factory_uses_ctx_at(&self, c: Node<'_>, depth: usize) -> bool {
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
                            Some(body) if !self.body_left_out(decl) => {
                                self.returns_ctx_func(body, depth + 1)
                            }
                            _ => true,
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
    pub(crate) fn other_file_factory_ok(&self, ident: Node<'_>, depth: usize) -> bool {
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

    pub(crate) fn judge_other_file_factory(&self, name: &str, depth: usize) -> bool {
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

    pub(crate) fn returns_ctx_func_of(&self, lit: Node<'_>, depth: usize) -> bool {
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
                // A variable is traced in the file that declares it (P4).
                kind::IDENTIFIER => {
                    let judge = |sem: &Semantics<'_, '_>, var: BindingId| {
                        let list = sem.trace_list(var);
                        !list.is_empty()
                            && list.iter().all(|a| {
                                sem.mentions_ctx(a.value) || sem.returns_ctx_func_of(a.value, depth)
                            })
                    };
                    match self.variable_of(r) {
                        Some(var) => judge(self, var),
                        None => self.in_declaring_file(r, &judge).unwrap_or(false),
                    }
                }
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
}
