//! The checker registry: one row per checker, as data (in the manner of go/analysis's
//! `Analyzer{Name, Doc, Run}` and ruff's `codes.rs`).
//!
//! The driver builds its dispatch lists from [`CHECKERS`] (in the table's order, which is SPEC
//! §3.0.1's), the unused-directive logic asks [`enabled_ignore_names`], and the CLI defines
//! one boolean flag per row that has a [`CheckerInfo::flag`], with the row's default and usage
//! text. A checker's *ignore name* (what `//goroutinectx:ignore NAME` and its diagnostics are
//! filed under) and its *flag* are separate columns: conc reports as `errgroup` but is
//! switched by `-conc`, and goroutinederive has no flag of its own.

use crate::{CallChecker, FuncDeclChecker, GoStmtChecker};

/// Every checker, in SPEC §3.0.1's dispatch order within each site kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum CheckerId {
    Goroutine,
    GoroutineDerive,
    Errgroup,
    Waitgroup,
    Conc,
    Spawner,
    Gotask,
    SpawnerLabel,
}

/// What syntax a checker inspects.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Site {
    /// `go` statements.
    GoStmt,
    /// Call expressions (after the callee is identified).
    Call,
    /// Top-level function and method declarations.
    FuncDecl,
}

/// What a checker needs besides its flag to be active in a package (SPEC §6.2's "enabled").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Requires {
    Nothing,
    /// A non-empty `-goroutine-deriver`.
    Deriver,
    /// At least one spawner: a directive in the package or an `-external-spawner` entry.
    Spawners,
}

/// The settings checkers are built from.
#[derive(Clone, Copy, Debug)]
pub struct Settings<'a> {
    /// The raw `-external-spawner` value.
    pub external_spawner: &'a str,
    /// `-cross-package-spawners`.
    pub cross_package_spawners: bool,
}

