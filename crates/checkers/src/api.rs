//! The spawning APIs (SPEC §3.3–§3.5, §3.7, §3.8): one table that answers "is this call a
//! spawning API, and which argument runs in the new goroutine?" for every checker.
//!
//! A row matches a call's static target (SPEC §3.0.2) by SPEC §3.0.3: equal function names;
//! the declaring package's path equals the row's or extends it with `/v<digit>…`
//! (`github.com/sourcegraph/conc/v2`, quirkily also `…/v2/sub`; never `…/sub` or `…/vx`); a
//! row without a type matches package functions only, a row with one matches methods whose
//! receiver's base type (pointers stripped, type arguments ignored) has that name.
//!
//! The ignore name a row's diagnostics are filed under is its checker's (the registry's), so
//! conc rows report as `errgroup`.

use goroutinectx_scope::config::path_matches;
use goroutinectx_scope::spawn_sites::SpawnNames;
use goroutinectx_scope::CallTarget;

use crate::registry::{info, CheckerId};

/// Which arguments of an API call run in another goroutine.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Spawns {
    /// The function value at this argument index (counted in the call as written: in a method
    /// expression the receiver is argument 0, so the index lands on it, SPEC §3.0.2).
    Callback(usize),
    /// Every argument from this index on is a task function (gotask's `DoAllFns`, …).
    CallbacksFrom(usize),
    /// Every argument from this index on is a task value (gotask's `DoAll`, …): no function
    /// is passed, so spawnerlabel does not count these calls.
    TasksFrom(usize),
    /// The receiver is the task; argument 0 is the context it runs with (gotask `DoAsync`).
    ReceiverTask,
}

/// One spawning API.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Api {
    /// Package path, unversioned (SPEC §3.0.3 extends it with `/vN`).
    pub pkg: &'static str,
    /// Receiver base type name, for methods.
    pub recv: Option<&'static str>,
    pub func: &'static str,
    pub spawns: Spawns,
    /// `<last path element>.<Type>.<Func>` or `<last path element>.<Func>`, as printed.
    pub display: &'static str,
    /// The checker that judges calls of it.
    pub checker: CheckerId,
}

impl Api {
    /// The ignore name its diagnostics are filed under.
    pub fn ignore_name(&self) -> &'static str {
        info(self.checker).ignore_name
    }

    /// Whether a call target is this API (SPEC §3.0.3).
    pub fn matches(&self, t: &CallTarget) -> bool {
        self.func == t.name
            && self.recv == t.type_name.as_deref()
            && path_matches(self.pkg, &t.pkg_path)
    }
}

const ERRGROUP: &str = "golang.org/x/sync/errgroup";
const CONC: &str = "github.com/sourcegraph/conc";
const POOL: &str = "github.com/sourcegraph/conc/pool";
const STREAM: &str = "github.com/sourcegraph/conc/stream";
const ITER: &str = "github.com/sourcegraph/conc/iter";
const GOTASK: &str = "github.com/siketyan/gotask";

/// A method row.
const fn method(
    checker: CheckerId,
    pkg: &'static str,
    recv: &'static str,
    name: &'static str,
    spawns: Spawns,
    display: &'static str,
) -> Api {
    Api {
        recv: Some(recv),
        ..func(checker, pkg, name, spawns, display)
    }
}

/// A package-function row.
const fn func(
    checker: CheckerId,
    pkg: &'static str,
    func: &'static str,
    spawns: Spawns,
    display: &'static str,
) -> Api {
    Api {
        pkg,
        recv: None,
        func,
        spawns,
        display,
        checker,
    }
}

use CheckerId::{Conc, Errgroup, Gotask, Waitgroup};
use Spawns::{Callback, CallbacksFrom, ReceiverTask, TasksFrom};

