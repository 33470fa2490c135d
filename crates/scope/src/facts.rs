//! The predicates over function values of SPEC §3.0.4 (P1–P11), built on the file model and
//! the semantics. Checkers combine them; each predicate is documented with its SPEC name.
//! By concern:
//!
//! - `ctx_use`: P2 Captures and P3 Mentions (P1 is `Semantics::has_own_ctx_param`);
//! - `tracing`: P4 Trace, P5 LastLit / LastCall;
//! - `factories`: P6 FactoryOK, P7 ReturnsCtxFunc;
//! - `literal_fields`: P8 FieldLit, P9 IndexLit;
//! - `derivers`: the deriver set, P10 DeriveFlow, P11 DeriveFlat, FactoryDerives;
//! - `reachability`: terminating statements, goto targets and straight-line values, shared
//!   by P10 and the spawn-call search.
//!
//! Every walk here is iterative or bounded by `MAX_DEPTH` (literal-in-literal nesting for
//! the recursive predicates), and every "cannot tell" answer is the one that avoids a report.

mod ctx_use;
mod derivers;
mod factories;
mod literal_fields;
mod reachability;
mod tracing;

use goroutinectx_scanner::fields::NodeKind;
use goroutinectx_scanner::kind;
use tree_sitter::Node;

pub use derivers::{Derive, Derivers, Target};
pub use literal_fields::keyed_part;
pub(crate) use reachability::statements_of;
pub use tracing::Assignment;

/// Nesting bound for the mutually recursive predicates (P6/P7, FactoryDerives).
pub(crate) const MAX_DEPTH: usize = 32;

/// A call's arguments as written, in order (comments skipped; a spread `fs...` included as
/// is; in a method expression the receiver is argument 0).
pub fn call_arguments<'t>(call: Node<'t>) -> Vec<Node<'t>> {
    let Some(list) = call.child_by_field_id(goroutinectx_scanner::fields::arguments()) else {
        return Vec::new();
    };
    let mut c = list.walk();
    list.named_children(&mut c)
        .filter(|n| n.kind_name() != kind::COMMENT)
        .collect()
}

/// A selector expression's operand and field (`x` and `F` in `x.F`); `None` for anything
/// else.
pub fn selector_parts(n: Node<'_>) -> Option<(Node<'_>, Node<'_>)> {
    if n.kind_name() != kind::SELECTOR_EXPRESSION {
        return None;
    }
    Some((
        n.child_by_field_id(goroutinectx_scanner::fields::operand())?,
        n.child_by_field_id(goroutinectx_scanner::fields::field())?,
    ))
}

/// Strips one or more parentheses.
pub fn unparen(mut n: Node<'_>) -> Node<'_> {
    while n.kind_name() == kind::PARENTHESIZED_EXPRESSION {
        match n.named_child(0) {
            Some(inner) => n = inner,
            None => break,
        }
    }
    n
}

/// Named children, comments aside.
pub fn children(n: Node<'_>) -> Vec<Node<'_>> {
    let mut c = n.walk();
    n.named_children(&mut c)
        .filter(|x| x.kind_name() != kind::COMMENT)
        .collect()
}

/// Visits `root` and its descendants in document order; `descend` decides whether to enter a
/// node's children (the node itself is always visited).
pub fn walk<'t>(root: Node<'t>, mut visit: impl FnMut(Node<'t>) -> bool) {
    let mut stack = vec![root];
    let mut cursor = root.walk();
    let mut steps = 0;
    while let Some(n) = stack.pop() {
        steps += 1;
        if !visit(n) {
            continue;
        }
        let kids: Vec<Node<'t>> = n.named_children(&mut cursor).collect();
        stack.extend(kids.into_iter().rev());
    }
    crate::work::add(steps);
}
