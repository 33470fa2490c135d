//! Reachability and straight-line values, shared by P10 and the spawn-call search: which
//! statements end a block's reachability, `goto` targets, `break`s that leave a loop, and
//! the single value of a local variable reaching a call.

use goroutinectx_scanner::fields::{self, NodeKind};
use goroutinectx_scanner::kind;

use tree_sitter::Node;

use crate::model::{BindingId, FuncId};
use crate::semantics::Semantics;

use super::{children, unparen, walk};

/// Kinds of statement whose presence among a node's ancestors makes an assignment conditional
/// (P4).
pub(crate) const CONDITIONAL_KINDS: &[&str] = &[
    kind::IF_STATEMENT,
    kind::FOR_STATEMENT,
    kind::EXPRESSION_SWITCH_STATEMENT,
    kind::TYPE_SWITCH_STATEMENT,
    kind::SELECT_STATEMENT,
];

/// The initializer of a `:=` / `var` declared binding, when it has one value per name.
pub(crate) fn declared_value<'t>(b: &crate::model::Binding<'t>) -> Option<Node<'t>> {
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
                .children_by_field_id(fields::nonzero(fields::name()), &mut c)
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
pub(crate) fn conditional_within<'t>(
    model: &crate::model::FileModel<'t>,
    stmt: Node<'t>,
    call: Node<'t>,
    func_node: Node<'t>,
) -> bool {
    // The init statement of an `if`, `switch` or `for` runs unconditionally.
    for a in ancestors_below(model, stmt, func_node) {
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

/// The ancestors of `node`, innermost first: those strictly below `top`, then `top`, when
/// `top` contains it (found by descending from `top`, so that no parent map of the file is
/// built for a question about one function); all of them otherwise.
fn ancestors_below<'t>(
    model: &crate::model::FileModel<'t>,
    node: Node<'t>,
    top: Node<'t>,
) -> Vec<Node<'t>> {
    let mut path = vec![top];
    let mut at = top;
    while at.id() != node.id() {
        match at.child_with_descendant(node) {
            Some(child) => {
                if child.id() != node.id() {
                    path.push(child);
                }
                at = child;
            }
            None => return model.ancestors(node).collect(),
        }
    }
    if path.len() == 1 && top.id() == node.id() {
        return model.ancestors(node).collect();
    }
    path.reverse();
    path
}

/// Whether `stmt` (after `call`) and `call` share a loop below `func_node`.
pub(crate) fn loop_between<'t>(
    model: &crate::model::FileModel<'t>,
    stmt: Node<'t>,
    call: Node<'t>,
    func_node: Node<'t>,
) -> bool {
    for a in ancestors_below(model, call, func_node) {
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
    pub(crate) fn has_break_for(&self, for_stmt: Node<'t>) -> bool {
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
    pub(crate) fn after_terminator(&self, stmt: Node<'t>) -> bool {
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
            // The copy's value where the copy is made (`a, b = b, a` reads the old `b`).
            v = self.straight_line_value(next, inner, fid)?;
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

    /// The single value of local variable `var` reaching `call` (a call, or the read of a
    /// copy) along straight-line code: the last assignment before the call (not one whose
    /// right-hand side holds the call), provided no assignment sits in a branch the call
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
            // An assignment takes effect after its right-hand side is evaluated: one that
            // contains the call (or the copy being read) comes after it.
            if stmt.id() != binding.ident.id()
                && stmt.start_byte() <= call.start_byte()
                && call.end_byte() <= stmt.end_byte()
            {
                continue;
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
