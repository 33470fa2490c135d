//! # `gotask` — gotask tasks must call the goroutine deriver
//!
//! **What it reports** (active only when `-goroutine-deriver` is set and `-gotask` is on), in
//! a function that received a context:
//! - a call of `DoAll`, `DoAllSettled`, `DoRace`, `DoAllFns`, `DoAllFnsSettled` or
//!   `DoRaceFns` (github.com/siketyan/gotask, also `/vN`) whose task argument does not call
//!   the deriver: `gotask.DoAllFns() 2nd argument should call goroutine deriver` (the
//!   argument's 1-based position as an English ordinal; `variadic argument` for a call with a
//!   spread `tasks...`), one per failing argument, at the call's start;
//! - a `Task.DoAsync` or `CancelableTask.DoAsync` call whose context is not derived and whose
//!   task's callback does not derive either: `gotask.(*Task).DoAsync() 1st argument should
//!   call goroutine deriver` (always the `(*Type)` form) at `DoAsync`.
//!
//! **Why:** with an APM deriver configured, every goroutine must start from a derived
//! context; gotask starts them inside the library.
//!
//! **Example** (`-goroutine-deriver=example.org/tel.Fork`):
//! ```go
//! func crawl(reqCtx context.Context) {
//!     _ = gotask.DoRaceFns(reqCtx,                           // reported: 2nd argument
//!         func(c context.Context) int { return probe(c) },
//!         func(c context.Context) int { return probe(tel.Fork(c)) },
//!     )
//! }
//! ```
//!
//! **Decision (SPEC §3.8):** only deriver calls matter (a task's own context parameter is no
//! exemption). *TaskArg*: a literal calls the deriver when it runs (P10 at start); a call is
//! judged by *TaskCall*; a variable of slice type fails, one with a last literal assignment
//! is judged by its flat body (P11), one with a last call assignment by *TaskCall*; anything
//! else passes. *TaskCall*: `NewTask(cb)` is judged by *TaskCallback*; a callee variable whose
//! last literal returns a deriving task passes; an argument literal that does (`lo.Map(xs,
//! func(…) *Task { return NewTask(…) })`) passes; a deriver call inside the call passes.
//! *ReturnsDeriving*: some `return` of the literal returns a call passing *TaskCall* or a
//! literal whose flat body derives (returned variables are not followed). *TaskCallback*: a
//! literal by P10, a variable by its last literal's flat body, anything else by P11 of the
//! expression itself (so `NewTask(namedFunc)` fails). `DoAsync` passes when its first
//! argument is a call of any single deriver (or a variable whose last call assignment is one),
//! or when its receiver traces (through method calls such as `.Cancelable()`, variables' last
//! call assignments, `*x` and parentheses) to `NewTask(cb)` with a deriving callback.
//!
//! **Limitations (SPEC §9.11, §9.13):** one deriving return path is enough; upstream's
//! deliberate reports stay (a deriver only in a deferred closure, a spread of tasks, a literal
//! returned through a variable, `NewTask(namedFunc)`, `p := &task; p.DoAsync(…)`).

use goroutinectx_scope::facts::{unparen, Derive};
use goroutinectx_scope::fields::NodeKind;
use goroutinectx_scope::kind;
use goroutinectx_scope::Semantics;
use tree_sitter::Node;

use crate::api::{is_gotask_new_task, lookup, Api, Spawns, APIS};
use crate::registry::CheckerId;
use crate::{arguments, callee_name, CallChecker, CheckContext, Finding};

/// Nesting of task calls and returned literals beyond this is not followed (passes).
const MAX_DEPTH: usize = 32;

pub struct Gotask;

impl Gotask {
    fn api(&self, cx: &CheckContext<'_, '_, '_>, call: Node<'_>) -> Option<&'static Api> {
        let target = cx.sem.call_target(call, false)?;
        lookup(&target).filter(|a| a.checker == CheckerId::Gotask)
    }
}

