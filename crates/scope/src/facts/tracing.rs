//! P4 Trace and P5 LastLit / LastCall (SPEC §3.0.4): the assignments of function literals
//! (and calls) to a variable in the file that declares it, another file of the package
//! included.

use goroutinectx_scanner::fields::NodeKind;
use goroutinectx_scanner::kind;
use rustc_hash::FxHashMap as HashMap;

use tree_sitter::Node;

use crate::model::{BindingId, BindingKind};
use crate::semantics::Semantics;

use super::children;

/// One assignment of a function literal (or call) to a variable, for P4/P5.
#[derive(Clone, Copy, Debug)]
pub struct Assignment<'t> {
    pub stmt: Node<'t>,
    pub value: Node<'t>,
    pub conditional: bool,
}

impl<'a, 't> Semantics<'a, 't> {
    /// Every `=` / `:=` in this file whose left side at index i is `var` and whose right side
    /// at index i satisfies `want`, in source order.
    pub fn assignments_to(
        &self,
        var: BindingId,
        want: impl Fn(Node<'t>) -> bool,
    ) -> Vec<Assignment<'t>> {
        self.package_assignments_left_out(var, false);
        self.assignments_in_tree(var, want)
    }

    /// The function literals assigned to `var` ([`Self::assignments_to`] for literals). A
    /// package-level variable whose type cannot hold a function is assigned none in a program
    /// that type-checks, so bodies left out of the tree are not asked about it (they may
    /// assign it other values: `addr = l.Addr().String()`).
    pub fn literals_assigned_to(&self, var: BindingId) -> Vec<Assignment<'t>> {
        self.package_assignments_left_out(var, true);
        self.assignments_in_tree(var, |v| v.kind_name() == kind::FUNC_LITERAL)
    }

    /// Whether a variable of binding `var`'s type may hold a function value: a function type,
    /// an interface other than `error` (which no function implements), a type parameter, or
    /// a type not known.
    pub(crate) fn binding_may_hold_func(&self, var: BindingId) -> bool {
        use crate::types::{LiteralKind, Type};
        match self.universe.underlying(&self.binding_type(var)) {
            Type::Pointer(_)
            | Type::Slice(_)
            | Type::Array(_)
            | Type::Map(..)
            | Type::Chan(_)
            | Type::Struct(_)
            | Type::Literal(LiteralKind::Struct)
            // A variable initialised with an untyped constant has its default type (bool,
            // rune, int, float, complex or string); untyped nil initialises none.
            | Type::Untyped => false,
            Type::Named(n) => {
                !(n.pkg.is_none()
                    && n.local.is_none()
                    && crate::universe::holds_no_function(&n.name))
            }
            _ => true,
        }
    }

    /// [`Self::assignments_to`] in this tree only (bodies left out of it not asked about).
    fn assignments_in_tree(
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
    pub(crate) fn file_assignments(&self) -> &HashMap<BindingId, Vec<Assignment<'t>>> {
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
        let entries = self.literals_assigned_to(var);
        trace_entries(&entries).iter().all(|a| pred(a.value))
    }

    /// The entries of a trace that must satisfy the predicate; empty when untraceable.
    pub fn trace_list(&self, var: BindingId) -> Vec<Assignment<'t>> {
        let entries = self.literals_assigned_to(var);
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
        self.literals_assigned_to(var).last().map(|a| a.value)
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
}

/// The entries from the last unconditional one (or all when none is unconditional).
pub(crate) fn trace_entries<'x, 't>(entries: &'x [Assignment<'t>]) -> &'x [Assignment<'t>] {
    let k = entries.iter().rposition(|a| !a.conditional).unwrap_or(0);
    entries.get(k..).unwrap_or(&[])
}