/// Every spawning API upstream knows.
#[rustfmt::skip]
pub const APIS: &[Api] = &[
    method(Errgroup,  ERRGROUP, "Group",             "Go",         Callback(0),      "errgroup.Group.Go"),
    method(Errgroup,  ERRGROUP, "Group",             "TryGo",      Callback(0),      "errgroup.Group.TryGo"),
    method(Waitgroup, "sync",   "WaitGroup",         "Go",         Callback(0),      "sync.WaitGroup.Go"),
    method(Conc,      CONC,     "Pool",              "Go",         Callback(0),      "conc.Pool.Go"),
    method(Conc,      CONC,     "WaitGroup",         "Go",         Callback(0),      "conc.WaitGroup.Go"),
    method(Conc,      POOL,     "Pool",              "Go",         Callback(0),      "pool.Pool.Go"),
    method(Conc,      POOL,     "ResultPool",        "Go",         Callback(0),      "pool.ResultPool.Go"),
    method(Conc,      POOL,     "ContextPool",       "Go",         Callback(0),      "pool.ContextPool.Go"),
    method(Conc,      POOL,     "ResultContextPool", "Go",         Callback(0),      "pool.ResultContextPool.Go"),
    method(Conc,      POOL,     "ErrorPool",         "Go",         Callback(0),      "pool.ErrorPool.Go"),
    method(Conc,      POOL,     "ResultErrorPool",   "Go",         Callback(0),      "pool.ResultErrorPool.Go"),
    method(Conc,      STREAM,   "Stream",            "Go",         Callback(0),      "stream.Stream.Go"),
    func(Conc,        ITER,                          "ForEach",    Callback(1),      "iter.ForEach"),
    func(Conc,        ITER,                          "ForEachIdx", Callback(1),      "iter.ForEachIdx"),
    func(Conc,        ITER,                          "Map",        Callback(1),      "iter.Map"),
    func(Conc,        ITER,                          "MapErr",     Callback(1),      "iter.MapErr"),
    method(Conc,      ITER,     "Iterator",          "ForEach",    Callback(1),      "iter.Iterator.ForEach"),
    method(Conc,      ITER,     "Iterator",          "ForEachIdx", Callback(1),      "iter.Iterator.ForEachIdx"),
    method(Conc,      ITER,     "Mapper",            "Map",        Callback(1),      "iter.Mapper.Map"),
    method(Conc,      ITER,     "Mapper",            "MapErr",     Callback(1),      "iter.Mapper.MapErr"),
    func(Gotask,      GOTASK,                        "DoAll",           TasksFrom(1),     "gotask.DoAll"),
    func(Gotask,      GOTASK,                        "DoAllSettled",    TasksFrom(1),     "gotask.DoAllSettled"),
    func(Gotask,      GOTASK,                        "DoRace",          TasksFrom(1),     "gotask.DoRace"),
    func(Gotask,      GOTASK,                        "DoAllFns",        CallbacksFrom(1), "gotask.DoAllFns"),
    func(Gotask,      GOTASK,                        "DoAllFnsSettled", CallbacksFrom(1), "gotask.DoAllFnsSettled"),
    func(Gotask,      GOTASK,                        "DoRaceFns",       CallbacksFrom(1), "gotask.DoRaceFns"),
    method(Gotask,    GOTASK,   "Task",              "DoAsync",    ReceiverTask,     "gotask.Task.DoAsync"),
    method(Gotask,    GOTASK,   "CancelableTask",    "DoAsync",    ReceiverTask,     "gotask.CancelableTask.DoAsync"),
];

/// Whether a call target is gotask's `NewTask` (a package function; `/vN` paths match).
pub fn is_gotask_new_task(t: &CallTarget) -> bool {
    t.name == "NewTask" && t.type_name.is_none() && path_matches(GOTASK, &t.pkg_path)
}

/// The API a call target is, if any.
pub fn lookup(t: &CallTarget) -> Option<&'static Api> {
    APIS.iter().find(|a| a.matches(t))
}

/// Whether any API has this function or method name: a test without types, for prefilters.
pub fn is_api_name(name: &str) -> bool {
    APIS.iter().any(|a| a.func == name)
}

/// The callee names a spawn call can have when no marked function is in reach (SPEC §3.7):
/// the spawning APIs' and the external spawners', sorted, for lexical prefilters.
pub fn spawn_call_names(external: &[goroutinectx_scope::config::FuncSpec]) -> Vec<String> {
    let mut names: Vec<String> = APIS
        .iter()
        .map(|a| a.func.to_string())
        .chain(external.iter().map(|s| s.name.clone()))
        .collect();
    names.sort();
    names.dedup();
    names
}