impl CallChecker for Gotask {
    fn name(&self) -> &'static str {
        "gotask"
    }

    fn may_report<'t>(&self, sem: &Semantics<'_, 't>, call: Node<'t>) -> bool {
        callee_name(call).is_some_and(|n| {
            let text = sem.text(n);
            APIS.iter()
                .any(|a| a.checker == CheckerId::Gotask && a.func == text)
        })
    }

    fn matches<'t>(&self, cx: &CheckContext<'_, '_, 't>, call: Node<'t>) -> bool {
        self.may_report(cx.sem, call) && self.api(cx, call).is_some()
    }

    fn check_call<'t>(&self, cx: &CheckContext<'_, '_, 't>, call: Node<'t>) -> Vec<Finding> {
        let Some(api) = self.api(cx, call) else {
            return Vec::new();
        };
        let args = arguments(call);
        match api.spawns {
            Spawns::TasksFrom(first) | Spawns::CallbacksFrom(first) => {
                if args.len() < 2 {
                    return Vec::new();
                }
                let spread = args
                    .last()
                    .is_some_and(|a| a.kind_name() == kind::VARIADIC_ARGUMENT);
                let mut out = Vec::new();
                for (i, arg) in args.iter().enumerate().skip(first) {
                    let arg = match arg.kind_name() {
                        kind::VARIADIC_ARGUMENT => arg.named_child(0).unwrap_or(*arg),
                        _ => *arg,
                    };
                    if task_arg(cx, arg, 0) {
                        continue;
                    }
                    let which = if spread {
                        "variadic".to_string()
                    } else {
                        ordinal(i + 1)
                    };
                    out.push(Finding {
                        offset: call.start_byte(),
                        message: format!(
                            "{}() {which} argument should call goroutine deriver",
                            api.display
                        ),
                    });
                }
                out
            }
            Spawns::ReceiverTask => {
                if do_async_passes(cx, call, &args) {
                    return Vec::new();
                }
                let at = callee_name(call).map_or(call.start_byte(), |n| n.start_byte());
                vec![Finding {
                    offset: at,
                    message: format!(
                        "gotask.(*{}).DoAsync() 1st argument should call goroutine deriver",
                        api.recv.unwrap_or("Task")
                    ),
                }]
            }
            Spawns::Callback(_) => Vec::new(),
        }
    }
}

/// `n` as an English ordinal: 1st, 2nd, 3rd, 4th, …, 11th, 12th, 13th, 21st, ….
pub fn ordinal(n: usize) -> String {
    let suffix = match (n % 10, n % 100) {
        (1, h) if h != 11 => "st",
        (2, h) if h != 12 => "nd",
        (3, h) if h != 13 => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

/// `judge` over the variable an identifier names: in this file, or (a package-level
/// variable declared elsewhere) in the file that declares it, whose assignments P5 reads.
/// `None` when the identifier names no variable.
fn on_variable<'t>(
    cx: &CheckContext<'_, '_, 't>,
    ident: Node<'t>,
    judge: &dyn Fn(&CheckContext<'_, '_, '_>, goroutinectx_scope::model::BindingId) -> bool,
) -> Option<bool> {
    if let Some(var) = cx.sem.variable_of(ident) {
        return Some(judge(cx, var));
    }
    cx.sem
        .in_declaring_file(ident, &|other, var| judge(&cx.with_sem(other), var))
}

/// P10 at start over a literal.
fn derives_at_start<'t>(cx: &CheckContext<'_, '_, 't>, lit: Node<'t>) -> bool {
    cx.sem.derives_in_flow(lit, cx.derivers) == Derive::AtStart
}

/// P11 over a literal's body.
fn body_derives<'t>(cx: &CheckContext<'_, '_, 't>, lit: Node<'t>) -> bool {
    lit.child_by_field_id(goroutinectx_scope::fields::body())
        .is_some_and(|b| cx.sem.derives_flat(b, cx.derivers))
}

