//! # `goroutinederive` — goroutines must call the configured context deriver
//!
//! **What it reports:** with `-goroutine-deriver=SPEC` set, a `go` statement in a ctx scope
//! whose goroutine does not call a deriver (e.g. an APM function that forks the transaction):
//! `goroutine should call SPEC to derive context`, or, when the only deriver calls are
//! deferred, `goroutine calls SPEC in defer, but it should be called at goroutine start`. Both
//! at the `go` keyword; SPEC is the flag's raw value.
//!
//! **Why:** APM and tracing libraries need each goroutine to derive its own context at start
//! so its spans and segments attach to the right parent.
//!
//! **Example** (`-goroutine-deriver=example.org/tel.Fork`):
//! ```go
//! go func() { c := tel.Fork(ctx); run(c) }() // fine
//! go func() { run(ctx) }()                   // reported
//! go func() { defer tel.Fork(ctx); run(ctx) }() // reported (defer message)
//! ```
//!
//! **Decision (SPEC §3.2):** a literal passes with its own context parameter (P1), else by the
//! flow-aware deriver walk (P10: IIFEs and local closure calls followed, `go` bodies not); a
//! call `go X(a)()` by FactoryDerives on `X`'s literal (or its traced literals); an identifier
//! by tracing with the flat walk (P11); anything else passes.
//!
//! **Limitations (SPEC §9.7):** named function calls, method spawns, `go f()()()`, factories
//! passed as parameters pass.

use goroutinectx_scope::fields::NodeKind;
use goroutinectx_scope::kind;
use tree_sitter::Node;

use crate::{spawned_callee, CheckContext, Finding, GoStmtChecker};
use goroutinectx_scope::facts::Derive;

pub struct GoroutineDerive;

impl GoStmtChecker for GoroutineDerive {
    fn name(&self) -> &'static str {
        "goroutinederive"
    }

    fn check_go<'t>(&self, cx: &CheckContext<'_, '_, 't>, go_stmt: Node<'t>) -> Option<Finding> {
        if cx.derivers.is_empty() {
            return None;
        }
        let (_, callee) = spawned_callee(go_stmt)?;
        let sem = cx.sem;
        let d = cx.derivers;
        let outcome = match callee.kind_name() {
            kind::FUNC_LITERAL => {
                if sem.has_own_ctx_param(callee) {
                    Derive::AtStart
                } else {
                    sem.derives_in_flow(callee, d)
                }
            }
            kind::CALL_EXPRESSION => {
                let x = callee
                    .child_by_field_id(goroutinectx_scope::fields::function())
                    .map(strip_one_paren);
                match x {
                    Some(x) if x.kind_name() == kind::FUNC_LITERAL => {
                        pass_if(sem.has_own_ctx_param(x) || sem.factory_derives(x, d))
                    }
                    Some(x) if x.kind_name() == kind::IDENTIFIER => {
                        pass_if(sem.trace_ident(x, &|s, lit| {
                            s.has_own_ctx_param(lit) || s.factory_derives(lit, d)
                        }))
                    }
                    _ => Derive::AtStart,
                }
            }
            kind::IDENTIFIER => pass_if(sem.trace_ident(callee, &|s, lit| {
                s.has_own_ctx_param(lit)
                    || lit
                        .child_by_field_id(goroutinectx_scope::fields::body())
                        .is_some_and(|b| s.derives_flat(b, d))
            })),
            _ => Derive::AtStart,
        };
        let message = match outcome {
            Derive::AtStart => return None,
            Derive::DeferOnly => format!(
                "goroutine calls {} in defer, but it should be called at goroutine start",
                cx.deriver_flag
            ),
            Derive::None => format!(
                "goroutine should call {} to derive context",
                cx.deriver_flag
            ),
        };
        Some(Finding {
            offset: go_stmt.start_byte(),
            message,
        })
    }
}

fn pass_if(ok: bool) -> Derive {
    if ok {
        Derive::AtStart
    } else {
        Derive::None
    }
}

/// Removes one layer of parentheses (SPEC §3.2: `go (mk)(a)()`).
fn strip_one_paren(n: Node<'_>) -> Node<'_> {
    if n.kind_name() == kind::PARENTHESIZED_EXPRESSION {
        n.named_child(0).unwrap_or(n)
    } else {
        n
    }
}