/// The spawn names with what spawnerlabel's lexical prefilters need to know of them
/// ([`goroutinectx_scope::spawn_sites`]): the packages the APIs live in, and which names
/// only package functions have.
pub fn spawn_names(external: &[goroutinectx_scope::config::FuncSpec]) -> SpawnNames {
    let names = spawn_call_names(external);
    let mut api_packages: Vec<String> = APIS.iter().map(|a| a.pkg.to_string()).collect();
    api_packages.sort();
    api_packages.dedup();
    let function_only = names
        .iter()
        .filter(|n| {
            APIS.iter()
                .filter(|a| a.func == *n)
                .all(|a| a.recv.is_none())
        })
        .cloned()
        .collect();
    SpawnNames {
        names,
        api_packages,
        function_only,
        external: !external.is_empty(),
        package_functions: APIS
            .iter()
            .filter(|a| a.recv.is_none())
            .map(|a| (a.pkg.to_string(), a.func.to_string()))
            .collect(),
    }
}

/// Whether a call of this API passes a function to run elsewhere (spawnerlabel's "API call
/// with func argument", SPEC §3.7): every callback API does, gotask's task-value APIs
/// (`DoAll`, `DoAllSettled`, `DoRace`) never do, `DoAsync` always does.
pub fn passes_function(api: &Api, argument_count: usize) -> bool {
    match api.spawns {
        Spawns::Callback(i) => argument_count > i,
        Spawns::CallbacksFrom(_) | Spawns::ReceiverTask => true,
        Spawns::TasksFrom(_) => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn target(pkg: &str, recv: Option<&str>, name: &str) -> CallTarget {
        CallTarget {
            pkg_path: pkg.into(),
            type_name: recv.map(str::to_string),
            name: name.into(),
            sig: None,
            method_expr: false,
            interface: false,
            spawner: false,
            generic_recv: false,
            pkg: None,
        }
    }

    #[test]
    fn display_names_follow_spec_3_0_3() {
        for a in APIS {
            let last = a.pkg.rsplit('/').next().unwrap();
            let want = match a.recv {
                Some(r) => format!("{last}.{r}.{}", a.func),
                None => format!("{last}.{}", a.func),
            };
            assert_eq!(a.display, want);
        }
    }

    #[test]
    fn conc_files_under_errgroup() {
        let a = lookup(&target(POOL, Some("ResultPool"), "Go")).unwrap();
        assert_eq!(a.ignore_name(), "errgroup");
        assert_eq!(a.checker, CheckerId::Conc);
    }

    #[test]
    fn versioned_paths() {
        let eg = |p: &str| lookup(&target(p, Some("Group"), "Go")).map(|a| a.display);
        assert_eq!(eg(ERRGROUP), Some("errgroup.Group.Go"));
        assert_eq!(
            eg("golang.org/x/sync/errgroup/v2"),
            Some("errgroup.Group.Go")
        );
        assert_eq!(
            eg("golang.org/x/sync/errgroup/v3/sub"),
            Some("errgroup.Group.Go")
        );
        assert_eq!(eg("golang.org/x/sync/errgroup/sub"), None);
        assert_eq!(eg("golang.org/x/sync/errgroup/vx"), None);
        assert_eq!(eg("example.com/errgroup"), None);
    }

    #[test]
    fn functions_and_methods_do_not_mix() {
        assert!(lookup(&target(ITER, None, "ForEach")).is_some());
        assert_eq!(
            lookup(&target(ITER, Some("Iterator"), "ForEach"))
                .unwrap()
                .display,
            "iter.Iterator.ForEach"
        );
        assert!(lookup(&target(ITER, Some("Other"), "ForEach")).is_none());
        assert!(lookup(&target(ERRGROUP, None, "Go")).is_none());
        assert!(lookup(&target("iter", None, "ForEach")).is_none());
        assert!(lookup(&target("sync", Some("WaitGroup"), "Wait")).is_none());
    }
}