/// TaskArg.
fn task_arg<'t>(cx: &CheckContext<'_, '_, 't>, a: Node<'t>, depth: usize) -> bool {
    match a.kind_name() {
        kind::FUNC_LITERAL => derives_at_start(cx, a),
        kind::CALL_EXPRESSION => task_call(cx, a, depth),
        _ if is_conversion(a) => task_call(cx, a, depth),
        kind::IDENTIFIER => on_variable(cx, a, &|cx, var| {
            let sem = cx.sem;
            if sem.binding_is_slice(var) {
                return false;
            }
            if let Some(lit) = sem.last_assigned_literal(var) {
                return body_derives(cx, lit);
            }
            match sem.last_assigned_call(var) {
                Some(c) => task_call(cx, c, depth),
                None => true,
            }
        })
        .unwrap_or(true),
        _ => true,
    }
}

/// Whether a call is gotask's `NewTask`.
fn is_new_task<'t>(cx: &CheckContext<'_, '_, 't>, c: Node<'t>) -> bool {
    cx.sem
        .call_target(c, false)
        .is_some_and(|t| is_gotask_new_task(&t))
}

/// A conversion (`T(x)`, and `F[T](x)` parsed as a conversion to `F[T]`): a call expression
/// in go/ast, never `NewTask` and never a variable's call.
fn is_conversion(n: Node<'_>) -> bool {
    n.kind_name() == kind::TYPE_CONVERSION_EXPRESSION
}

/// TaskCall.
fn task_call<'t>(cx: &CheckContext<'_, '_, 't>, c: Node<'t>, depth: usize) -> bool {
    if depth > MAX_DEPTH {
        return true;
    }
    let sem = cx.sem;
    let args = if is_conversion(c) {
        c.child_by_field_id(goroutinectx_scope::fields::operand())
            .into_iter()
            .collect()
    } else {
        arguments(c)
    };
    if let Some(first) = args.first() {
        if is_new_task(cx, c) {
            return task_callback(cx, *first);
        }
    }
    if let Some(callee) = c.child_by_field_id(goroutinectx_scope::fields::function()) {
        if callee.kind_name() == kind::IDENTIFIER
            && on_variable(cx, callee, &|cx, var| {
                cx.sem
                    .last_assigned_literal(var)
                    .is_some_and(|lit| returns_deriving(cx, lit, depth + 1))
            }) == Some(true)
        {
            return true;
        }
    }
    if args
        .iter()
        .any(|a| a.kind_name() == kind::FUNC_LITERAL && returns_deriving(cx, *a, depth + 1))
    {
        return true;
    }
    sem.derives_flat(c, cx.derivers)
}

/// ReturnsDeriving.
fn returns_deriving<'t>(cx: &CheckContext<'_, '_, 't>, lit: Node<'t>, depth: usize) -> bool {
    let Some(body) = lit.child_by_field_id(goroutinectx_scope::fields::body()) else {
        return false;
    };
    cx.sem.returns_in(body).into_iter().any(|r| {
        let r = unparen(r);
        match r.kind_name() {
            kind::CALL_EXPRESSION => task_call(cx, r, depth),
            kind::FUNC_LITERAL => body_derives(cx, r),
            _ if is_conversion(r) => task_call(cx, r, depth),
            _ => false,
        }
    })
}

/// TaskCallback.
fn task_callback<'t>(cx: &CheckContext<'_, '_, 't>, cb: Node<'t>) -> bool {
    let sem = cx.sem;
    match cb.kind_name() {
        kind::FUNC_LITERAL => derives_at_start(cx, cb),
        kind::IDENTIFIER => {
            on_variable(cx, cb, &|cx, var| match cx.sem.last_assigned_literal(var) {
                Some(lit) => body_derives(cx, lit),
                None => false,
            })
            .unwrap_or_else(|| sem.derives_flat(cb, cx.derivers))
        }
        _ => sem.derives_flat(cb, cx.derivers),
    }
}

