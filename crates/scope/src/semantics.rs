//! The queries checkers ask about one file: the type of an expression or a binding, whether a
//! type is a context (or a configured carrier), ctx scopes and their printed name, and the
//! static target of a call (SPEC §0, §2, §3.0.2, §10). [`Semantics`] holds the file's model
//! and the answers kept for it; its questions are implemented by concern:
//!
//! - `inference`: type inference, partial and bounded: explicit declarations, composite
//!   literals, `&T{}`, `new`, `make`, conversions, calls whose callee's declaration is found
//!   (this package or a lazily loaded one), multi-value results, fields and methods with
//!   promotion, index, range, type assertions and receives. Anything else is
//!   [`Type::Unknown`].
//! - `ctx`: context detection: the ctx type, carriers, ctx scopes and N, P1.
//! - `call_targets`: static call targets and what is asked of them.
//!
//! The predicates over function values (P2–P11) are [`crate::facts`]'s.

use rustc_hash::FxHashMap as HashMap;
use std::cell::{OnceCell, RefCell};
use std::sync::Arc;

use goroutinectx_scanner::index::FileNo;
use tree_sitter::Node;

use crate::config::CtxConfig;
use crate::index::IndexVec;
use crate::model::{BindingId, FileModel, FuncId};
use crate::types::{FuncType, Type};
use crate::universe::{PkgInfo, Universe};

mod call_targets;
mod ctx;
mod inference;

/// What a call's callee statically is (SPEC §3.0.2).
#[derive(Clone, Debug)]
pub struct CallTarget {
    /// Import path of the declaring package.
    pub pkg_path: String,
    /// The receiver's base type name, for methods.
    pub type_name: Option<String>,
    pub name: String,
    /// The function's signature, when known.
    pub sig: Option<FuncType>,
    /// A method expression `(*T).M(recv, ...)`: the receiver is argument 0.
    pub method_expr: bool,
    /// Declared in an interface.
    pub interface: bool,
    /// A function or method marked `//goroutinectx:spawner`.
    pub spawner: bool,
    /// A method of a generic type (upstream cannot match these to directives, §11.11).
    pub generic_recv: bool,
    /// Where the function is declared, for same-package lookups.
    pub pkg: Option<Arc<PkgInfo>>,
}

pub struct Semantics<'a, 't> {
    pub universe: &'a Universe<'a>,
    pub pkg: Arc<PkgInfo>,
    pub file_no: FileNo,
    pub model: &'a FileModel<'t>,
    pub config: &'a CtxConfig,
    binding_types: RefCell<HashMap<BindingId, Type>>,
    /// `ctx_scope_of` answers, by function.
    ctx_scopes: IndexVec<FuncId, OnceCell<Option<(FuncId, String)>>>,
    /// The file's plain assignments by variable (P4/P5), collected on first use.
    pub(crate) assignments: OnceCell<HashMap<BindingId, Vec<crate::facts::Assignment<'t>>>>,
    /// P6 verdicts for factory functions declared in other files, by name (each such file is
    /// parsed and modelled once per question, so answers are kept).
    pub(crate) other_file_factories: RefCell<HashMap<String, bool>>,
    /// `var_escapes` answers, by variable.
    pub(crate) escapes: RefCell<HashMap<BindingId, bool>>,
    /// Strict mode, for `-debug=u`: a value of unknown type is *not* a possible context, and
    /// each such value met is recorded (see [`Semantics::with_unknown_as_not_ctx`]).
    strict: std::cell::Cell<bool>,
    unknown_hits: RefCell<Vec<String>>,
    /// How many function-local aliases are being resolved (a bound for invalid cycles).
    alias_depth: std::cell::Cell<u8>,
    /// Whether a reached package may mark spawners (see `imports_may_declare_spawners`).
    imports_spawners: OnceCell<bool>,
    /// Node ids of the top-level declarations that may make a spawn call (`may_spawn_decls`).
    pub(crate) spawn_decls: OnceCell<rustc_hash::FxHashSet<usize>>,
    /// P2 for every function of the file, by function id, computed in one pass on first use.
    pub(crate) captures_by_func: OnceCell<IndexVec<FuncId, bool>>,
    /// Whether function literals nest deeply in this file (see `facts::deeply_nested`).
    pub(crate) deeply_nested: OnceCell<bool>,
    /// By function: whether it is a literal in a package-level initializer (no enclosing
    /// declaration), for every function at once.
    pub(crate) in_initializer: OnceCell<IndexVec<FuncId, bool>>,
    /// The byte ranges of the function bodies the tree leaves out (the driver's body
    /// elision; sorted), and of the composite literal bodies of package-level initialisers
    /// it leaves out: see [`Semantics::with_elided_bodies`].
    elided: Vec<(usize, usize)>,
    /// The byte ranges of the bodies of a chunked analysis's file that may report (sorted),
    /// shared by its passes; those outside `chunk_region` the tree leaves out because another
    /// pass reads them: unlike `elided`, they may hold reports and spawn calls (see
    /// [`Semantics::with_other_chunks`]).
    other_chunks: Arc<[(usize, usize)]>,
    /// The region of the file whose bodies this pass reads (empty when not chunked).
    chunk_region: std::ops::Range<usize>,
    /// The byte ranges of the file's text that a chunked analysis's pass does not parse at
    /// all, bodies aside (declarations it does not need), sorted: scanned like left-out
    /// bodies for assignments to package-level variables.
    absent: Vec<(usize, usize)>,
    /// For a chunked analysis's pass: the body offsets of the top-level declarations that may
    /// make a spawn call, computed over the whole file (its tree lacks the declarations the
    /// pass does not need), sorted; see [`Semantics::may_spawn_decl`].
    pub(crate) spawn_decl_bodies: Option<Arc<[usize]>>,
    /// A question needed a body the tree leaves out.
    needed_elided: std::cell::Cell<bool>,
    /// `package_assignments_left_out` answers, by variable (each is a scan of the left-out
    /// bodies).
    assigned_left_out: RefCell<HashMap<BindingId, bool>>,
}