/// How a checker is built for a run.
#[derive(Clone, Copy)]
pub enum Build {
    Go(fn(&Settings<'_>) -> Box<dyn GoStmtChecker>),
    Call(fn(&Settings<'_>) -> Box<dyn CallChecker>),
    Func(fn(&Settings<'_>) -> Box<dyn FuncDeclChecker>),
}

/// One checker.
#[derive(Clone, Copy)]
pub struct CheckerInfo {
    pub id: CheckerId,
    /// The name its diagnostics are filed under and `//goroutinectx:ignore` lists.
    pub ignore_name: &'static str,
    /// Its boolean flag (`-NAME`), if it has one.
    pub flag: Option<&'static str>,
    /// The flag's default.
    pub default: bool,
    /// The flag's usage text.
    pub doc: &'static str,
    pub site: Site,
    /// Whether it only looks at nodes inside a ctx scope (SPEC §2.1).
    pub needs_ctx_scope: bool,
    pub requires: Requires,
    /// Where SPEC describes it.
    pub spec: &'static str,
    pub build: Build,
}

/// The registry, in dispatch order: `go` statements go to goroutine then goroutinederive;
/// calls to errgroup, waitgroup, conc, spawner, gotask (SPEC §3.0.1).
pub const CHECKERS: &[CheckerInfo] = &[
    CheckerInfo {
        id: CheckerId::Goroutine,
        ignore_name: "goroutine",
        flag: Some("goroutine"),
        default: true,
        doc: "check that goroutines propagate context",
        site: Site::GoStmt,
        needs_ctx_scope: true,
        requires: Requires::Nothing,
        spec: "§3.1",
        build: Build::Go(|_| Box::new(crate::goroutine::Goroutine)),
    },
    CheckerInfo {
        id: CheckerId::GoroutineDerive,
        ignore_name: "goroutinederive",
        flag: None,
        default: true,
        doc: "",
        site: Site::GoStmt,
        needs_ctx_scope: true,
        requires: Requires::Deriver,
        spec: "§3.2",
        build: Build::Go(|_| Box::new(crate::goroutinederive::GoroutineDerive)),
    },
    CheckerInfo {
        id: CheckerId::Errgroup,
        ignore_name: "errgroup",
        flag: Some("errgroup"),
        default: true,
        doc: "check that errgroup.Group.Go and TryGo closures propagate context",
        site: Site::Call,
        needs_ctx_scope: true,
        requires: Requires::Nothing,
        spec: "§3.3",
        build: Build::Call(|_| Box::new(crate::errgroup::checker())),
    },
    CheckerInfo {
        id: CheckerId::Waitgroup,
        ignore_name: "waitgroup",
        flag: Some("waitgroup"),
        default: true,
        doc: "check that sync.WaitGroup.Go closures propagate context",
        site: Site::Call,
        needs_ctx_scope: true,
        requires: Requires::Nothing,
        spec: "§3.4",
        build: Build::Call(|_| Box::new(crate::waitgroup::checker())),
    },
    CheckerInfo {
        id: CheckerId::Conc,
        ignore_name: "errgroup",
        flag: Some("conc"),
        default: true,
        doc: "check that closures passed to sourcegraph/conc APIs propagate context (reported as errgroup)",
        site: Site::Call,
        needs_ctx_scope: true,
        requires: Requires::Nothing,
        spec: "§3.5",
        build: Build::Call(|_| Box::new(crate::conc::checker())),
    },
    CheckerInfo {
        id: CheckerId::Spawner,
        ignore_name: "spawner",
        flag: Some("spawner"),
        default: true,
        doc: "check that func arguments of //goroutinectx:spawner and -external-spawner functions propagate context",
        site: Site::Call,
        needs_ctx_scope: true,
        requires: Requires::Spawners,
        spec: "§3.6",
        build: Build::Call(|s| {
            Box::new(crate::spawner::Spawner::new(
                s.external_spawner,
                s.cross_package_spawners,
            ))
        }),
    },
    CheckerInfo {
        id: CheckerId::Gotask,
        ignore_name: "gotask",
        flag: Some("gotask"),
        default: true,
        doc: "check that gotask tasks call the goroutine deriver (needs -goroutine-deriver)",
        site: Site::Call,
        needs_ctx_scope: true,
        requires: Requires::Deriver,
        spec: "§3.8",
        build: Build::Call(|_| Box::new(crate::gotask::Gotask)),
    },
    CheckerInfo {
        id: CheckerId::SpawnerLabel,
        ignore_name: "spawnerlabel",
        flag: Some("spawnerlabel"),
        default: false,
        doc: "check that functions passing func arguments to goroutine-spawning APIs have a //goroutinectx:spawner directive, and that every directive is needed",
        site: Site::FuncDecl,
        needs_ctx_scope: false,
        requires: Requires::Nothing,
        spec: "§3.7",
        build: Build::Func(|s| {
            Box::new(crate::spawnerlabel::SpawnerLabel::new(
                s.external_spawner,
                s.cross_package_spawners,
            ))
        }),
    },
];

/// The registry row of a checker.
pub fn info(id: CheckerId) -> &'static CheckerInfo {
    CHECKERS
        .iter()
        .find(|c| c.id == id)
        .expect("every checker has a registry row")
}

/// Which checkers a run switched on, indexed by [`CheckerId`] (flag values; a checker without
/// a flag is always "on" here and gated by [`Requires`] alone).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CheckerFlags([bool; CHECKERS.len()]);

impl Default for CheckerFlags {
    fn default() -> Self {
        let mut on = [false; CHECKERS.len()];
        for c in CHECKERS {
            on[c.id as usize] = c.default;
        }
        CheckerFlags(on)
    }
}

impl CheckerFlags {
    pub fn get(&self, id: CheckerId) -> bool {
        self.0[id as usize]
    }

    pub fn set(&mut self, id: CheckerId, on: bool) {
        self.0[id as usize] = on;
    }

    /// The checker whose flag is `-name`.
    pub fn by_flag(name: &str) -> Option<CheckerId> {
        CHECKERS.iter().find(|c| c.flag == Some(name)).map(|c| c.id)
    }

    /// Whether a checker is active, given whether a deriver is configured and whether the
    /// package has spawners (SPEC §6.2).
    pub fn active(&self, c: &CheckerInfo, deriver: bool, spawners: bool) -> bool {
        self.get(c.id)
            && match c.requires {
                Requires::Nothing => true,
                Requires::Deriver => deriver,
                Requires::Spawners => spawners,
            }
    }
}

/// The ignore names that count as enabled for unused-directive reports (SPEC §6.2):
/// `errgroup` is enabled by `-errgroup` or `-conc`; `conc` is never a name.
pub fn enabled_ignore_names(
    flags: &CheckerFlags,
    deriver: bool,
    spawners: bool,
) -> std::collections::BTreeSet<&'static str> {
    CHECKERS
        .iter()
        .filter(|c| flags.active(c, deriver, spawners))
        .map(|c| c.ignore_name)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_index_the_table() {
        for (i, c) in CHECKERS.iter().enumerate() {
            assert_eq!(c.id as usize, i, "{:?} is row {i}", c.id);
        }
    }

    #[test]
    fn dispatch_order_is_specs() {
        let calls: Vec<_> = CHECKERS
            .iter()
            .filter(|c| c.site == Site::Call)
            .map(|c| c.id)
            .collect();
        use CheckerId::*;
        assert_eq!(calls, [Errgroup, Waitgroup, Conc, Spawner, Gotask]);
        let gos: Vec<_> = CHECKERS
            .iter()
            .filter(|c| c.site == Site::GoStmt)
            .map(|c| c.id)
            .collect();
        assert_eq!(gos, [Goroutine, GoroutineDerive]);
    }

    /// Only the declaration checker (spawnerlabel) runs outside ctx scopes (SPEC §2.1, §3.7);
    /// the driver relies on it: go-statement and call checkers are asked inside scopes only.
    #[test]
    fn ctx_scope_need_matches_site() {
        for c in CHECKERS {
            assert_eq!(c.needs_ctx_scope, c.site != Site::FuncDecl, "{:?}", c.id);
            let built = match c.build {
                Build::Go(_) => Site::GoStmt,
                Build::Call(_) => Site::Call,
                Build::Func(_) => Site::FuncDecl,
            };
            assert_eq!(built, c.site, "{:?}", c.id);
        }
    }

    #[test]
    fn enabled_names_follow_spec_6_2() {
        let mut f = CheckerFlags::default();
        let names = enabled_ignore_names(&f, false, false);
        assert_eq!(
            names.into_iter().collect::<Vec<_>>(),
            ["errgroup", "goroutine", "waitgroup"]
        );
        f.set(CheckerId::Errgroup, false);
        assert!(enabled_ignore_names(&f, false, false).contains("errgroup"));
        f.set(CheckerId::Conc, false);
        assert!(!enabled_ignore_names(&f, false, false).contains("errgroup"));
        let all = enabled_ignore_names(&CheckerFlags::default(), true, true);
        assert!(
            all.contains("gotask") && all.contains("goroutinederive") && all.contains("spawner")
        );
        assert!(!all.contains("conc") && !all.contains("spawnerlabel"));
    }
}