/// Whether `DoAsync`'s context is derived or its task's callback derives (SPEC §3.8(b)).
fn do_async_passes<'t>(cx: &CheckContext<'_, '_, 't>, call: Node<'t>, args: &[Node<'t>]) -> bool {
    let sem = cx.sem;
    if let Some(first) = args.first() {
        let first = unparen(*first);
        let deriver_call = |c: Node<'t>| {
            c.kind_name() == kind::CALL_EXPRESSION
                && sem
                    .deriver_target(c, false)
                    .is_some_and(|t| cx.derivers.has_member(&t))
        };
        if deriver_call(first) {
            return true;
        }
        if first.kind_name() == kind::IDENTIFIER
            && on_variable(cx, first, &|cx, var| {
                cx.sem.last_assigned_call(var).is_some_and(|c| {
                    cx.sem
                        .deriver_target(c, false)
                        .is_some_and(|t| cx.derivers.has_member(&t))
                })
            }) == Some(true)
        {
            return true;
        }
    }
    let receiver = call
        .child_by_field_id(goroutinectx_scope::fields::function())
        .filter(|f| f.kind_name() == kind::SELECTOR_EXPRESSION)
        .and_then(|f| f.child_by_field_id(goroutinectx_scope::fields::operand()));
    receiver.is_some_and(|r| receiver_derives(cx, r, 0))
}

/// Whether a `DoAsync` receiver traces back to `NewTask(cb)` with a deriving callback.
fn receiver_derives<'t>(cx: &CheckContext<'_, '_, 't>, r: Node<'t>, depth: usize) -> bool {
    match traced_new_task(cx, r, depth) {
        Traced::NewTask(new_task) => arguments(new_task)
            .first()
            .is_some_and(|cb| task_callback(cx, *cb)),
        // A package-level variable of another file: its last call is traced there.
        Traced::OtherFile(ident) => {
            cx.sem.in_declaring_file(ident, &|other, var| {
                other
                    .last_assigned_call(var)
                    .is_some_and(|c| receiver_derives(&cx.with_sem(other), c, depth + 1))
            }) == Some(true)
        }
        Traced::None => false,
    }
}

/// Where a receiver's trace ends.
enum Traced<'t> {
    NewTask(Node<'t>),
    OtherFile(Node<'t>),
    None,
}

/// The `NewTask(…)` call a receiver expression traces back to: through method calls
/// (`NewTask(f).Cancelable()`), a variable's last call assignment, `*x` and parentheses.
fn traced_new_task<'t>(cx: &CheckContext<'_, '_, 't>, x: Node<'t>, depth: usize) -> Traced<'t> {
    if depth > MAX_DEPTH {
        return Traced::None;
    }
    let sem = cx.sem;
    let child = |n: Node<'t>, field: u16| n.child_by_field_id(field);
    match x.kind_name() {
        kind::CALL_EXPRESSION => {
            if is_new_task(cx, x) {
                return Traced::NewTask(x);
            }
            match child(x, goroutinectx_scope::fields::function()) {
                Some(callee) if callee.kind_name() == kind::SELECTOR_EXPRESSION => {
                    match child(callee, goroutinectx_scope::fields::operand()) {
                        Some(op) => traced_new_task(cx, op, depth + 1),
                        None => Traced::None,
                    }
                }
                _ => Traced::None,
            }
        }
        kind::IDENTIFIER => match sem.variable_of(x) {
            Some(var) => match sem.last_assigned_call(var) {
                Some(c) => traced_new_task(cx, c, depth + 1),
                None => Traced::None,
            },
            None if sem.is_other_file_var(x) => Traced::OtherFile(x),
            None => Traced::None,
        },
        kind::PARENTHESIZED_EXPRESSION => match x.named_child(0) {
            Some(inner) => traced_new_task(cx, inner, depth + 1),
            None => Traced::None,
        },
        kind::UNARY_EXPRESSION => {
            let deref = child(x, goroutinectx_scope::fields::operator())
                .is_some_and(|op| sem.text(op) == "*");
            match child(x, goroutinectx_scope::fields::operand()) {
                Some(op) if deref => traced_new_task(cx, op, depth + 1),
                _ => Traced::None,
            }
        }
        _ => Traced::None,
    }
}

#[cfg(test)]
mod tests {
    use super::ordinal;

    #[test]
    fn ordinals() {
        let got: Vec<String> = [1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111, 112]
            .into_iter()
            .map(ordinal)
            .collect();
        assert_eq!(
            got,
            [
                "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "23rd",
                "101st", "111th", "112th"
            ]
        );
    }
}
