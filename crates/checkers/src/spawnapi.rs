//! The checker shape shared by errgroup, waitgroup and conc (SPEC §3.3–§3.5): a call whose
//! static target is a row of the API table ([`crate::api`]) belonging to the checker has its
//! callback argument judged by the callback rule ([`crate::callback::callback_passes`]).
//!
//! One failure per call: `DISPLAY() closure should use context "N"` (plus ` or call goroutine
//! deriver` with a deriver set), at the selector's name (`Go` in `g.Go(…)`), or at the call's
//! start when the callee is a bare name (a dot-imported `ForEach(…)`).

use goroutinectx_scope::fields::NodeKind;
use goroutinectx_scope::kind;
use goroutinectx_scope::Semantics;
use tree_sitter::Node;

use crate::api::{lookup, Api, Spawns, APIS};
use crate::callback::{callback_may_fail, callback_passes, deriver_suffix};
use crate::registry::{info, CheckerId};
use crate::{arguments, callee_name, unknown_receiver_call, CallChecker, CheckContext, Finding};

/// A checker of the spawning APIs that the API table assigns to `id`.
pub struct SpawnApi {
    id: CheckerId,
    /// The function names of its rows, for the syntactic gate.
    names: Vec<&'static str>,
    /// The callback indexes its rows use.
    indexes: Vec<usize>,
}

impl SpawnApi {
    pub fn new(id: CheckerId) -> Self {
        let rows = || APIS.iter().filter(move |a| a.checker == id);
        let mut names: Vec<_> = rows().map(|a| a.func).collect();
        names.sort_unstable();
        names.dedup();
        let mut indexes: Vec<_> = rows()
            .filter_map(|a| match a.spawns {
                Spawns::Callback(i) => Some(i),
                _ => None,
            })
            .collect();
        indexes.sort_unstable();
        indexes.dedup();
        SpawnApi { id, names, indexes }
    }

    /// The API row the call's static target is, when it is one of this checker's.
    fn api(&self, cx: &CheckContext<'_, '_, '_>, call: Node<'_>) -> Option<&'static Api> {
        let target = cx.sem.call_target(call, false)?;
        lookup(&target).filter(|a| a.checker == self.id)
    }
}

impl CallChecker for SpawnApi {
    fn name(&self) -> &'static str {
        info(self.id).ignore_name
    }

    fn may_report<'t>(&self, sem: &Semantics<'_, 't>, call: Node<'t>) -> bool {
        let Some(name) = callee_name(call) else {
            return false;
        };
        if !self.names.contains(&sem.text(name)) {
            return false;
        }
        let args = arguments(call);
        self.indexes
            .iter()
            .any(|&i| args.get(i).is_some_and(|a| callback_may_fail(sem, *a)))
    }

    fn matches<'t>(&self, cx: &CheckContext<'_, '_, 't>, call: Node<'t>) -> bool {
        callee_name(call).is_some_and(|n| self.names.contains(&cx.sem.text(n)))
            && self.api(cx, call).is_some()
    }

    fn may_match_unknown<'t>(&self, cx: &CheckContext<'_, '_, 't>, call: Node<'t>) -> bool {
        unknown_receiver_call(cx.sem, call, |n| self.names.contains(&n))
    }

    fn check_call<'t>(&self, cx: &CheckContext<'_, '_, 't>, call: Node<'t>) -> Vec<Finding> {
        let Some(api) = self.api(cx, call) else {
            return Vec::new();
        };
        let Spawns::Callback(index) = api.spawns else {
            return Vec::new();
        };
        let Some(arg) = arguments(call).get(index).copied() else {
            return Vec::new();
        };
        if callback_passes(cx, arg) {
            return Vec::new();
        }
        let callee = call.child_by_field_id(goroutinectx_scope::fields::function());
        let offset = match callee {
            Some(c) if c.kind_name() == kind::SELECTOR_EXPRESSION => c
                .child_by_field_id(goroutinectx_scope::fields::field())
                .map_or(call.start_byte(), |f| f.start_byte()),
            _ => call.start_byte(),
        };
        vec![Finding {
            offset,
            message: format!(
                "{}() closure should use context \"{}\"{}",
                api.display,
                cx.scope_name,
                deriver_suffix(cx)
            ),
        }]
    }
}
