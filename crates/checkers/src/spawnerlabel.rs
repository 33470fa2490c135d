//! # `spawnerlabel` — which functions should carry (or drop) the spawner directive
//!
//! **What it reports** (flag `-spawnerlabel`, off by default), at a top-level function's or
//! method's name, whether or not it has a context parameter:
//! - `function "NAME" should have //goroutinectx:spawner directive (calls API with func
//!   argument)` when it is not marked and makes a spawn call; API is the spawning API's display
//!   name (`errgroup.Group.Go`) or the bare name of a marked function;
//! - `function "NAME" has unnecessary //goroutinectx:spawner directive` when it is marked,
//!   makes no spawn call and has no function-typed parameter.
//!
//! **Why:** the spawner checker (§3.6) checks the call sites of marked functions; a function
//! that hands its callers' functions to goroutines without the mark hides them from it.
//!
//! **Example:**
//! ```go
//! func refreshAll() error {                 // reported: … (calls errgroup.Group.Go with func argument)
//!     var grp errgroup.Group
//!     grp.Go(rebuildIndex)
//!     return grp.Wait()
//! }
//!
//! //goroutinectx:spawner
//! func logOnly(msg string) { println(msg) } // reported: has unnecessary … directive
//! ```
//!
//! **Decision (SPEC §3.7):** a *spawn call* is a call of any spawning API of the API table
//! that passes a function ([`crate::api::passes_function`]; regardless of the -errgroup,
//! -conc and -gotask flags), or a call of a marked function (this package's, other packages'
//! unless `-cross-package-spawners=false`, or an `-external-spawner`) with a parameter (or
//! receiver) of function type, where an `any` parameter does not count. Explicitly
//! instantiated calls are identified here. Where the search looks and in which order is the
//! scope crate's ([`goroutinectx_scope::search`]). A parameter "of function type" has a
//! signature as underlying type, or is a slice written as such (`[]func()`, `...func()`) of
//! them; named slice types and `any` are not. Marked methods of generic types are not
//! recognised at call sites (§11.11).
//!
//! A parameter typed by a type parameter takes the instantiated type at a call: the explicit
//! type argument, else the argument's type ([`Semantics::call_takes_function`]).
//!
//! **Limitations:** a marked function whose search met a call that looks like a spawning API
//! but could not be identified (unknown receiver type), or a factory returning one of several
//! closures, is not called unnecessary.

use goroutinectx_scope::config::{parse_spec_list, path_matches, FuncSpec};
use goroutinectx_scope::fields::NodeKind;
use goroutinectx_scope::kind;
use goroutinectx_scope::search::Found;
use goroutinectx_scope::spawn_sites::SpawnNames;
use goroutinectx_scope::Semantics;
use tree_sitter::Node;

use crate::api::{is_api_name, lookup, passes_function, spawn_names, APIS};
use crate::{arguments, unknown_receiver_call, Finding, FuncDeclChecker};

pub struct SpawnerLabel {
    /// `-external-spawner`'s specs.
    pub external: Vec<FuncSpec>,
    /// Honour directives of other packages (`-cross-package-spawners`).
    pub cross_package: bool,
    /// The callee names a spawn call can have when no marked function is in reach: the
    /// spawning APIs' and the external spawners'.
    names: SpawnNames,
}

impl SpawnerLabel {
    pub fn new(external_flag: &str, cross_package: bool) -> Self {
        let external = parse_spec_list(external_flag);
        let names = spawn_names(&external);
        SpawnerLabel {
            external,
            cross_package,
            names,
        }
    }

