//! # `goroutine` — goroutines must propagate the context
//!
//! **What it reports:** a `go` statement inside a function that received a context (a ctx
//! scope, SPEC §2) whose spawned code does not use any context: `goroutine does not propagate
//! context "N"` at the `go` keyword.
//!
//! **Why:** a goroutine that drops the request context keeps running after the request is
//! cancelled and loses its deadline, trace and values.
//!
//! **Example:**
//! ```go
//! func handle(ctx context.Context) {
//!     go func() { refresh() }()          // reported
//!     go func() { refreshCtx(ctx) }()    // fine: captures ctx
//! }
//! ```
//!
//! **Decision (SPEC §3.1)** on the spawned callee `E`: a function literal passes with its own
//! `context.Context` parameter (P1) or a captured ctx-ish variable at any depth (P2); a call
//! (`go mk()()`) passes by FactoryOK (P6); an identifier by tracing its assigned literals
//! (P4 with P1 || P3); `v.f` by its keyed literal (P8); `v[k]` by its indexed literal (P9);
//! anything else passes.
//!
//! **Limitations (SPEC §9):** values whose origin cannot be traced (parameters, channel
//! receives, `var f = func…`, other packages) pass; declared functions and methods pass; a
//! traced literal must mention the context in its own flat body (§9.12).

use goroutinectx_scope::fields::NodeKind;
use goroutinectx_scope::kind;
use tree_sitter::Node;

use crate::{spawned_callee, CheckContext, Finding, GoStmtChecker};

pub struct Goroutine;

impl GoStmtChecker for Goroutine {
    fn name(&self) -> &'static str {
        "goroutine"
    }

    fn check_go<'t>(&self, cx: &CheckContext<'_, '_, 't>, go_stmt: Node<'t>) -> Option<Finding> {
        let (_, callee) = spawned_callee(go_stmt)?;
        if passes(cx, callee) {
            return None;
        }
        Some(Finding {
            offset: go_stmt.start_byte(),
            message: format!("goroutine does not propagate context \"{}\"", cx.scope_name),
        })
    }
}

/// Whether the spawned callee `e` uses a context (SPEC §3.1's table).
pub fn passes<'t>(cx: &CheckContext<'_, '_, 't>, e: Node<'t>) -> bool {
    let sem = cx.sem;
    match e.kind_name() {
        kind::FUNC_LITERAL => sem.has_own_ctx_param(e) || sem.captures_ctx(e),
        kind::CALL_EXPRESSION => sem.factory_uses_ctx(e),
        kind::IDENTIFIER => {
            sem.trace_ident(e, &|s, lit| s.has_own_ctx_param(lit) || s.mentions_ctx(lit))
        }
        kind::SELECTOR_EXPRESSION => sem.field_literal_uses_ctx(e),
        kind::INDEX_EXPRESSION => sem.index_literal_uses_ctx(e),
        _ => true,
    }
}
