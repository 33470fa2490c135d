//! # `spawner` — functions marked as spawners must be given context-aware functions
//!
//! **What it reports:** a call, inside a function that received a context, to a function
//! marked `//goroutinectx:spawner` (or named by `-external-spawner`) where a function-typed
//! argument does not use the context: `NAME() func argument should use context "N"` at the
//! start of each failing argument (NAME is the bare callee name), with ` or call goroutine
//! deriver` appended when `-goroutine-deriver` is set.
//!
//! **Why:** a helper that starts goroutines for its function arguments (`runAll(fs...)`,
//! `pool.Submit(f)`) hides the `go` statement from the goroutine checker; marking it moves the
//! check to its call sites.
//!
//! **Example:**
//! ```go
//! //goroutinectx:spawner
//! func background(tag string, jobs ...func()) { for _, j := range jobs { go j() } }
//!
//! func serve(reqCtx context.Context) {
//!     background("tick",
//!         heartbeat,                  // passes: a declared function cannot be traced
//!         func() { beat() },          // reported here
//!         func() { beatCtx(reqCtx) }, // passes
//!     )
//! }
//! ```
//!
//! **Decision (SPEC §3.6):** every argument whose static type is a function type is judged by
//! the callback rule's literal, identifier and call rows ([`crate::callback`]); selectors,
//! index expressions and spreads (`fs...`) pass. A method expression's receiver is argument 0.
//!
//! **Which calls:** the static target (§3.0.2; explicitly instantiated calls are not
//! identified) is a function or method carrying the directive on the line right above its
//! `func` keyword, or matches an external spec (`pkg.Func`, `pkg.Type.Method`, interface
//! methods included). Directives are honoured in the declaring package and, unless
//! `-cross-package-spawners=false`, in every other package too (§12.2). As upstream,
//! methods of generic types are never matched by a directive (§11.11); generic functions and
//! Go 1.27 generic methods of plain types are.
//!
//! **Limitations:** an argument whose type cannot be inferred is not checked; values that
//! cannot be traced (parameters, fields, other packages) pass (§9.2, §9.6).

use goroutinectx_scope::config::{parse_spec_list, FuncSpec};
use goroutinectx_scope::fields::NodeKind;
use goroutinectx_scope::kind;
use goroutinectx_scope::{CallTarget, Semantics};
use tree_sitter::Node;

use crate::callback::{deriver_suffix, identifier_passes, literal_passes, may_fail};
use crate::{arguments, CallChecker, CheckContext, Finding};

pub struct Spawner {
    /// `-external-spawner`'s specs.
    pub external: Vec<FuncSpec>,
    /// Honour directives of other packages (`-cross-package-spawners`).
    pub cross_package: bool,
}

impl Spawner {
    pub fn new(external_flag: &str, cross_package: bool) -> Self {
        Spawner {
            external: parse_spec_list(external_flag),
            cross_package,
        }
    }

    fn is_spawner(&self, cx: &CheckContext<'_, '_, '_>, t: &CallTarget) -> bool {
        cx.sem.is_marked_spawner_target(t, self.cross_package)
            || self
                .external
                .iter()
                .any(|s| s.matches(&t.pkg_path, t.type_name.as_deref(), &t.name))
    }
}

impl CallChecker for Spawner {
    fn name(&self) -> &'static str {
        "spawner"
    }

    fn may_report<'t>(&self, sem: &Semantics<'_, 't>, call: Node<'t>) -> bool {
        arguments(call).into_iter().any(|a| may_fail(sem, a))
    }

    fn matches<'t>(&self, cx: &CheckContext<'_, '_, 't>, call: Node<'t>) -> bool {
        if self.external.is_empty() && !cx.sem.may_call_marked_spawner(call) {
            return false;
        }
        cx.sem
            .call_target(call, false)
            .is_some_and(|t| self.is_spawner(cx, &t))
    }

    fn check_call<'t>(&self, cx: &CheckContext<'_, '_, 't>, call: Node<'t>) -> Vec<Finding> {
        let sem = cx.sem;
        let Some(target) = sem.call_target(call, false) else {
            return Vec::new();
        };
        let mut out = Vec::new();
        for arg in arguments(call) {
            let passes = match arg.kind_name() {
                kind::FUNC_LITERAL => literal_passes(cx, arg),
                kind::IDENTIFIER => !sem.is_func_typed(arg) || identifier_passes(cx, arg),
                kind::CALL_EXPRESSION => !sem.is_func_typed(arg) || sem.factory_uses_ctx(arg),
                _ => true,
            };
            if !passes {
                out.push(Finding {
                    offset: arg.start_byte(),
                    message: format!(
                        "{}() func argument should use context \"{}\"{}",
                        target.name,
                        cx.scope_name,
                        deriver_suffix(cx)
                    ),
                });
            }
        }
        out
    }
}