impl<'a, 't> Semantics<'a, 't> {
    pub fn new(
        universe: &'a Universe<'a>,
        pkg: Arc<PkgInfo>,
        file_no: FileNo,
        model: &'a FileModel<'t>,
        config: &'a CtxConfig,
    ) -> Self {
        Semantics {
            universe,
            pkg,
            file_no,
            model,
            config,
            binding_types: RefCell::new(HashMap::default()),
            ctx_scopes: model.funcs.iter().map(|_| OnceCell::new()).collect(),
            assignments: OnceCell::new(),
            other_file_factories: RefCell::new(HashMap::default()),
            escapes: RefCell::new(HashMap::default()),
            strict: std::cell::Cell::new(false),
            unknown_hits: RefCell::new(Vec::new()),
            alias_depth: std::cell::Cell::new(0),
            imports_spawners: OnceCell::new(),
            spawn_decls: OnceCell::new(),
            captures_by_func: OnceCell::new(),
            deeply_nested: OnceCell::new(),
            in_initializer: OnceCell::new(),
            elided: Vec::new(),
            other_chunks: Arc::from([]),
            chunk_region: 0..0,
            absent: Vec::new(),
            spawn_decl_bodies: None,
            needed_elided: std::cell::Cell::new(false),
            assigned_left_out: RefCell::new(HashMap::default()),
        }
    }

    /// Semantics over a tree in which the caller emptied the top-level function bodies and
    /// the composite literal bodies of package-level initialisers at `left_out` (sorted byte
    /// ranges), which cannot hold a report (`SourceFile::parse_without`). Questions whose
    /// answer depends on code outside the tree (the body of one of this file's functions, an
    /// assignment to a package-level variable in a left-out body, the elements of a left-out
    /// literal: `literal_left_out`) are
    /// noted; when [`Self::needed_elided_code`] says so afterwards, the answers must be thrown
    /// away and the file analysed from a whole parse.
    pub fn with_elided_bodies(mut self, left_out: Vec<(usize, usize)>) -> Self {
        self.elided = left_out;
        self
    }

    /// Semantics over a tree of one pass of a chunked analysis of the file (the driver's
    /// `chunks` module): of the top-level function bodies at `kept` (sorted byte ranges: those
    /// that may report), the ones outside `region` are emptied or absent because other passes
    /// read them (`kept` is shared by the passes, not copied for each), and the text at
    /// `absent` (sorted;
    /// declarations the pass does not need) is not in the tree. Such a body may hold reports
    /// and spawn calls, so every question that would read it notes the need, as for
    /// [`Self::with_elided_bodies`], without the shortcuts that rely on a left-out body
    /// making no spawn call; assignments to package-level variables are looked for in both.
    /// `spawn_decl_bodies`: the body offsets of the declarations that may make a spawn call
    /// (`search::lexical_spawn_closure` over the whole file), when spawnerlabel asks.
    pub fn with_other_chunks(
        mut self,
        kept: Arc<[(usize, usize)]>,
        region: std::ops::Range<usize>,
        absent: Vec<(usize, usize)>,
        spawn_decl_bodies: Option<Arc<[usize]>>,
    ) -> Self {
        self.other_chunks = kept;
        self.chunk_region = region;
        self.absent = absent;
        self.spawn_decl_bodies = spawn_decl_bodies;
        self
    }

    /// Whether a question needed code the tree leaves out (see
    /// [`Self::with_elided_bodies`]).
    pub fn needed_elided_code(&self) -> bool {
        self.needed_elided.get()
    }

    /// Whether the body of top-level declaration `decl` was emptied in the tree (see
    /// [`Self::with_elided_bodies`]); if so, the need for it is noted. Always false for whole
    /// trees.
    pub(crate) fn body_left_out(&self, decl: Node<'_>) -> bool {
        let out = self.is_left_out(decl);
        if out {
            self.needed_elided.set(true);
        }
        out
    }

