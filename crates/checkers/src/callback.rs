//! The callback rule (SPEC §3.3), shared by the checkers of spawning APIs: errgroup, waitgroup
//! and conc judge their callback argument with it, and the spawner checker (§3.6) judges each
//! function-typed argument with its literal, identifier and call rows.
//!
//! | form of the value | passes iff |
//! |---|---|
//! | function literal | P1 or P2 or (derivers set and P10 = AtStart) |
//! | identifier | P4 with P1 or P3 or (derivers set and P11 over the literal's body) |
//! | call expression | P6 (derivers are not considered) |
//!
//! A deferred-only deriver in a literal simply fails; the `go`-statement "defer" message
//! belongs to goroutinederive alone.

use goroutinectx_scope::facts::Derive;
use goroutinectx_scope::fields::NodeKind;
use goroutinectx_scope::Semantics;
use tree_sitter::Node;

use crate::CheckContext;

/// The literal row: the literal has its own context parameter, captures a context, or (with
/// derivers configured) calls a deriver when it runs.
pub fn literal_passes<'t>(cx: &CheckContext<'_, '_, 't>, lit: Node<'t>) -> bool {
    let sem = cx.sem;
    sem.p1(lit)
        || sem.p2(lit)
        || (!cx.derivers.is_empty() && sem.derive_flow(lit, cx.derivers) == Derive::AtStart)
}

/// The identifier row: every literal the variable is traced to (P4) has its own context
/// parameter, mentions a context in its flat body, or (with derivers configured) calls a
/// deriver in its flat body. A name that is not a variable (a declared function) passes.
pub fn identifier_passes<'t>(cx: &CheckContext<'_, '_, 't>, ident: Node<'t>) -> bool {
    cx.sem.trace_ident(ident, &|s, lit| {
        s.p1(lit)
            || s.p3(lit)
            || (!cx.derivers.is_empty()
                && lit
                    .child_by_field_id(goroutinectx_scope::fields::body())
                    .is_some_and(|b| s.derive_flat(b, cx.derivers)))
    })
}

/// Whether a value of this form can fail the rule at all, judged without types: literals,
/// variables with literal assignments in this file, and calls whose callee P6 can follow.
/// Everything else passes whatever the call turns out to be.
pub fn may_fail<'t>(sem: &Semantics<'_, 't>, value: Node<'t>) -> bool {
    match value.kind_name() {
        "func_literal" => true,
        "identifier" => match sem.variable_of(value) {
            Some(var) => !sem.trace_list(var).is_empty(),
            None => sem.is_other_file_var(value),
        },
        "call_expression" => value
            .child_by_field_id(goroutinectx_scope::fields::function())
            .is_some_and(|f| {
                matches!(
                    f.kind_name(),
                    "func_literal" | "identifier" | "call_expression"
                )
            }),
        _ => false,
    }
}

/// The message suffix when a deriver set is configured (SPEC §4.3): the callback may call a
/// deriver instead of using the context.
pub fn deriver_suffix(cx: &CheckContext<'_, '_, '_>) -> &'static str {
    if cx.derivers.is_empty() {
        ""
    } else {
        " or call goroutine deriver"
    }
}
