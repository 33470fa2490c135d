//! The checkers (SPEC §3): one module per rule. A checker has an ignore name, is enabled by a
//! flag, and inspects one `go` statement or call at a time through the semantic model; it
//! never reads files and knows nothing about output formats.
//!
//! Dispatch order and ignore handling are the analyzer's (SPEC §3.0.1): `go` statements go to
//! [`GoStmtChecker`]s, calls to [`CallChecker`]s (first `matches`, then the ignore directive,
//! then `check_call`).

pub mod api;
pub mod callback;
pub mod conc;
pub mod errgroup;
pub mod goroutine;
pub mod goroutinederive;
pub mod gotask;
pub mod registry;
pub mod spawnapi;
pub mod spawner;
pub mod spawnerlabel;
pub mod waitgroup;

use goroutinectx_scope::facts::Derivers;
use goroutinectx_scope::fields::NodeKind;
use goroutinectx_scope::kind;
use goroutinectx_scope::Semantics;
use tree_sitter::Node;

/// What a checker sees: the semantics of the file, the nearest ctx scope's name (N), and the
/// run's deriver configuration.
pub struct CheckContext<'c, 'a, 't> {
    pub sem: &'c Semantics<'a, 't>,
    /// The printed name of the nearest ctx scope (SPEC §2.1).
    pub scope_name: &'c str,
    pub derivers: &'c Derivers,
    /// The raw `-goroutine-deriver` value, printed verbatim in messages.
    pub deriver_flag: &'c str,
}

impl<'c, 'a, 't> CheckContext<'c, 'a, 't> {
    /// The same context over another file's semantics (a variable's declaring file).
    pub fn with_sem<'c2, 'a2, 't2>(
        &self,
        sem: &'c2 Semantics<'a2, 't2>,
    ) -> CheckContext<'c2, 'a2, 't2>
    where
        'c: 'c2,
    {
        CheckContext {
            sem,
            scope_name: self.scope_name,
            derivers: self.derivers,
            deriver_flag: self.deriver_flag,
        }
    }
}

/// A diagnostic as a checker produces it: a byte offset in the file and a message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    pub offset: usize,
    pub message: String,
}

/// A checker of `go` statements.
pub trait GoStmtChecker: Sync {
    /// The ignore name (`//goroutinectx:ignore NAME`).
    fn name(&self) -> &'static str;
    fn check_go<'t>(&self, cx: &CheckContext<'_, '_, 't>, go_stmt: Node<'t>) -> Option<Finding>;
}

/// A checker of calls.
pub trait CallChecker: Sync {
    fn name(&self) -> &'static str;
    /// A cheap test, without identifying the callee, of whether the call could fail this
    /// checker at all. The driver skips calls that cannot unless an ignore directive covers
    /// the line (then `matches` must still decide whether the directive is consulted).
    fn may_report<'t>(&self, _sem: &Semantics<'_, 't>, _call: Node<'t>) -> bool {
        true
    }
    /// Whether this checker is about the call at all (tested before ignore directives).
    fn matches<'t>(&self, cx: &CheckContext<'_, '_, 't>, call: Node<'t>) -> bool;
    /// For a call that does not match: whether it might have, had a type been known (the
    /// callee looks like this checker's business but its receiver's type is unknown). An
    /// ignore directive there counts as consulted, so it is never reported unused on a guess.
    fn may_match_unknown<'t>(&self, _cx: &CheckContext<'_, '_, 't>, _call: Node<'t>) -> bool {
        false
    }
    fn check_call<'t>(&self, cx: &CheckContext<'_, '_, 't>, call: Node<'t>) -> Vec<Finding>;
}

/// A checker of top-level function and method declarations (spawnerlabel), independent of
/// ctx scopes.
pub trait FuncDeclChecker: Sync {
    /// The ignore name.
    fn name(&self) -> &'static str;
    /// The finding for a declaration, if any; the driver consults ignore directives on the
    /// `func` line only then.
    fn check_func<'t>(&self, sem: &Semantics<'_, 't>, decl: Node<'t>) -> Option<Finding>;
}

/// The spawned call of a `go` statement (`go E(args)` -> the call) and its callee `E`.
pub fn spawned_callee<'t>(go_stmt: Node<'t>) -> Option<(Node<'t>, Node<'t>)> {
    let mut c = go_stmt.walk();
    let call = go_stmt
        .named_children(&mut c)
        .find(|n| n.kind_name() != kind::COMMENT)?;
    if call.kind_name() != kind::CALL_EXPRESSION {
        return None;
    }
    Some((
        call,
        call.child_by_field_id(goroutinectx_scope::fields::function())?,
    ))
}

/// A call's arguments as written, in order (comments skipped; a spread `fs...` included as
/// is; in a method expression the receiver is argument 0).
pub fn arguments<'t>(call: Node<'t>) -> Vec<Node<'t>> {
    goroutinectx_scope::facts::call_arguments(call)
}

/// The name a call's callee ends in: `F` in `F(…)`, `Sel` in `x.y.Sel(…)`.
pub fn callee_name<'t>(call: Node<'t>) -> Option<Node<'t>> {
    let callee = call.child_by_field_id(goroutinectx_scope::fields::function())?;
    match callee.kind_name() {
        kind::IDENTIFIER => Some(callee),
        kind::SELECTOR_EXPRESSION => callee.child_by_field_id(goroutinectx_scope::fields::field()),
        _ => None,
    }
}

/// A call `x.Name(…)` (not explicitly instantiated) whose method name `is_name` accepts and
/// whose receiver's type is unknown: it may be a spawning API, the model cannot tell.
pub fn unknown_receiver_call<'t>(
    sem: &Semantics<'_, 't>,
    call: Node<'t>,
    is_name: impl Fn(&str) -> bool,
) -> bool {
    let Some(callee) = call.child_by_field_id(goroutinectx_scope::fields::function()) else {
        return false;
    };
    if call
        .child_by_field_id(goroutinectx_scope::fields::type_arguments())
        .is_some()
    {
        return false;
    }
    let Some((operand, field)) = goroutinectx_scope::facts::selector_parts(callee) else {
        return false;
    };
    is_name(sem.text(field))
        && sem.package_of_qualifier(operand).is_none()
        && sem.expr_type(operand).is_unknown()
}
