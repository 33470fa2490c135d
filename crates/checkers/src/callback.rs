//! The callback rule (SPEC §3.3), shared by the checkers of spawning APIs: errgroup, waitgroup
//! and conc judge their callback argument with it, and the spawner checker (§3.6) judges each
//! function-typed argument with its literal, identifier and call rows.
//!
//! | form of the value | passes iff |
//! |---|---|
//! | function literal | P1 or P2 or (derivers set and P10 = AtStart) |
//! | identifier | P4 with P1 or P3 or (derivers set and P11 over the literal's body) |
//! | call expression | P6 (derivers are not considered) |
//! | selector `v.f` | P8: the keyed literal assigned to `v`'s field `f` mentions a context |
//! | index `v[k]` | P9: the literal at `k` of the composite literal assigned to `v` does |
//! | anything else (parenthesised, conversions, assertions, receives) | always |
//!
//! The spawner checker judges only the first three rows (its selector and index arguments
//! pass, SPEC §9.6); [`callback_passes`] is the whole table.
//!
//! A deferred-only deriver in a literal simply fails; the `go`-statement "defer" message
//! belongs to goroutinederive alone.

use goroutinectx_scope::facts::Derive;
use goroutinectx_scope::fields::NodeKind;
use goroutinectx_scope::kind;
use goroutinectx_scope::Semantics;
use tree_sitter::Node;

use crate::CheckContext;

/// The literal row: the literal has its own context parameter, captures a context, or (with
/// derivers configured) calls a deriver when it runs.
pub fn literal_passes<'t>(cx: &CheckContext<'_, '_, 't>, lit: Node<'t>) -> bool {
    let sem = cx.sem;
    sem.has_own_ctx_param(lit)
        || sem.captures_ctx(lit)
        || (!cx.derivers.is_empty() && sem.derives_in_flow(lit, cx.derivers) == Derive::AtStart)
}

/// The identifier row: every literal the variable is traced to (P4) has its own context
/// parameter, mentions a context in its flat body, or (with derivers configured) calls a
/// deriver in its flat body. A name that is not a variable (a declared function) passes.
pub fn identifier_passes<'t>(cx: &CheckContext<'_, '_, 't>, ident: Node<'t>) -> bool {
    cx.sem.trace_ident(ident, &|s, lit| {
        s.has_own_ctx_param(lit)
            || s.mentions_ctx(lit)
            || (!cx.derivers.is_empty()
                && lit
                    .child_by_field_id(goroutinectx_scope::fields::body())
                    .is_some_and(|b| s.derives_flat(b, cx.derivers)))
    })
}

/// The whole callback rule (SPEC §3.3's table) for the callback argument of a spawning API.
pub fn callback_passes<'t>(cx: &CheckContext<'_, '_, 't>, arg: Node<'t>) -> bool {
    match arg.kind_name() {
        kind::FUNC_LITERAL => literal_passes(cx, arg),
        kind::IDENTIFIER => identifier_passes(cx, arg),
        kind::CALL_EXPRESSION => cx.sem.factory_uses_ctx(arg),
        kind::SELECTOR_EXPRESSION => cx.sem.field_literal_uses_ctx(arg),
        kind::INDEX_EXPRESSION => cx.sem.index_literal_uses_ctx(arg),
        _ => true,
    }
}

/// [`may_fail`] for the whole table: selectors and index expressions on a variable can fail
/// too (P8, P9).
pub fn callback_may_fail<'t>(sem: &Semantics<'_, 't>, value: Node<'t>) -> bool {
    match value.kind_name() {
        kind::SELECTOR_EXPRESSION | kind::INDEX_EXPRESSION => value
            .child_by_field_id(goroutinectx_scope::fields::operand())
            .is_some_and(|op| op.kind_name() == kind::IDENTIFIER),
        _ => may_fail(sem, value),
    }
}

/// Whether a value of this form can fail the rule at all, judged without types: literals,
/// variables with literal assignments in this file, and calls whose callee P6 can follow.
/// Everything else passes whatever the call turns out to be.
pub fn may_fail<'t>(sem: &Semantics<'_, 't>, value: Node<'t>) -> bool {
    match value.kind_name() {
        kind::FUNC_LITERAL => true,
        kind::IDENTIFIER => match sem.variable_of(value) {
            Some(var) => !sem.trace_list(var).is_empty(),
            None => sem.is_other_file_var(value),
        },
        kind::CALL_EXPRESSION => value
            .child_by_field_id(goroutinectx_scope::fields::function())
            .is_some_and(|f| {
                matches!(
                    f.kind_name(),
                    kind::FUNC_LITERAL | kind::IDENTIFIER | kind::CALL_EXPRESSION
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