    /// Whether the body of a composite literal (a `literal_value`) was emptied in the tree:
    /// a package-level variable's initialiser left out ([`Self::with_elided_bodies`]); if
    /// so, the need for it is noted.
    pub(crate) fn literal_left_out(&self, body: Node<'_>) -> bool {
        let out = self
            .elided
            .binary_search_by_key(&body.start_byte(), |r| r.0)
            .is_ok();
        if out {
            self.needed_elided.set(true);
        }
        out
    }

    /// Notes the need for the text at `offset` when the tree does not hold it (a declaration
    /// a chunked analysis's pass left out: see [`Self::with_other_chunks`]).
    pub(crate) fn note_absent(&self, offset: usize) {
        let i = self.absent.partition_point(|&(_, end)| end <= offset);
        if self
            .absent
            .get(i)
            .is_some_and(|&(start, _)| start <= offset)
        {
            self.needed_elided.set(true);
        }
    }

    /// [`Self::body_left_out`] without noting a need: for a caller that knows the body cannot
    /// matter.
    pub(crate) fn is_left_out(&self, decl: Node<'_>) -> bool {
        Self::body_in(&self.elided, decl) || self.in_other_chunk(decl)
    }

    /// Whether the body of top-level declaration `decl` was emptied because another pass of
    /// a chunked analysis reads it (see [`Self::with_other_chunks`]): it may make spawn
    /// calls.
    pub(crate) fn in_other_chunk(&self, decl: Node<'_>) -> bool {
        Self::body_in(&self.other_chunks, decl)
            && decl
                .child_by_field_id(goroutinectx_scanner::fields::body())
                .is_some_and(|body| !self.chunk_region.contains(&body.start_byte()))
    }

    fn body_in(ranges: &[(usize, usize)], decl: Node<'_>) -> bool {
        !ranges.is_empty()
            && decl
                .child_by_field_id(goroutinectx_scanner::fields::body())
                .is_some_and(|body| {
                    ranges
                        .binary_search_by_key(&body.start_byte(), |r| r.0)
                        .is_ok()
                })
    }

    /// For a package-level variable's assignments, which may stand in any body: whether a
    /// left-out body may assign it (then the need is noted). Lexical and generous: the name
    /// followed by `=` (not `==`) or by `,` (a tuple assignment's target, or anything else in
    /// a list) anywhere in a left-out body (memoised per variable). `literals_only`: only
    /// function literals are asked for, which a variable whose type cannot hold a function is
    /// never assigned in a program that type-checks (its type is looked at only after the
    /// lexical test: it may load other packages).
    pub(crate) fn package_assignments_left_out(&self, var: BindingId, literals_only: bool) -> bool {
        let binding = &self.model.bindings[var];
        if (self.elided.is_empty() && self.other_chunks.is_empty() && self.absent.is_empty())
            || binding.func.is_some()
        {
            return false;
        }
        let lexical = *self
            .assigned_left_out
            .borrow_mut()
            .entry(var)
            .or_insert_with(|| {
                let src = &self.model.file.src[..];
                self.elided
                    .iter()
                    .chain(
                        self.other_chunks
                            .iter()
                            .filter(|(start, _)| !self.chunk_region.contains(start)),
                    )
                    .any(|&(start, end)| {
                        goroutinectx_scanner::lexical::may_be_assigned(
                            &src[start..end],
                            &binding.name,
                        )
                    })
            });
        let out = lexical && (!literals_only || self.binding_may_hold_func(var));
        if out {
            self.needed_elided.set(true);
        }
        out
    }

    /// Runs `f` with values of unknown type counted as *not* contexts, and returns its result
    /// with the names of the values whose unknown type it met. A check that passes normally
    /// but fails here was held back only because a type was unknown: `-debug=u` lists those
    /// places to show where inference should learn more. Never used for reporting.
    pub fn with_unknown_as_not_ctx<R>(&self, f: impl FnOnce() -> R) -> (R, Vec<String>) {
        self.strict.set(true);
        self.unknown_hits.borrow_mut().clear();
        let r = f();
        self.strict.set(false);
        let mut hits = std::mem::take(&mut *self.unknown_hits.borrow_mut());
        hits.sort();
        hits.dedup();
        (r, hits)
    }

    /// Whether a package this package reaches through imports may mark a function
    /// `//goroutinectx:spawner` ([`Universe::reach_may_declare_spawners`]): lexical, asked
    /// once per file.
    pub fn imports_may_declare_spawners(&self) -> bool {
        *self
            .imports_spawners
            .get_or_init(|| self.universe.reach_may_declare_spawners(&self.pkg))
    }

    pub(crate) fn strict(&self) -> bool {
        self.strict.get()
    }

    pub fn text(&self, n: Node<'_>) -> &'t str {
        self.model.file.text(n)
    }
}