    /// A cheap test before identifying the callee: the call can only be a spawn call if its
    /// name is a spawning API's or an external spawner's, or a marked function may be in
    /// reach (this package, the package it qualifies, or, for methods, a package this file
    /// imports marks one).
    fn may_be_spawn<'t>(&self, sem: &Semantics<'_, 't>, callee: Node<'t>) -> bool {
        let callee = match callee.kind_name() {
            kind::INDEX_EXPRESSION | kind::GENERIC_TYPE => callee.named_child(0).unwrap_or(callee),
            _ => callee,
        };
        let (name, operand) = match callee.kind_name() {
            kind::IDENTIFIER | kind::TYPE_IDENTIFIER => (callee, None),
            kind::SELECTOR_EXPRESSION => match (
                callee.child_by_field_id(goroutinectx_scope::fields::field()),
                callee.child_by_field_id(goroutinectx_scope::fields::operand()),
            ) {
                (Some(f), op) => (f, op),
                _ => return false,
            },
            kind::QUALIFIED_TYPE => match (
                callee.child_by_field_id(goroutinectx_scope::fields::name()),
                callee.child_by_field_id(goroutinectx_scope::fields::package()),
            ) {
                (Some(f), op) => (f, op),
                _ => return false,
            },
            _ => return false,
        };
        let text = sem.text(name);
        if is_api_name(text) || self.external.iter().any(|s| s.name == text) {
            return true;
        }
        if sem.pkg.may_declare_spawners() {
            return true;
        }
        if !self.cross_package {
            return false;
        }
        match operand.and_then(|op| sem.package_of_qualifier(op)) {
            Some(p) => p.may_declare_spawners(),
            None => sem.imports_may_declare_spawners(),
        }
    }

    /// Whether `callee` is `pkg.F` naming a function of another package that is no spawning
    /// API (no package-function row for that path and name), not marked (the package has no
    /// directive's text) and no external spawner: never a spawn call, told without reading
    /// the function's declaration (`strings.Map(…)`).
    fn other_package_function<'t>(&self, sem: &Semantics<'_, 't>, callee: Node<'t>) -> bool {
        let Some((operand, field)) = goroutinectx_scope::facts::selector_parts(callee) else {
            return false;
        };
        let Some(pkg) = sem.package_of_qualifier(operand) else {
            return false;
        };
        let name = sem.text(field);
        let path = &pkg.id.path;
        !(APIS
            .iter()
            .any(|a| a.recv.is_none() && a.func == name && path_matches(a.pkg, path))
            || pkg.may_declare_spawners()
            || self.external.iter().any(|s| s.matches(path, None, name)))
    }

    /// The spawn-call predicate of SPEC §3.7 (rules 1 and 2; rule 3 is the search's).
    fn is_spawn<'t>(
        &self,
        sem: &Semantics<'_, 't>,
        call: Node<'t>,
        value: Option<Node<'t>>,
    ) -> Result<Option<String>, ()> {
        let conversion = call.kind_name() == kind::TYPE_CONVERSION_EXPRESSION;
        // Parentheses vanish in SSA: `(g.Go)(f)` is a call of Go; a local variable bound to
        // a function value is a static call of that function.
        let callee = match value {
            Some(v) => Some(v),
            None => callee_of(call).map(goroutinectx_scope::facts::unparen),
        };
        let Some(callee) = callee else {
            return Ok(None);
        };
        if !self.may_be_spawn(sem, callee) || self.other_package_function(sem, callee) {
            return Ok(None);
        }
        let target = if conversion
            || value.is_some()
            || callee.kind_name() != kind::IDENTIFIER
                && callee.kind_name() != kind::SELECTOR_EXPRESSION
        {
            sem.callee_target(callee, true)
        } else {
            sem.call_target(call, true)
                .or_else(|| sem.callee_target(callee, true))
        };
        let Some(t) = target else {
            return if unknown_receiver_call(sem, call, is_api_name) {
                Err(())
            } else {
                Ok(None)
            };
        };
        // An interface method call has no static target in SSA: never a spawn call.
        if t.interface {
            return Ok(None);
        }
        if let Some(api) = lookup(&t) {
            let count = if conversion { 1 } else { arguments(call).len() };
            let passes = passes_function(api, count);
            return Ok(passes.then(|| api.display.to_string()));
        }
        let marked = sem.is_marked_spawner_target(&t, self.cross_package);
        let external = self
            .external
            .iter()
            .any(|s| s.matches(&t.pkg_path, t.type_name.as_deref(), &t.name));
        if !(marked || external) {
            return Ok(None);
        }
        match sem.call_takes_function(&t, call) {
            Some(true) => Ok(Some(t.name.clone())),
            Some(false) => Ok(None),
            None => Err(()),
        }
    }
}

/// The callee of a call, or the instantiated function of `F[T](x)` parsed as a conversion.
fn callee_of(call: Node<'_>) -> Option<Node<'_>> {
    if call.kind_name() == kind::TYPE_CONVERSION_EXPRESSION {
        return call
            .child_by_field_id(goroutinectx_scope::fields::r#type())
            .filter(|t| t.kind_name() == kind::GENERIC_TYPE);
    }
    call.child_by_field_id(goroutinectx_scope::fields::function())
}

impl FuncDeclChecker for SpawnerLabel {
    fn name(&self) -> &'static str {
        "spawnerlabel"
    }

    fn check_func<'t>(&self, sem: &Semantics<'_, 't>, decl: Node<'t>) -> Option<Finding> {
        decl.child_by_field_id(goroutinectx_scope::fields::body())?;
        let name = decl.child_by_field_id(goroutinectx_scope::fields::name())?;
        let fname = sem.text(name);
        let marked = sem.is_marked_spawner(decl)
            || self.external.iter().any(|s| {
                s.matches(
                    &sem.pkg.id.path,
                    sem.receiver_type_name(decl).as_deref(),
                    fname,
                )
            });
        // Without a marked function in reach, only a declaration that names a spawning API
        // (or calls one of this file's functions that does) can spawn: skip the search.
        let marked_in_reach = sem.pkg.may_declare_spawners()
            || (self.cross_package && sem.imports_may_declare_spawners());
        if !marked && !marked_in_reach && !sem.may_spawn_decl(decl, &self.names) {
            return None;
        }
        let names = (!marked_in_reach).then_some(&self.names);
        // Only a marked function tells "nothing" (unnecessary directive) from "not known".
        let found = sem.first_spawn_call(decl, names, marked, &mut |s, call, value| {
            self.is_spawn(s, call, value)
        });
        let message = match (marked, found) {
            (false, Found::Spawn(api)) => format!(
                "function \"{fname}\" should have //goroutinectx:spawner directive (calls {api} with func argument)"
            ),
            (true, Found::Nothing) if sem.has_func_param(decl) == Some(false) => {
                format!("function \"{fname}\" has unnecessary //goroutinectx:spawner directive")
            }
            _ => return None,
        };
        Some(Finding {
            offset: name.start_byte(),
            message,
        })
    }
}
