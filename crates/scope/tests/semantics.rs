//! Unit tests of the `scope` crate through its public API: lexical resolution
//! ([`FileModel`]), context detection, partial types and call targets ([`Semantics`]), and
//! the predicates P1–P11 of SPEC §3.0.4 (`facts`).
//!
//! Every test writes a small GOPATH tree (`GOPATH/src/p/...`, GO111MODULE=off, GOROOT unset
//! so `context`, `sync` and `errgroup` come from the scanner's embedded stubs), loads package
//! `p` the way the analyzer's driver does, models its first file and queries it.
//!
//! Tests marked `#[ignore = "bug: ..."]` document the correct behaviour of a known bug.
//!
//! Go sources are raw strings, and expectations are caret comments under the expression they
//! are about, in the style of rust-analyzer's `hir-ty` tests ([`check_carets`]; the kinds are
//! listed at [`carets`]):
//!
//! ```text
//!     c2, cancel := context.WithCancel(ctx)
//! //  ^^ context.Context
//! //      ^^^^^^ ctx no
//!     go func() { _ = ctx }()
//! //     ^^^^ P2 true
//! ```
//!
//! `//  ^^^ T` is the type of the expression above the carets; `def x` / `use x` /
//! `unresolved` and `kind K in FUNC` are about bindings; `ctx …`, `scope …` and `within …`
//! about context detection; `calls …` about call targets; `P1` … `P11` (and
//! `mentions-flat` / `mentions-anywhere`) about the predicates. A failing caret reports
//! ``line:col `text`: want …, got …``. What is not about one expression (the function tree,
//! P4's assignment lists, a parameter record, whole-file counts) stays a closure over the
//! model after the carets ([`check`]).

use std::collections::HashMap;

use goroutinectx_scanner::Workspace;
use goroutinectx_scope::facts::Derivers;
use goroutinectx_scope::model::{BindingId, FuncId, ScopeId};
use goroutinectx_scope::types::LiteralKind;
use goroutinectx_scope::{CtxConfig, FileModel, Semantics, Type, Universe};
use goroutinectx_testkit::{gopath_env, write};
use tree_sitter::Node;

// ---- harness ---------------------------------------------------------------------------------

/// Writes `files` (paths relative to `GOPATH/src`) and runs `f` over the model of the first
/// one, with the default context configuration.
fn check(
    files: &[(&str, &str)],
    f: impl for<'a, 't> FnOnce(&Semantics<'a, 't>, &'a FileModel<'t>),
) {
    check_with(files, &CtxConfig::default(), f)
}

/// [`check`] with an explicit context configuration (carriers).
fn check_with(
    files: &[(&str, &str)],
    config: &CtxConfig,
    f: impl for<'a, 't> FnOnce(&Semantics<'a, 't>, &'a FileModel<'t>),
) {
    let tmp = tempfile::tempdir().unwrap();
    let gopath = tmp.path().join("gopath");
    let src = gopath.join("src");
    for (rel, text) in files {
        write(&src, rel, text);
    }
    let env = gopath_env(&gopath);
    assert!(env.goroot.is_none(), "GOROOT must be unset");
    let first = src.join(files[0].0);
    let dir = first.parent().unwrap().to_path_buf();
    let ws = Workspace::new(env, dir);
    let expansion = ws.expand(&[".".to_string()]);
    assert!(expansion.errors.is_empty(), "{:?}", expansion.errors);
    assert_eq!(expansion.targets.len(), 1, "{:?}", expansion.warnings);
    let target = &expansion.targets[0];
    let dir_pkgs = ws.load(&target.location);
    assert!(dir_pkgs.errors.is_empty(), "{:?}", dir_pkgs.errors);
    let package = dir_pkgs.package.as_ref().expect("a package");
    let universe = Universe::new(&ws);
    let pkg = universe.unit(
        &package.import_path,
        &target.location.location,
        dir_pkgs.clone(),
        target.resolver.clone(),
        target.location.origin,
        false,
    );
    let (file_no, _) = pkg
        .files
        .iter_enumerated()
        .find(|(_, f)| f.path.file_name() == first.file_name())
        .expect("first file in the package");
    let file = pkg.files[file_no].clone();
    let tree = file.parse();
    assert!(
        file.syntax_error(&tree).is_none(),
        "test source does not parse: {:?}",
        file.syntax_error(&tree)
    );
    let model = FileModel::build(&file, &tree);
    let sem = Semantics::new(&universe, pkg.clone(), file_no, &model, config);
    f(&sem, &model);
}

/// Every node of `kind`, in document order.
fn all<'t>(m: &FileModel<'t>, kind: &str) -> Vec<Node<'t>> {
    let mut out = Vec::new();
    let mut cursor = m.root.walk();
    loop {
        let n = cursor.node();
        if n.kind() == kind {
            out.push(n);
        }
        if cursor.goto_first_child() {
            continue;
        }
        loop {
            if cursor.goto_next_sibling() {
                break;
            }
            if !cursor.goto_parent() {
                return out;
            }
        }
    }
}

fn text<'t>(m: &FileModel<'t>, n: Node<'_>) -> &'t str {
    m.file.text(n)
}

/// The first node of `kind` whose text starts with `prefix`.
fn find<'t>(m: &FileModel<'t>, kind: &str, prefix: &str) -> Node<'t> {
    all(m, kind)
        .into_iter()
        .find(|n| text(m, *n).starts_with(prefix))
        .unwrap_or_else(|| panic!("no {kind} starting with {prefix:?}"))
}

/// The `n`-th (0-based) identifier named `name`.
fn ident<'t>(m: &FileModel<'t>, name: &str, n: usize) -> Node<'t> {
    all(m, "identifier")
        .into_iter()
        .filter(|i| text(m, *i) == name)
        .nth(n)
        .unwrap_or_else(|| panic!("no identifier {name:?} #{n}"))
}

/// The binding the `n`-th identifier `name` resolves to.
fn bind(m: &FileModel<'_>, name: &str, n: usize) -> BindingId {
    m.binding_of(ident(m, name, n))
        .unwrap_or_else(|| panic!("identifier {name:?} #{n} is unresolved"))
}

/// The function declaration or method declaration named `name`.
fn func_id(m: &FileModel<'_>, name: &str) -> FuncId {
    let decl = all(m, "function_declaration")
        .into_iter()
        .chain(all(m, "method_declaration"))
        .find(|d| {
            d.child_by_field_name("name")
                .is_some_and(|n| text(m, n) == name)
        })
        .unwrap_or_else(|| panic!("no function {name:?}"));
    m.func_of_node(decl).expect("declarations are functions")
}

/// The first function literal whose text starts with `prefix`.
fn lit<'t>(m: &FileModel<'t>, prefix: &str) -> Node<'t> {
    find(m, "func_literal", prefix)
}

/// The function literal spawned by the first `go` statement starting with `prefix`.
fn go_lit<'t>(m: &FileModel<'t>, prefix: &str) -> Node<'t> {
    let call = go_call(m, prefix);
    let mut f = call.child_by_field_name("function").unwrap();
    while f.kind() == "parenthesized_expression" {
        f = f.named_child(0).unwrap();
    }
    assert_eq!(f.kind(), "func_literal", "{}", text(m, f));
    f
}

/// The call of the first `go` statement starting with `prefix`.
fn go_call<'t>(m: &FileModel<'t>, prefix: &str) -> Node<'t> {
    let stmt = find(m, "go_statement", prefix);
    let call = stmt.named_child(0).unwrap();
    assert_eq!(call.kind(), "call_expression");
    call
}

/// A Go-like rendering of a type, for exact assertions.
fn show(t: &Type) -> String {
    let join = |v: &[Type]| v.iter().map(show).collect::<Vec<_>>().join(", ");
    match t {
        Type::Named(n) => {
            let base = match &n.pkg {
                Some(p) => format!("{}.{}", p.path, n.name),
                None => n.name.clone(),
            };
            if n.args.is_empty() {
                base
            } else {
                format!("{base}[{}]", join(&n.args))
            }
        }
        Type::Param(name) => format!("param {name}"),
        Type::Pointer(i) => format!("*{}", show(i)),
        Type::Slice(i) => format!("[]{}", show(i)),
        Type::Array(i) => format!("[N]{}", show(i)),
        Type::Map(k, v) => format!("map[{}]{}", show(k), show(v)),
        Type::Chan(i) => format!("chan {}", show(i)),
        Type::Func(f) => format!("func({}) ({})", join(&f.params), join(&f.results)),
        Type::Tuple(v) => format!("({})", join(v)),
        Type::Literal(LiteralKind::Struct) => "struct{}".to_string(),
        Type::Struct(fields) => format!(
            "struct{{{}}}",
            fields
                .iter()
                .map(|(n, t)| match n {
                    Some(n) => format!("{n} {}", show(t)),
                    None => show(t),
                })
                .collect::<Vec<_>>()
                .join("; ")
        ),
        Type::Literal(LiteralKind::Interface) => "interface{}".to_string(),
        Type::Untyped => "untyped".to_string(),
        Type::Unknown => "?".to_string(),
    }
}

/// A file of package `p` importing `context` (plus `extra_imports`), with `decls` at top level.
fn ctx_file(extra_imports: &str, decls: &str) -> String {
    format!(
        r#"package p

import (
	"context"
{extra_imports})

var _ context.Context

{decls}
"#
    )
}

const TEL: (&str, &str) = (
    "example.com/tel/tel.go",
    r#"package tel

import "context"

func Fork(ctx context.Context) context.Context { return ctx }

func Gen[T any](ctx context.Context) T { var z T; return z }

type Span struct{ Name string }

func From(ctx context.Context) *Span { return nil }

func (s *Span) Fork() *Span { return s }

func (s *Span) End() {}

func Make() func() { return func() {} }
"#,
);

const WEB: (&str, &str) = (
    "example.com/web/web.go",
    r#"package web

import "context"

type Ctx struct{ ID string }

type Alias = context.Context

func (c *Ctx) Reply(s string) {}
"#,
);

const WEB_V4: (&str, &str) = (
    "example.com/web/v4/web.go",
    r#"package web

type Ctx struct{ ID string }
"#,
);

/// One caret comment: the columns `start..end` of row `row` (the nearest line above that is
/// not a caret line) and what is expected there.
struct Caret {
    row: usize,
    start: usize,
    end: usize,
    want: String,
}

/// The caret comments of `src`, in the style of rust-analyzer's `hir-ty` tests: a line whose
/// `//` is followed by spaces and a run of `^` marks the same columns of the code line above
/// (write the Go with spaces, not tabs, where carets point); the marked columns must be
/// exactly one syntax node. What follows the carets is one of:
///
/// - `def NAME`: the identifier's binding (usually, the one it declares) is called NAME in
///   this test; different names must be different bindings;
/// - `use NAME`: the identifier resolves to the binding called NAME;
/// - `unresolved`: the identifier is bound to nothing in this file;
/// - `kind K in FUNC` / `kind K in package`: the identifier's binding is of [`BindingKind`]
///   K, declared by the function FUNC (named as for `within`) or at package level (in the
///   file scope); `def`, `use` and `kind` carets may mark any identifier of the binding;
/// - `ctx context` / `ctx carrier` / `ctx maybe` / `ctx no`: the identifier's binding (or,
///   when it has none, the expression) is of the context type, of a configured carrier type,
///   of an unknown type (it may be a context), or of a known non-context type;
/// - `scope NAME` / `scope none`: the function (its declared name or a literal's `func`
///   keyword) is a ctx scope whose printed name is NAME, or no scope;
/// - `within NAME of FUNC` / `within none`: the nearest enclosing ctx scope of the node is
///   the function FUNC (a declared name, or `literal LINE:COL` of a `func` keyword), named
///   NAME; or there is none;
/// - `calls TARGET` / `calls unknown`: the call's static target, as `path.Name` or
///   `path.Type.Name`, then ` interface` and ` method-expr` when those flags are set;
///   `calls-instantiated …` is the same allowing explicitly instantiated `F[T](…)`;
/// - `P1`, `P2`, `P3`, `P6`, `P8`, `P9`, `P11` then `true` / `false`: the predicate of SPEC
///   §3.0.4 on the node (a function for P1–P3 and P11, which judges its body; a call for P6;
///   a selector for P8; an index expression for P9); `P4 true` / `P4 false`: the identifier's
///   variable traced (P4) with P3; `P10 AtStart` / `P10 DeferOnly` / `P10 None`: P10 on a
///   function literal (P10 and P11 use the deriver spec given to [`check_carets_with`]);
/// - `mentions-flat true` / `false`, `mentions-anywhere true` / `false`: the node mentions a
///   context outside function literals (P3's walk) or anywhere in it;
/// - anything else: the expression's type, as [`show`] renders it.
fn carets(src: &str) -> Vec<Caret> {
    let mut out = Vec::new();
    let mut row = 0;
    for (i, line) in src.lines().enumerate() {
        let caret = line.trim_start().strip_prefix("//").and_then(|rest| {
            let rest = rest.trim_start_matches(' ');
            rest.starts_with('^').then_some(rest)
        });
        let Some(rest) = caret else {
            row = i;
            continue;
        };
        let start = line.len() - rest.len();
        let width = rest.len() - rest.trim_start_matches('^').len();
        out.push(Caret {
            row,
            start,
            end: start + width,
            want: rest[width..].trim().to_string(),
        });
    }
    out
}

/// Runs [`check`] over `files` and checks every caret comment of the first file.
fn check_carets(files: &[(&str, &str)]) {
    check_carets_with(files, &CtxConfig::default(), "")
}

/// [`check_carets`] with a context configuration and a deriver spec (for `P10` / `P11`).
fn check_carets_with(files: &[(&str, &str)], config: &CtxConfig, derivers: &str) {
    let expected = carets(files[0].1);
    assert!(!expected.is_empty(), "no caret comments");
    let derivers = Derivers::parse(derivers);
    check_with(files, config, |sem, m| {
        use tree_sitter::Point;
        let node_at = |c: &Caret| {
            let (from, to) = (Point::new(c.row, c.start), Point::new(c.row, c.end));
            let mut n = m
                .root
                .descendant_for_point_range(from, to)
                .unwrap_or_else(|| panic!("no node at {}:{}", c.row + 1, c.start + 1));
            while n.start_position() != from || n.end_position() != to {
                n = n.parent().unwrap_or_else(|| {
                    panic!("no node spans {}:{}..{}", c.row + 1, c.start + 1, c.end + 1)
                });
            }
            n
        };
        let mut names: HashMap<&str, BindingId> = HashMap::new();
        for c in &expected {
            if let Some(name) = c.want.strip_prefix("def ") {
                let b = m
                    .binding_of(node_at(c))
                    .unwrap_or_else(|| panic!("{}:{}: declares nothing", c.row + 1, c.start + 1));
                if let Some((other, _)) = names.iter().find(|(_, v)| **v == b) {
                    panic!(
                        "{}:{}: `def {name}` is `def {other}`",
                        c.row + 1,
                        c.start + 1
                    );
                }
                names.insert(name, b);
            }
        }
        let mut failures = Vec::new();
        for c in &expected {
            let node = node_at(c);
            let at = format!("{}:{} `{}`", c.row + 1, c.start + 1, text(m, node));
            let got = observe(sem, m, node, &c.want, &names, &derivers)
                .unwrap_or_else(|e| panic!("{at}: {e}"));
            if got != c.want {
                failures.push(format!("{at}: want {}, got {got}", c.want));
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    });
}

/// What a caret asking `want` (see [`carets`]) observes at `node`, written the same way.
fn observe<'t>(
    sem: &Semantics<'_, 't>,
    m: &FileModel<'t>,
    node: Node<'t>,
    want: &str,
    names: &HashMap<&str, BindingId>,
    derivers: &Derivers,
) -> Result<String, String> {
    let (word, _) = want.split_once(' ').unwrap_or((want, ""));
    let binding = m.binding_of(node);
    let name_of = |b: BindingId| {
        names
            .iter()
            .find(|(_, v)| **v == b)
            .map_or_else(|| format!("{b:?}"), |(k, _)| k.to_string())
    };
    let func = || func_node(node).ok_or_else(|| format!("`{word}` needs a function"));
    let yes = |p: bool| format!("{word} {p}");
    Ok(match word {
        "def" => want.to_string(),
        "use" if !names.contains_key(&want[4..]) => Err(format!("no `def {}`", &want[4..]))?,
        "use" | "unresolved" => match binding {
            Some(b) => format!("use {}", name_of(b)),
            None => "unresolved".to_string(),
        },
        "kind" => {
            let b = &m.bindings[binding.ok_or("unresolved")?];
            let owner = match b.func {
                Some(f) => func_label(m, m.funcs[f].node),
                None if b.scope == ScopeId::FILE => "package".to_string(),
                None => format!("{:?}", b.scope),
            };
            format!("kind {:?} in {owner}", b.kind)
        }
        "ctx" => {
            let (t, is, may) = match binding {
                Some(b) => (
                    sem.binding_type(b),
                    sem.binding_is_ctxish(b),
                    sem.binding_may_be_ctxish(b),
                ),
                None => {
                    let t = sem.expr_type(node);
                    let (is, may) = (sem.is_ctxish(&t), sem.may_be_ctxish(&t));
                    (t, is, may)
                }
            };
            let class = match (is, may) {
                (true, _) if sem.is_context_type(&t) => "context",
                (true, _) => "carrier",
                (false, true) => "maybe",
                (false, false) => "no",
            };
            format!("ctx {class}")
        }
        "scope" => {
            let f = m
                .func_of_node(func()?)
                .ok_or("not a function of the model")?;
            format!("scope {}", sem.scope_name(f).as_deref().unwrap_or("none"))
        }
        "within" => match sem.ctx_scope(node) {
            None => "within none".to_string(),
            Some((f, name)) => format!("within {name} of {}", func_label(m, m.funcs[f].node)),
        },
        "calls" | "calls-instantiated" => {
            let target = sem.call_target(node, word == "calls-instantiated");
            let shown = target.map_or_else(
                || "unknown".to_string(),
                |t| {
                    let mut s = match &t.type_name {
                        Some(ty) => format!("{}.{}.{}", t.pkg_path, ty, t.name),
                        None => format!("{}.{}", t.pkg_path, t.name),
                    };
                    if t.interface {
                        s.push_str(" interface");
                    }
                    if t.method_expr {
                        s.push_str(" method-expr");
                    }
                    s
                },
            );
            format!("{word} {shown}")
        }
        "P1" => yes(sem.has_own_ctx_param(func()?)),
        "P2" => yes(sem.captures_ctx(func()?)),
        "P3" => yes(sem.mentions_ctx(func()?)),
        "P4" => {
            let b = binding.ok_or("unresolved")?;
            yes(sem.trace(b, |l| sem.mentions_ctx(l)))
        }
        "mentions-flat" => yes(sem.mentions_ctx_flat(node)),
        "mentions-anywhere" => yes(sem.mentions_ctx_anywhere(node)),
        "P6" => yes(sem.factory_uses_ctx(node)),
        "P8" => yes(sem.field_literal_uses_ctx(node)),
        "P9" => yes(sem.index_literal_uses_ctx(node)),
        "P10" => format!("P10 {:?}", sem.derives_in_flow(func()?, derivers)),
        "P11" => {
            let body = func()?.child_by_field_name("body").ok_or("no body")?;
            yes(sem.derives_flat(body, derivers))
        }
        _ => show(&sem.expr_type(node)),
    })
}

/// The function a caret marks: a function or method declaration by its name, a function
/// literal by its `func` keyword, or either node itself.
fn func_node(node: Node<'_>) -> Option<Node<'_>> {
    const FUNCS: [&str; 3] = ["func_literal", "function_declaration", "method_declaration"];
    if FUNCS.contains(&node.kind()) {
        return Some(node);
    }
    let parent = node.parent()?;
    let named = parent.child_by_field_name("name") == Some(node);
    match parent.kind() {
        "func_literal" if node.kind() == "func" => Some(parent),
        "function_declaration" | "method_declaration" if named => Some(parent),
        _ => None,
    }
}

/// A function as `within` carets name it: its declared name, or `literal LINE:COL`.
fn func_label(m: &FileModel<'_>, f: Node<'_>) -> String {
    match f.child_by_field_name("name") {
        Some(name) if f.kind() != "func_literal" => text(m, name).to_string(),
        _ => {
            let p = f.start_position();
            format!("literal {}:{}", p.row + 1, p.column + 1)
        }
    }
}

// ---- resolution ------------------------------------------------------------------------------

#[test]
fn inner_block_shadow_resolves_to_inner_binding_and_outer_after_block() {
    let src = r#"package p

func f() {
    x := 1
//  ^ def outer
//  ^ untyped
    {
        x := "s"
//      ^ def inner
        _ = x
//          ^ use inner
    }
    _ = x
//      ^ use outer
}
"#;
    check_carets(&[("p/a.go", src)]);
}

#[test]
fn short_var_decl_with_one_new_name_reuses_the_other() {
    let src = r#"package p

func g() (int, error) { return 0, nil }

func f() {
    a, err := g()
//     ^^^ def err
//     ^^^ error
    b, err := g()
//  ^ int
//     ^^^ use err
    _, _, _ = a, b, err
//                  ^^^ use err
}
"#;
    check_carets(&[("p/a.go", src)]);
}

#[test]
fn short_var_decl_in_inner_block_declares_a_new_variable() {
    let src = r#"package p

func g() (int, error) { return 0, nil }

func f() {
    a, err := g()
//     ^^^ def outer
    {
        c, err := g()
//         ^^^ def inner
        _, _ = c, err
//                ^^^ use inner
    }
    _, _ = a, err
//            ^^^ use outer
}
"#;
    check_carets(&[("p/a.go", src)]);
}

#[test]
fn short_var_decl_at_body_top_level_reuses_named_result() {
    let src = r#"package p

func g() (int, error) { return 0, nil }

func f() (err error) {
//        ^^^ def result
//        ^^^ kind Result in f
    a, err := g()
//     ^^^ use result
    _ = a
    return err
//         ^^^ use result
}
"#;
    check_carets(&[("p/a.go", src)]);
}

#[test]
fn short_var_rhs_sees_the_outer_variable() {
    let src = r#"package p

func f(x int) {
//     ^ def param
    {
        x := x
//      ^ def local
//      ^ int
//           ^ use param
        _ = x
//          ^ use local
    }
}
"#;
    check_carets(&[("p/a.go", src)]);
}

#[test]
fn if_init_statement_is_scoped_to_the_if_and_its_else() {
    let src = r#"package p

func f() {
    v := "outer"
//  ^ def outer
    if v := 1; v > 0 {
//     ^ def init
//             ^ use init
        _ = v
//          ^ use init
    } else {
        _ = v
//          ^ use init
    }
    _ = v
//      ^ use outer
}
"#;
    check_carets(&[("p/a.go", src)]);
}

#[test]
fn for_and_switch_init_statements_are_scoped_to_their_statement() {
    let src = r#"package p

var i = "pkg"
//  ^ def pkg
//  ^ kind Var in package

func f() {
    for i := 0; i < 3; i++ {
//      ^ def loop
//              ^ use loop
//                     ^ use loop
        _ = i
//          ^ use loop
    }
    _ = i
//      ^ use pkg
    switch s := i; s {
//         ^ def s
//         ^ untyped
//              ^ use pkg
//                 ^ use s
    case "a":
        _ = s
//          ^ use s
    }
}
"#;
    check_carets(&[("p/a.go", src)]);
}

#[test]
fn range_variables_bind_inside_the_loop_with_element_types() {
    let src = ctx_file(
        "",
        r#"func f(cs []context.Context, m map[string]int) {
    for i, c := range cs {
//      ^ def i
//      ^ int
//      ^ ctx no
//         ^ def c
//         ^ context.Context
//         ^ ctx context
        _, _ = i, c
//             ^ use i
//                ^ use c
    }
    for k, v := range m {
        _, _ = k, v
//             ^ string
//                ^ int
    }
}
"#,
    );
    check_carets(&[("p/a.go", &src)]);
}

#[test]
fn type_switch_declares_one_binding_per_clause() {
    let src = ctx_file(
        "",
        r#"func f(x any) {
    switch v := x.(type) {
    case int:
        _ = v
//          ^ def int_v
//          ^ kind TypeSwitch in f
//          ^ int
//          ^ ctx no
    case context.Context:
        _ = v
//          ^ def ctx_v
//          ^ kind TypeSwitch in f
//          ^ context.Context
//          ^ ctx context
    case string, error:
        _ = v
//          ^ def several_v
//          ^ kind TypeSwitch in f
//          ^ any
    default:
        _ = v
//          ^ def default_v
//          ^ kind TypeSwitch in f
//          ^ any
    }
}
"#,
    );
    check_carets(&[("p/a.go", &src)]);
}

#[test]
fn labels_are_not_variables() {
    let src = ctx_file(
        "",
        r#"func f(ctx context.Context) {
//     ^^^ def param
//     ^^^ kind Param in f
    ctx:
//  ^^^ unresolved
    for {
        _ = ctx
//          ^^^ use param
        break ctx
//            ^^^ unresolved
    }
}
"#,
    );
    check_carets(&[("p/a.go", &src)]);
    check(&[("p/a.go", &src)], |_, m| {
        assert_eq!(all(m, "label_name").len(), 2);
        assert_eq!(
            all(m, "identifier")
                .iter()
                .filter(|i| text(m, **i) == "ctx")
                .count(),
            2,
            "labels are not identifiers"
        );
    });
}

#[test]
fn closures_see_variables_of_the_enclosing_function() {
    let src = r#"package p

func f() {
    n := 1
//  ^ def n
//  ^ kind Var in f
    g := func() {
        _ = n
//          ^ use n
        k := 2
//      ^ kind Var in literal 7:10
        _ = k
    }
    _ = g
}
"#;
    check_carets(&[("p/a.go", src)]);
    check(&[("p/a.go", src)], |_, m| {
        let f = func_id(m, "f");
        let g = m.func_of_node(lit(m, "func() {")).unwrap();
        assert_eq!(m.funcs[g].parent, Some(f));
        assert!(m.func_within(g, f));
        assert!(!m.func_within(f, g));
    });
}

#[test]
fn package_level_var_of_this_file_is_a_file_scope_binding() {
    let src = ctx_file(
        "",
        r#"var counter int
//  ^^^^^^^ def counter

var root = context.Background()

func helper() {}

func f() {
    _ = counter
//      ^^^^^^^ use counter
//      ^^^^^^^ kind Var in package
    _ = root
//      ^^^^ context.Context
//      ^^^^ ctx context
    helper()
//  ^^^^^^ kind Func in package
}
"#,
    );
    check_carets(&[("p/a.go", &src)]);
}

#[test]
fn package_level_var_of_another_file_is_unresolved_but_typed() {
    let a = ctx_file(
        "",
        r#"func f() {
    _ = shared
//      ^^^^^^ unresolved
//      ^^^^^^ context.Context
}
"#,
    );
    let b = r#"package p

import "context"

var shared context.Context
"#;
    check_carets(&[("p/a.go", &a), ("p/b.go", b)]);
}

#[test]
fn select_receive_binds_in_its_case_only() {
    let src = ctx_file(
        "",
        r#"func f(ch chan context.Context) {
    c := 1
//  ^ def outer
    select {
    case c, ok := <-ch:
//       ^ def recv
//       ^ context.Context
//          ^^ bool
        _, _ = c, ok
//             ^ use recv
    default:
        _ = c
//          ^ use outer
    }
}
"#,
    );
    check_carets(&[("p/a.go", &src)]);
}

// ---- context detection -----------------------------------------------------------------------

#[test]
fn scope_name_is_the_ctx_param_after_other_params() {
    let src = ctx_file(
        "",
        r#"func f(a int, ctx context.Context) {}
//   ^ scope ctx

func g(a int, b string) {}
//   ^ scope none
"#,
    );
    check_carets(&[("p/a.go", &src)]);
}

#[test]
fn scope_name_is_the_first_of_several_ctx_params() {
    let src = ctx_file(
        "",
        r#"func f(a, b context.Context) {}
//   ^ scope a

func g(n int, reqCtx context.Context, audit context.Context) {}
//   ^ scope reqCtx
"#,
    );
    check_carets(&[("p/a.go", &src)]);
}

#[test]
fn underscore_param_is_a_scope_named_underscore() {
    let src = ctx_file(
        "",
        r#"func f(n int, _ context.Context) {}
//   ^ scope _
//            ^ unresolved
"#,
    );
    check_carets(&[("p/a.go", &src)]);
    check(&[("p/a.go", &src)], |_, m| {
        let f = func_id(m, "f");
        assert_eq!(
            m.funcs[f].params[1].binding, None,
            "`_` declares no binding"
        );
    });
}

#[test]
fn unnamed_ctx_param_makes_no_scope() {
    let src = ctx_file(
        "",
        r#"func f(context.Context) {}
//   ^ scope none

func g(int, context.Context) {}
//   ^ scope none
"#,
    );
    check_carets(&[("p/a.go", &src)]);
}

#[test]
fn pointer_layers_of_context_qualify() {
    let src = ctx_file(
        "",
        r#"func one(p *context.Context) {}
//   ^^^ scope p

func two(pp **context.Context) {}
//   ^^^ scope pp
//       ^^ **context.Context
//       ^^ ctx context
"#,
    );
    check_carets(&[("p/a.go", &src)]);
}

#[test]
fn same_package_alias_of_context_qualifies() {
    let src = ctx_file(
        "",
        r#"type C = context.Context

func f(c C) {}
//   ^ scope c
//     ^ p.C
//     ^ ctx context

func g(c *C) {}
//   ^ scope c
"#,
    );
    check_carets(&[("p/a.go", &src)]);
}

#[test]
fn other_package_alias_of_context_qualifies() {
    let src = ctx_file(
        r#"	"example.com/web"
"#,
        r#"func f(a web.Alias) {}
//   ^ scope a
"#,
    );
    check_carets(&[("p/a.go", &src), WEB]);
}

#[test]
fn defined_type_over_context_does_not_qualify() {
    let src = ctx_file(
        "",
        r#"type D context.Context

func f(d D) {}
//   ^ scope none
//     ^ ctx no
"#,
    );
    check_carets(&[("p/a.go", &src)]);
}

#[test]
fn variadic_context_param_does_not_qualify() {
    let src = ctx_file(
        "",
        r#"func f(cs ...context.Context) {}
//   ^ scope none
//     ^^ []context.Context
"#,
    );
    check_carets(&[("p/a.go", &src)]);
}

#[test]
fn slice_of_contexts_does_not_qualify() {
    let src = ctx_file(
        "",
        r#"func f(cs []context.Context) {}
//   ^ scope none
//     ^^ ctx no
"#,
    );
    check_carets(&[("p/a.go", &src)]);
}

#[test]
fn struct_embedding_context_and_type_parameter_do_not_qualify() {
    let src = ctx_file(
        "",
        r#"type E struct{ context.Context }

func f(e E) {}
//   ^ scope none

func g[C context.Context](c C) {}
//   ^ scope none
//                        ^ param C
//                        ^ ctx no
"#,
    );
    // A type parameter is its own type, never a context.
    check_carets(&[("p/a.go", &src)]);
}

#[test]
fn carrier_param_qualifies_only_when_configured() {
    let by_default = ctx_file(
        r#"	"example.com/web"
"#,
        r#"func f(id string, w *web.Ctx) {}
//   ^ scope none
"#,
    );
    check_carets(&[("p/a.go", &by_default), WEB]);
    // A carrier is ctx-ish but not the context type.
    let configured = ctx_file(
        r#"	"example.com/web"
"#,
        r#"func f(id string, w *web.Ctx) {}
//   ^ scope w
//                ^ ctx carrier
"#,
    );
    let config = CtxConfig::from_flag("example.com/web.Ctx");
    check_carets_with(&[("p/a.go", &configured), WEB], &config, "");
}

#[test]
fn versioned_carrier_package_matches_unversioned_config_only() {
    let src = |carets: &str| {
        ctx_file(
            r#"	"example.com/web/v4"
"#,
            &format!("func f(w web.Ctx) {{}}\n{carets}"),
        )
    };
    let matched = src(r#"//   ^ scope w
//     ^ example.com/web/v4.Ctx
"#);
    let config = CtxConfig::from_flag("example.com/web.Ctx");
    check_carets_with(&[("p/a.go", &matched), WEB_V4], &config, "");
    // /v5 does not accept /v4.
    let unmatched = src("//   ^ scope none\n");
    let config = CtxConfig::from_flag("example.com/web/v5.Ctx");
    check_carets_with(&[("p/a.go", &unmatched), WEB_V4], &config, "");
    let exact = src("//   ^ scope w\n");
    let config = CtxConfig::from_flag(" , example.com/web/v4.Ctx ,");
    check_carets_with(&[("p/a.go", &exact), WEB_V4], &config, "");
}

#[test]
fn receivers_never_make_a_scope() {
    let src = ctx_file(
        "",
        r#"type Ctx struct{}

func (w *Ctx) M(n int) {}
//    ^ kind Receiver in M
//    ^ ctx carrier
//            ^ scope none

func (w *Ctx) N(n int, c context.Context) {}
//            ^ scope c
"#,
    );
    // The receiver's type is a carrier, but receivers are no scope.
    check_carets_with(&[("p/a.go", &src)], &CtxConfig::from_flag("p.Ctx"), "");
}

#[test]
fn ctx_scope_is_the_nearest_enclosing_scope() {
    let src = ctx_file(
        "",
        r#"func use(...any) {}

func relay(limit int, outer context.Context) {
    go func() { use(limit, 1) }()
//  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ within outer of relay
    func(inner context.Context) {
        go func() { use(limit, 2) }()
//      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ within inner of literal 14:5
    }(outer)
    wrap := func() {
        go func() { use(limit, 3) }()
//      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ within outer of relay
    }
    _ = wrap
}

func plain() {
    go func() { use(4) }()
//  ^^^^^^^^^^^^^^^^^^^^^^ within none
}
"#,
    );
    // A literal without ctx params is transparent.
    check_carets(&[("p/a.go", &src)]);
}

// ---- types -----------------------------------------------------------------------------------

#[test]
fn with_cancel_gives_a_context_and_a_cancel_func() {
    let src = ctx_file(
        "",
        r#"func f(ctx context.Context) {
    c2, cancel := context.WithCancel(ctx)
//  ^^ context.Context
//  ^^ ctx context
//      ^^^^^^ context.CancelFunc
//      ^^^^^^ ctx no
//                ^^^^^^^^^^^^^^^^^^^^^^^ (context.Context, context.CancelFunc)
    _, _ = c2, cancel
}
"#,
    );
    check_carets(&[("p/a.go", &src)]);
    check(&[("p/a.go", &src)], |sem, m| {
        let cancel = sem.binding_type(bind(m, "cancel", 0));
        assert_eq!(sem.universe.is_func(&cancel), Some(true));
    });
}

#[test]
fn errgroup_with_context_gives_group_pointer_and_context() {
    let src = ctx_file(
        r#"	"golang.org/x/sync/errgroup"
"#,
        r#"func f(ctx context.Context) {
    g, gctx := errgroup.WithContext(ctx)
//  ^ *golang.org/x/sync/errgroup.Group
//  ^ ctx no
//     ^^^^ context.Context
//     ^^^^ ctx context
    _, _ = g, gctx
}
"#,
    );
    check_carets(&[("p/a.go", &src)]);
}

#[test]
fn new_address_of_composite_literal_and_make() {
    let src = r#"package p

type T struct{ n int }

func f() {
    a := new(T)
//  ^ *p.T
    b := &T{}
//  ^ *p.T
    c := T{n: 1}
//  ^ p.T
    d := make(chan int)
//  ^ chan int
    e := make(map[string][]T)
//  ^ map[string][]p.T
    _, _, _, _, _ = a, b, c, d, e
}
"#;
    check_carets(&[("p/a.go", src)]);
}

#[test]
fn conversions_have_the_target_type() {
    let src = ctx_file(
        "",
        r#"type T int

func f(x any) {
    a := int64(3)
//  ^ int64
    b := T(4)
//  ^ p.T
    c := context.Context(nil)
//  ^ context.Context
//  ^ ctx context
    _, _, _ = a, b, c
}
"#,
    );
    check_carets(&[("p/a.go", &src)]);
}

#[test]
fn parenthesised_pointer_conversion_has_the_pointer_type() {
    let src = r#"package p

type T struct{}

func f(x any) {
    p := (*T)(nil)
//  ^ *p.T
    _ = p
}
"#;
    check_carets(&[("p/a.go", src)]);
}

#[test]
fn struct_field_selectors_including_promoted_fields() {
    let src = ctx_file(
        "",
        r#"type Job struct {
    ctx context.Context
    n   int
}

type Outer struct {
    *Job
    name string
}

func f(j Job, o Outer) {
    a := j.ctx
//  ^ context.Context
    b := o.ctx
//  ^ context.Context
    c := o.Job
//  ^ *p.Job
    d := o.n
//  ^ int
    e := o.missing
//  ^ ?
    _, _, _, _, _ = a, b, c, d, e
}
"#,
    );
    // b is promoted through *Job; c is the embedded field itself.
    check_carets(&[("p/a.go", &src)]);
}

#[test]
fn method_results_are_typed_from_the_declaration() {
    let src = ctx_file(
        r#"	"example.com/tel"
"#,
        r#"type Job struct{}

func (j *Job) Ctx() context.Context { return nil }

func f(j *Job, ctx context.Context) {
    a := j.Ctx()
//  ^ context.Context
    s := tel.From(ctx).Fork()
//  ^ *example.com/tel.Span
    name := s.Name
//  ^^^^ string
    _, _, _ = a, s, name
}
"#,
    );
    check_carets(&[("p/a.go", &src), TEL]);
}

#[test]
fn index_of_slice_and_map_of_contexts() {
    let src = ctx_file(
        "",
        r#"func f(cs []context.Context, m map[string]context.Context, arr *[2]context.Context) {
    a := cs[0]
//  ^ context.Context
//  ^ ctx context
    b := m["k"]
//  ^ context.Context
//  ^ ctx context
    c, ok := m["k"]
//  ^ context.Context
//  ^ ctx context
//     ^^ bool
    d := arr[1]
//  ^ context.Context
//  ^ ctx context
    e := cs[1:]
//  ^ []context.Context
//  ^ ctx no
    _, _, _, _, _, _ = a, b, c, ok, d, e
}
"#,
    );
    check_carets(&[("p/a.go", &src)]);
}

#[test]
fn range_over_contexts_map_and_channel() {
    let src = ctx_file(
        "",
        r#"func f(cs []context.Context, m map[context.Context]int, ch <-chan context.Context) {
    for _, c := range cs {
//         ^ context.Context
        _ = c
    }
    for k := range m {
//      ^ context.Context
        _ = k
    }
    for r := range ch {
//      ^ context.Context
        _ = r
    }
}
"#,
    );
    check_carets(&[("p/a.go", &src)]);
}

#[test]
fn type_assertion_to_context() {
    let src = ctx_file(
        "",
        r#"func f(x any) {
    a := x.(context.Context)
//  ^ context.Context
    b, ok := x.(context.Context)
//  ^ context.Context
//     ^^ bool
    c := x.(fmtStringer)
//  ^ p.fmtStringer
//  ^ ctx no
    _, _, _, _ = a, b, ok, c
}

type fmtStringer interface{ String() string }
"#,
    );
    check_carets(&[("p/a.go", &src)]);
}

#[test]
fn receive_from_channel_of_contexts() {
    let src = ctx_file(
        "",
        r#"func f(ch chan context.Context, ints chan int) {
    a := <-ch
//  ^ context.Context
    b, ok := <-ch
//  ^ context.Context
//     ^^ bool
    c := <-ints
//  ^ int
    _, _, _, _ = a, b, ok, c
}
"#,
    );
    check_carets(&[("p/a.go", &src)]);
}

#[test]
fn unknown_calls_stay_unknown() {
    let src = ctx_file(
        r#"	"example.com/missing"
"#,
        r#"func f(fn func() int) {
    a := mystery()
//  ^ ?
//  ^ ctx maybe
    b := missing.Do()
//  ^ ?
    c := fn()
//  ^ int
    _, _, _ = a, b, c
}
"#,
    );
    // A func-typed variable's result is known.
    check_carets(&[("p/a.go", &src)]);
}

#[test]
fn a_variable_named_ctx_is_judged_by_type_not_name() {
    let src = ctx_file(
        "",
        r#"func f(ctx string, done chan int) {
//   ^ scope none
//     ^^^ ctx no
    c := context.Background()
//  ^ ctx context
    _ = c
}
"#,
    );
    check_carets(&[("p/a.go", &src)]);
}

// ---- call targets ----------------------------------------------------------------------------

#[test]
fn call_target_of_package_functions() {
    let src = ctx_file(
        "",
        r#"func helper() {}

func f() {
    helper()
//  ^^^^^^^^ calls p.helper
    _ = context.Background()
//      ^^^^^^^^^^^^^^^^^^^^ calls context.Background
    len2 := len("x")
//          ^^^^^^^^ calls unknown
    _ = len2
}
"#,
    );
    // Builtins are not declared functions; `calls` shows no flag: neither a method
    // expression nor an interface method.
    check_carets(&[("p/a.go", &src)]);
    check(&[("p/a.go", &src)], |sem, m| {
        let t = sem
            .call_target(find(m, "call_expression", "helper()"), false)
            .unwrap();
        assert_eq!(t.sig.unwrap().params.len(), 0);
    });
}

#[test]
fn call_target_of_methods_via_value_and_pointer_receivers() {
    let src = r#"package p

type T struct{}

func (T) V() {}

func (*T) P() {}

func f() {
    var t T
    pt := &T{}
    t.V()
//  ^^^^^ calls p.T.V
    t.P()
//  ^^^^^ calls p.T.P
    pt.V()
//  ^^^^^^ calls p.T.V
    pt.P()
//  ^^^^^^ calls p.T.P
}
"#;
    check_carets(&[("p/a.go", src)]);
}

#[test]
fn call_target_of_promoted_methods() {
    let src = ctx_file(
        r#"	"golang.org/x/sync/errgroup"
"#,
        r#"type T struct{}

func (*T) Run() {}

type Outer struct{ T }

type Group struct{ *errgroup.Group }

func f(o Outer, g *Group) {
    o.Run()
//  ^^^^^^^ calls p.T.Run
    g.Go(nil)
//  ^^^^^^^^^ calls golang.org/x/sync/errgroup.Group.Go
}
"#,
    );
    check_carets(&[("p/a.go", &src)]);
}

#[test]
fn call_target_of_interface_methods() {
    let src = ctx_file(
        "",
        r#"type Runner interface{ Run(n int) }

type Both interface {
    Runner
    Stop()
}

func f(ctx context.Context, r Runner, b Both, anon interface{ Run(n int) }) {
    r.Run(1)
//  ^^^^^^^^ calls p.Runner.Run interface
    b.Run(2)
//  ^^^^^^^^ calls p.Runner.Run interface
    ctx.Done()
//  ^^^^^^^^^^ calls context.Context.Done interface
    anon.Run(3)
//  ^^^^^^^^^^^ calls unknown
}
"#,
    );
    // b.Run is the embedded interface's; anon is not a named interface.
    check_carets(&[("p/a.go", &src)]);
}

#[test]
fn call_target_of_method_expressions() {
    let src = ctx_file(
        r#"	"golang.org/x/sync/errgroup"
"#,
        r#"type T struct{}

func (T) V(n int) {}

func f(g *errgroup.Group) {
    (*errgroup.Group).Go(g, nil)
//  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^ calls golang.org/x/sync/errgroup.Group.Go method-expr
    T.V(T{}, 1)
//  ^^^^^^^^^^^ calls p.T.V method-expr
    g.Go(nil)
//  ^^^^^^^^^ calls golang.org/x/sync/errgroup.Group.Go
}
"#,
    );
    // In a method expression, the receiver is argument 0.
    check_carets(&[("p/a.go", &src)]);
}

#[test]
fn explicitly_instantiated_generic_call_needs_allow_instantiated() {
    let src = r#"package p

func Apply[T any](x T, f func(T)) {}

func f() {
    Apply[int](1, nil)
//  ^^^^^^^^^^^^^^^^^^ calls unknown
//  ^^^^^^^^^^^^^^^^^^ calls-instantiated p.Apply
    Apply(2, nil)
//  ^^^^^^^^^^^^^ calls p.Apply
}
"#;
    // Apply(2, nil) is an inferred instantiation.
    check_carets(&[("p/a.go", src)]);
}

#[test]
fn calls_through_variables_fields_and_parentheses_are_not_identified() {
    let src = r#"package p

func helper() {}

type S struct{ cb func() }

func f(s S) {
    fn := helper
    fn()
//  ^^^^ calls unknown
    s.cb()
//  ^^^^^^ calls unknown
    (helper)()
//  ^^^^^^^^^^ calls unknown
    func() {}()
//  ^^^^^^^^^^^ calls unknown
}
"#;
    // A variable or field of function type, a parenthesised callee, a literal.
    check_carets(&[("p/a.go", src)]);
}

// ---- P1 --------------------------------------------------------------------------------------

#[test]
fn p1_own_ctx_param_named_underscore_or_unnamed() {
    let src = ctx_file(
        "",
        r#"var fs = []any{
    func(ctx context.Context) {},
//  ^^^^ P1 true
    func(_ context.Context) {},
//  ^^^^ P1 true
    func(int, context.Context) {},
//  ^^^^ P1 true
    func(p *context.Context) {},
//  ^^^^ P1 true
    func(n int) {},
//  ^^^^ P1 false
    func(cs ...context.Context) {},
//  ^^^^ P1 false
}
"#,
    );
    check_carets(&[("p/a.go", &src)]);
}

#[test]
fn p1_carrier_param_does_not_count() {
    let src = ctx_file(
        r#"	"example.com/web"
"#,
        r#"func f(w *web.Ctx) {
    go func(inner *web.Ctx) { inner.Reply("x") }(w)
//     ^^^^ P1 false
//     ^^^^ P2 false
//     ^^^^ P3 true
}
"#,
    );
    // Carriers are no P1 exemption; the argument is outside the literal (no P2), and the
    // body mentions a carrier-typed parameter (P3).
    let config = CtxConfig::from_flag("example.com/web.Ctx");
    check_carets_with(&[("p/a.go", &src), WEB], &config, "");
}

// ---- P2 --------------------------------------------------------------------------------------

fn p2_src(body: &str) -> String {
    ctx_file(
        "",
        &format!(
            r#"func use(...any) {{}}

func f(ctx context.Context, n int) {{
{body}
}}
"#
        ),
    )
}

#[test]
fn p2_direct_capture_and_its_absence() {
    let src = p2_src(
        r#"
    go func() { _ = ctx }()
//     ^^^^ P2 true
    go func() { ctx.Done() }()
//     ^^^^ P2 true
    go func() { use(n) }()
//     ^^^^ P2 false"#,
    );
    check_carets(&[("p/a.go", &src)]);
}

#[test]
fn p2_capture_in_nested_closure_and_inner_go_counts() {
    let src = p2_src(
        r#"
    go func() { func() { _ = ctx }() }()
//     ^^^^ P2 true
    go func() { go func() { use(ctx) }() }()
//     ^^^^ P2 true
    go func() { defer func() { use(ctx) }() }()
//     ^^^^ P2 true
    go func() { f := func() { use(ctx) }; _ = f }()
//     ^^^^ P2 true
    go func() { return; use(ctx) }()
//     ^^^^ P2 true"#,
    );
    // An IIFE, an inner go, a deferred closure, a closure never called, unreachable code.
    check_carets(&[("p/a.go", &src)]);
}

#[test]
fn p2_variable_declared_inside_the_literal_does_not_count() {
    let src = p2_src(
        r#"
    go func() { c := context.Background(); use(c) }()
//     ^^^^ P2 false
    go func() { func(c context.Context) { use(c) }(context.TODO()) }()
//     ^^^^ P2 false
    go func(c context.Context) { use(c) }(ctx)
//     ^^^^ P2 false
//     ^^^^ P1 true"#,
    );
    // A nested literal's own parameter; own parameters and passed arguments are no captures.
    check_carets(&[("p/a.go", &src)]);
}

#[test]
fn p2_package_level_context_does_not_count() {
    let a = ctx_file(
        "",
        r#"var root = context.Background()

func use(...any) {}

func f(ctx context.Context) {
    go func() { use(root) }()
//     ^^^^ P2 false
//     ^^^^ P3 true
    go func() { use(shared) }()
//     ^^^^ P2 false
//     ^^^^ P3 true
}
"#,
    );
    let b = r#"package p

import "context"

var shared context.Context
"#;
    // Neither this file's nor another file's package variable is captured; P3 counts both.
    check_carets(&[("p/a.go", &a), ("p/b.go", b)]);
}

#[test]
fn p2_shadowing_before_and_after_a_use() {
    let src = p2_src(
        r#"
    go func() { ctx := "x"; use(ctx) }()
//     ^^^^ P2 false
    go func() { use(ctx); ctx := "x"; use(ctx) }()
//     ^^^^ P2 true
    {
        ctx := 7
        go func() { use(ctx, 1) }()
//         ^^^^ P2 false
    }"#,
    );
    // Shadowed before the use; used before the shadow; hidden by an inner-block int.
    check_carets(&[("p/a.go", &src)]);
}

#[test]
fn p2_constant_folded_reference_does_not_count() {
    let src = ctx_file(
        r#"	"unsafe"
"#,
        r#"func f(ctx context.Context) {
    go func() { _ = unsafe.Sizeof(ctx) }()
//     ^^^^ P2 false
    go func() { _ = unsafe.Sizeof(ctx); _ = ctx }()
//     ^^^^ P2 true
}
"#,
    );
    check_carets(&[("p/a.go", &src)]);
}

#[test]
fn p2_captured_carrier_and_receiver_count() {
    let src = |w_reply: &str, t: &str| {
        ctx_file(
            r#"	"example.com/web"
"#,
            &format!(
                r#"type T struct{{}}

func (t *T) M(ctx context.Context, w *web.Ctx) {{
    go func() {{ w.Reply("x") }}()
//     ^^^^ P2 {w_reply}
    go func() {{ _ = t }}()
//     ^^^^ P2 {t}
}}
"#
            ),
        )
    };
    // Not carriers by default.
    check_carets(&[("p/a.go", &src("false", "false")), WEB]);
    // A captured carrier, a captured carrier receiver.
    let config = CtxConfig::from_flag("example.com/web.Ctx,p.T");
    check_carets_with(&[("p/a.go", &src("true", "true")), WEB], &config, "");
}

#[test]
fn p2_field_of_captured_struct_does_not_count() {
    let src = ctx_file(
        "",
        r#"type Job struct{ ctx context.Context }

func f(ctx context.Context, job Job) {
    go func() { _ = job.ctx }()
//     ^^^^ P2 false
    go func() { _ = Job{ctx: nil} }()
//     ^^^^ P2 false
}
"#,
    );
    // A struct literal key is a field.
    check_carets(&[("p/a.go", &src)]);
}

#[test]
fn p2_key_of_elided_struct_literal_is_not_a_capture() {
    let src = ctx_file(
        "",
        r#"type Job struct{ ctx context.Context }

func f(ctx context.Context) {
    go func() { jobs := []Job{{ctx: nil}}; _ = jobs }()
//     ^^^^ P2 false
}
"#,
    );
    check_carets(&[("p/a.go", &src)]);
}

#[test]
fn p2_falls_back_to_p1_or_p3_in_package_initializers() {
    let src = ctx_file(
        "",
        r#"func use(...any) {}

var job = func(ctx context.Context) {
    go func() { func() { use(ctx) }() }()
//     ^^^^ P2 false
    go func() { use(ctx) }()
//     ^^^^ P2 true
}
"#,
    );
    // Flat form: a use in a nested IIFE does not count.
    check_carets(&[("p/a.go", &src)]);
    check(&[("p/a.go", &src)], |sem, m| {
        assert!(sem.in_package_initializer(go_lit(m, "go func() { func()")));
    });
}

// ---- P3 --------------------------------------------------------------------------------------

#[test]
fn p3_nested_literal_use_does_not_count() {
    let src = p2_src(
        r#"
    go func() { func() { _ = ctx }() }()
//     ^^^^ P3 false
//     ^^^^ P2 true
    go func() { _ = ctx }()
//     ^^^^ P3 true"#,
    );
    check_carets(&[("p/a.go", &src)]);
}

#[test]
fn p3_local_context_variable_counts() {
    let src = p2_src(
        r#"
    go func() { c := context.TODO(); use(c) }()
//     ^^^^ P3 true
    go func() { c, _ := context.WithCancel(nil); _ = c }()
//     ^^^^ P3 true"#,
    );
    check_carets(&[("p/a.go", &src)]);
}

#[test]
fn p3_field_selector_of_context_type_counts() {
    let src = ctx_file(
        "",
        r#"type Job struct {
    ctx context.Context
    n   int
}

func use(...any) {}

func f(job Job) {
    go func() { use(job.ctx) }()
//     ^^^^ P3 true
    go func() { use(job.n) }()
//     ^^^^ P3 false
}
"#,
    );
    check_carets(&[("p/a.go", &src)]);
}

#[test]
fn p3_spelled_context_type_counts_but_unbound_call_does_not() {
    let src = p2_src(
        r#"
    go func() { var c context.Context; _ = c }()
//     ^^^^ P3 true
    go func() { _ = context.Background() }()
//     ^^^^ P3 false
    go func() { var p *context.Context; _ = p }()
//     ^^^^ P3 true
    go func(c context.Context) {}(nil)
//     ^^^^ P3 false"#,
    );
    // The signature is not walked.
    check_carets(&[("p/a.go", &src)]);
}

#[test]
fn mentions_anywhere_enters_literals_but_mentions_flat_does_not() {
    let src = p2_src(
        r#"
    use(func() { _ = ctx })
//     ^^^^^^^^^^^^^^^^^^^^ mentions-anywhere true
//     ^^^^^^^^^^^^^^^^^^^^ mentions-flat false
    use(n)
//     ^^^ mentions-anywhere false"#,
    );
    check_carets(&[("p/a.go", &src)]);
}

// ---- P4 --------------------------------------------------------------------------------------

fn trace_src(body: &str) -> String {
    ctx_file(
        "",
        &format!(
            r#"func use(...any) {{}}

func f(ctx context.Context, cond bool, xs []int) {{
{body}
}}
"#
        ),
    )
}

#[test]
fn trace_last_unconditional_assignment_wins() {
    let src = trace_src(
        r#"
    fn := func() {}
//  ^^ P4 true
    fn = func() { use(ctx) }
    go fn()
    gn := func() { use(ctx) }
//  ^^ P4 false
    gn = func() {}
    go gn()"#,
    );
    check_carets(&[("p/a.go", &src)]);
    check(&[("p/a.go", &src)], |sem, m| {
        assert_eq!(sem.trace_list(bind(m, "fn", 0)).len(), 1);
    });
}

#[test]
fn trace_conditional_entries_after_the_last_unconditional_must_hold() {
    let src = trace_src(
        r#"
    fn := func() { use(ctx) }
//  ^^ P4 false
    if cond {
        fn = func() {}
    }
    go fn()
    gn := func() { use(ctx) }
//  ^^ P4 true
    if cond {
        gn = func() { use(ctx, 1) }
    }
    go gn()
    var hn func()
//      ^^ P4 false
    if cond {
        hn = func() { use(ctx) }
    } else {
        hn = func() {}
    }
    go hn()"#,
    );
    // A conditional non-ctx reassignment fails; all conditional: every entry must hold.
    check_carets(&[("p/a.go", &src)]);
    check(&[("p/a.go", &src)], |sem, m| {
        assert_eq!(sem.trace_list(bind(m, "gn", 0)).len(), 2);
        let list = sem.trace_list(bind(m, "hn", 0));
        assert_eq!(list.len(), 2);
        assert!(list.iter().all(|a| a.conditional));
    });
}

#[test]
fn trace_conditional_before_the_last_unconditional_is_ignored() {
    let src = trace_src(
        r#"
    var fn func()
//      ^^ P4 true
    if cond {
        fn = func() {}
    }
    fn = func() { use(ctx) }
    go fn()"#,
    );
    check_carets(&[("p/a.go", &src)]);
    check(&[("p/a.go", &src)], |sem, m| {
        let list = sem.trace_list(bind(m, "fn", 0));
        assert_eq!(list.len(), 1);
        assert!(!list[0].conditional);
    });
}

#[test]
fn trace_reassignment_after_the_go_statement_participates() {
    let src = trace_src(
        r#"
    fn := func() { use(ctx) }
//  ^^ P4 false
    go fn()
    fn = func() {}"#,
    );
    check_carets(&[("p/a.go", &src)]);
    check(&[("p/a.go", &src)], |sem, m| {
        let list = sem.trace_list(bind(m, "fn", 0));
        assert_eq!(list.len(), 1);
        assert_eq!(text(m, list[0].value), "func() {}");
    });
}

#[test]
fn trace_of_package_variable_spans_functions_of_the_file() {
    let src = ctx_file(
        "",
        r#"func use(...any) {}

var job func()
//  ^^^ P4 false

func f(ctx context.Context) {
    job = func() { use(ctx) }
    go job()
}

func later() {
    job = func() {}
}
"#,
    );
    // The assignment in another function is last.
    check_carets(&[("p/a.go", &src)]);
    check(&[("p/a.go", &src)], |sem, m| {
        let job = bind(m, "job", 0);
        let literals = sem.assignments_to(job, |v| v.kind() == "func_literal");
        assert_eq!(literals.len(), 2);
    });
}

#[test]
fn trace_empty_passes_and_var_declarations_are_not_collected() {
    let src = trace_src(
        r#"
    fn := makeFn()
//  ^^ P4 true
    go fn()
    var vn = func() {}
//      ^^ P4 true
    go vn()
    other := func() {}
    pn := other
//  ^^ P4 true
    pn = (func() {})
    go pn()"#,
    ) + r#"
func makeFn() func() { return func() {} }
"#;
    // Untraceable variables pass.
    check_carets(&[("p/a.go", &src)]);
    check(&[("p/a.go", &src)], |sem, m| {
        for v in ["fn", "vn", "pn"] {
            assert!(sem.trace_list(bind(m, v, 0)).is_empty(), "{v}");
        }
        assert_eq!(
            sem.last_assigned_call(bind(m, "fn", 0)).map(|c| text(m, c)),
            Some("makeFn()")
        );
        assert_eq!(sem.last_assigned_literal(bind(m, "vn", 0)), None);
    });
}

#[test]
fn trace_if_assigned_closure_then_reassigned_later() {
    let src = trace_src(
        r#"
    var fn func()
//      ^^ P4 false
    if cond {
        fn = func() { use(ctx) }
    }
    go fn()
    fn = func() {}"#,
    );
    check_carets(&[("p/a.go", &src)]);
    check(&[("p/a.go", &src)], |sem, m| {
        let fn_ = bind(m, "fn", 0);
        let all = sem.assignments_to(fn_, |v| v.kind() == "func_literal");
        assert_eq!(
            all.iter().map(|a| a.conditional).collect::<Vec<_>>(),
            [true, false]
        );
        assert_eq!(
            sem.last_assigned_literal(fn_).map(|l| text(m, l)),
            Some("func() {}")
        );
    });
}

#[test]
fn trace_conditionality_covers_loops_switches_and_select() {
    let src = trace_src(
        r#"	var fn func()
	for range xs {
		fn = func() {}
	}
	for i := 0; i < 1; i++ {
		fn = func() {}
	}
	switch {
	case cond:
		fn = func() {}
	}
	select {
	default:
		fn = func() {}
	}
	{
		fn = func() {}
	}
	go fn()"#,
    );
    check(&[("p/a.go", &src)], |sem, m| {
        let all = sem.assignments_to(bind(m, "fn", 0), |v| v.kind() == "func_literal");
        assert_eq!(
            all.iter().map(|a| a.conditional).collect::<Vec<_>>(),
            [true, true, true, true, false],
            "a plain block is not conditional"
        );
    });
}

// ---- P6 / P7 ---------------------------------------------------------------------------------

#[test]
fn factory_ok_when_an_argument_mentions_the_context() {
    let src = ctx_file(
        "",
        r#"func mk(v any) func() { return func() {} }

func f(ctx context.Context) {
    go mk(ctx)()
//     ^^^^^^^ P6 true
    go mk(func() { _ = ctx })()
//     ^^^^^^^^^^^^^^^^^^^^^^ P6 true
    go mk(1)()
//     ^^^^^ P6 false
}
"#,
    );
    // Nested literals included.
    check_carets(&[("p/a.go", &src)]);
}

#[test]
fn factory_literal_returning_a_ctx_using_literal() {
    let src = p2_src(
        r#"
    go func() func() { return func() { use(ctx) } }()()
//     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ P6 true
    go func() func() { return func() {} }()()
//     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ P6 false
    go func(c context.Context) func() { return func() {} }(nil)()
//     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ P6 true"#,
    );
    // The last one by P1 of the factory.
    check_carets(&[("p/a.go", &src)]);
}

#[test]
fn factory_three_calls_deep() {
    let src = ctx_file(
        "",
        r#"var bg = context.Background()

func use(...any) {}

func mk() func() func() { return func() func() { return func() { use(bg) } } }

func mkPlain() func() func() { return func() func() { return func() {} } }

func f(ctx context.Context) {
    go mk()()()
//     ^^^^^^ P6 true
    go mkPlain()()()
//     ^^^^^^^^^^^ P6 false
}
"#,
    );
    check_carets(&[("p/a.go", &src)]);
}

#[test]
fn factory_declared_in_this_file() {
    let src = ctx_file(
        "",
        r#"var bg = context.Background()

func use(...any) {}

func good() func() {
    if bg == nil {
        return nil
    }
    return func() { use(bg) }
}

func bad() func() { return func() { func() { use(bg) }() } }

func withCtx(c context.Context) func() { return func() {} }

func traced() func() {
    fn := func() { use(bg) }
    return fn
}

func f(ctx context.Context) {
    go good()()
//     ^^^^^^ P6 true
    go bad()()
//     ^^^^^ P6 false
    go withCtx(nil)()
//     ^^^^^^^^^^^^ P6 true
    go traced()()
//     ^^^^^^^^ P6 true
}
"#,
    );
    // One qualifying return is enough; the returned literal is judged flat; a ctx parameter
    // passes; a returned variable is traced.
    check_carets(&[("p/a.go", &src)]);
}

#[test]
fn factory_methods_and_other_packages_pass_other_files_are_walked() {
    let a = ctx_file(
        r#"	"example.com/tel"
"#,
        r#"type Svc struct{}

func (Svc) Make() func() { return func() {} }

func f(ctx context.Context, s Svc) {
    go s.Make()()
//     ^^^^^^^^ P6 true
    go tel.Make()()
//     ^^^^^^^^^^ P6 true
    go elsewhere()()
//     ^^^^^^^^^^^ P6 false
}
"#,
    );
    let b = r#"package p

func elsewhere() func() { return func() {} }
"#;
    // A function of this package declared in another file is walked (SPEC P6): its
    // returned literal mentions no context.
    check_carets(&[("p/a.go", &a), ("p/b.go", b), TEL]);
}

#[test]
fn factory_through_a_variable_uses_its_last_literal() {
    let src = p2_src(
        r#"
    mk := func() func() { return func() { use(ctx) } }
    mk = func() func() { return func() {} }
    go mk()()
//     ^^^^ P6 false
    ok := func() func() { return func() {} }
    ok = func() func() { return func() { use(ctx) } }
    go ok()()
//     ^^^^ P6 true
    var unset func() func()
    go unset()()
//     ^^^^^^^ P6 true"#,
    );
    // No literal: pass.
    check_carets(&[("p/a.go", &src)]);
}

// ---- P8 / P9 ---------------------------------------------------------------------------------

#[test]
fn field_lit_judges_the_keyed_literal_flat() {
    let src = ctx_file(
        "",
        r#"type S struct {
    run  func()
    stop func()
}

func use(...any) {}

func f(ctx context.Context) {
    s := S{run: func() { use(ctx) }, stop: func() { func() { use(ctx) }() }}
    go s.run()
//     ^^^^^ P8 true
    go s.stop()
//     ^^^^^^ P8 false
}
"#,
    );
    // P3: the nested use does not count.
    check_carets(&[("p/a.go", &src)]);
}

#[test]
fn field_lit_passes_when_untraceable() {
    let src = ctx_file(
        "",
        r#"type S struct{ run func() }

func get() S { return S{} }

func f(ctx context.Context) {
    p := &S{run: func() {}}
    go p.run()
//     ^^^^^ P8 true
    q := get()
    go q.run()
//     ^^^^^ P8 true
    go get().run()
//     ^^^^^^^^^ P8 true
    r := S{}
    go r.run()
//     ^^^^^ P8 true
}
"#,
    );
    // &T{...} is not considered; no composite literal assigned; the operand is not a
    // variable; the literal has no such key.
    check_carets(&[("p/a.go", &src)]);
}

#[test]
fn field_lit_does_not_consult_p1() {
    let src = ctx_file(
        "",
        r#"type S struct{ run func(context.Context) }

func f(ctx context.Context) {
    s := S{run: func(c context.Context) {}}
    go s.run(ctx)
//     ^^^^^ P8 false
}
"#,
    );
    check_carets(&[("p/a.go", &src)]);
}

#[test]
fn index_lit_by_integer_position() {
    let src = p2_src(
        r#"
    fns := []func(){func() { use(ctx) }, func() {}}
    go fns[0]()
//     ^^^^^^ P9 true
    go fns[1]()
//     ^^^^^^ P9 false
    go fns[5]()
//     ^^^^^^ P9 true
    i := 0
    go fns[i]()
//     ^^^^^^ P9 true"#,
    );
    // No such element, or not a literal index: pass.
    check_carets(&[("p/a.go", &src)]);
}

#[test]
fn index_lit_hex_index_reads_leading_decimal_digits() {
    let src = p2_src(
        r#"
    fns := []func(){func() { use(ctx) }, func() {}}
    go fns[0x1]()
//     ^^^^^^^^ P9 true
    go fns[1_0]()
//     ^^^^^^^^ P9 false"#,
    );
    // 0x1 reads as 0 (the ctx-using element), 1_0 as 1.
    check_carets(&[("p/a.go", &src)]);
}

#[test]
fn index_lit_by_string_key() {
    let src = p2_src(
        r#"
    m := map[string]func(){"a": func() { use(ctx) }, "b": func() {}}
    go m["a"]()
//     ^^^^^^ P9 true
    go m["b"]()
//     ^^^^^^ P9 false
    go m["zz"]()
//     ^^^^^^^ P9 true"#,
    );
    // A missing key: pass.
    check_carets(&[("p/a.go", &src)]);
}

// ---- P10 -------------------------------------------------------------------------------------

/// Checks the caret comments of `body`, the statements of
/// `f(ctx context.Context, cond bool, xs []int)` in a file importing `example.com/tel`, with
/// deriver flag `spec` (for `P10` / `P11` carets).
fn check_derive(body: &str, spec: &str) {
    let src = ctx_file(
        r#"	"example.com/tel"
"#,
        &format!(
            r#"func use(...any) {{}}

func other() {{}}

func f(ctx context.Context, cond bool, xs []int) {{
{body}
}}
"#
        ),
    );
    check_carets_with(&[("p/a.go", &src), TEL], &CtxConfig::default(), spec);
}

const FORK: &str = "example.com/tel.Fork";

#[test]
fn derive_direct_call_is_at_start_anywhere_in_the_body() {
    check_derive(
        r#"
    go func() { tel.Fork(ctx) }()
//     ^^^^ P10 AtStart
    go func() { if cond { use(tel.Fork(ctx)) } }()
//     ^^^^ P10 AtStart
    go func() { for range xs { tel.Fork(ctx) } }()
//     ^^^^ P10 AtStart
    go func() { use(ctx) }()
//     ^^^^ P10 None"#,
        FORK,
    );
    check_derive(
        r#"
    go func() { tel.Fork(ctx) }()
//     ^^^^ P10 None"#,
        "example.com/other.Fork",
    );
}

#[test]
fn derive_defer_only_via_defer_and_deferred_iife() {
    check_derive(
        r#"
    go func() { defer tel.Fork(ctx) }()
//     ^^^^ P10 DeferOnly
    go func() { defer func() { tel.Fork(ctx) }() }()
//     ^^^^ P10 DeferOnly
    go func() { defer use(tel.Fork(ctx)) }()
//     ^^^^ P10 AtStart"#,
        FORK,
    );
    // Arguments of a deferred call are evaluated now.
}

#[test]
fn derive_follows_iifes_but_not_nested_go() {
    check_derive(
        r#"
    go func() { func() { tel.Fork(ctx) }() }()
//     ^^^^ P10 AtStart
    go func() { (func() { tel.Fork(ctx) })() }()
//     ^^^^ P10 AtStart
    go func() { go func() { tel.Fork(ctx) }() }()
//     ^^^^ P10 None
    go func() { go tel.Fork(ctx) }()
//     ^^^^ P10 None
    go func() { go use(tel.Fork(ctx)) }()
//     ^^^^ P10 AtStart
    go func() { f := func() { tel.Fork(ctx) }; use(f) }()
//     ^^^^ P10 None"#,
        FORK,
    );
    // A go callee does not run here; arguments of an inner go are evaluated now.
}

#[test]
fn derive_follows_a_local_closure_variable_that_is_called() {
    check_derive(
        r#"
    go func() { run := func() { tel.Fork(ctx) }; run() }()
//     ^^^^ P10 AtStart
    go func() { var run = func() { tel.Fork(ctx) }; run() }()
//     ^^^^ P10 AtStart
    go func() { run := func() { tel.Fork(ctx) }; _ = run }()
//     ^^^^ P10 None"#,
        FORK,
    );
}

#[test]
fn derive_straight_line_reassignment_wins() {
    check_derive(
        r#"
    go func() {
//     ^^^^ P10 AtStart
        run := func() { other() }
        run = func() { tel.Fork(ctx) }
        run()
    }()
    go func() {
//     ^^^^ P10 None
        run := func() { tel.Fork(ctx) }
        run = func() { other() }
        run()
    }()"#,
        FORK,
    );
}

#[test]
fn derive_branch_merged_assignments_are_not_followed() {
    check_derive(
        r#"
    go func() {
//     ^^^^ P10 None
        var run func()
        if cond {
            run = func() { tel.Fork(ctx) }
        } else {
            run = func() { tel.Fork(ctx) }
        }
        run()
    }()
    go func() {
//     ^^^^ P10 AtStart
        if cond {
            run := func() { tel.Fork(ctx) }
            run()
        }
    }()"#,
        FORK,
    );
    // The second: assignment and call in the same branch.
}

#[test]
fn derive_captured_variable_is_not_followed() {
    check_derive(
        r#"
    f := func() { tel.Fork(ctx) }
    go func() { f() }()
//     ^^^^ P10 None
    go func() {
//     ^^^^ P10 None
        f := func() { tel.Fork(ctx) }
        g := func() { f() }
        g()
    }()"#,
        FORK,
    );
    // In the second, g is walked, f() inside it is not.
}

#[test]
fn derive_walks_each_literal_once_with_its_first_call_flag() {
    check_derive(
        r#"
    go func() { run := func() { tel.Fork(ctx) }; run(); defer run() }()
//     ^^^^ P10 AtStart
    go func() { run := func() { tel.Fork(ctx) }; defer run(); run() }()
//     ^^^^ P10 DeferOnly"#,
        FORK,
    );
}

#[test]
fn derive_ignores_code_after_return_panic_and_endless_loops() {
    check_derive(
        r#"
    go func() {
//     ^^^^ P10 None
        return
        tel.Fork(ctx)
    }()
    go func() {
//     ^^^^ P10 None
        panic("x")
        tel.Fork(ctx)
    }()
    go func() {
//     ^^^^ P10 None
        for {
        }
        tel.Fork(ctx)
    }()
    go func() {
//     ^^^^ P10 None
        select {}
        tel.Fork(ctx)
    }()
    go func() {
//     ^^^^ P10 AtStart
        for {
            break
        }
        tel.Fork(ctx)
    }()
    go func() {
//     ^^^^ P10 AtStart
        if cond {
            return
        }
        tel.Fork(ctx)
    }()"#,
        FORK,
    );
    // A loop left by break; a return in a branch ends only that branch.
}

#[test]
fn derive_method_deriver_through_an_inferred_receiver() {
    check_derive(
        r#"
    go func() { tel.From(ctx).Fork() }()
//     ^^^^ P10 AtStart
    go func() { s := tel.From(ctx); s.Fork() }()
//     ^^^^ P10 AtStart
    go func() { tel.From(ctx).End() }()
//     ^^^^ P10 None
    go func() { tel.Fork(ctx) }()
//     ^^^^ P10 None"#,
        "example.com/tel.Span.Fork",
    );
    // The function tel.Fork is not the method Span.Fork, and vice versa.
    check_derive(
        r#"
    go func() { tel.From(ctx).Fork() }()
//     ^^^^ P10 None"#,
        FORK,
    );
}

#[test]
fn derive_unknown_receiver_matches_method_specs_by_name_only() {
    check_derive(
        r#"
    go func() { mystery().Fork() }()
//     ^^^^ P10 AtStart"#,
        "example.com/tel.Span.Fork",
    );
    check_derive(
        r#"
    go func() { mystery().Fork() }()
//     ^^^^ P10 None"#,
        FORK,
    );
}

#[test]
fn derive_function_value_variable_is_a_static_call() {
    check_derive(
        r#"
    go func() { fork := tel.Fork; fork(ctx) }()
//     ^^^^ P10 AtStart"#,
        FORK,
    );
    check_derive(
        r#"
    go func() { s := tel.From(ctx); fork := s.Fork; fork() }()
//     ^^^^ P10 AtStart"#,
        "example.com/tel.Span.Fork",
    );
}

#[test]
fn derive_and_group_with_one_member_deferred_is_defer_only() {
    let spec = "example.com/tel.Fork+example.com/tel.Span.End";
    check_derive(
        r#"
    go func() { tel.Fork(ctx); tel.From(ctx).End() }()
//     ^^^^ P10 AtStart
    go func() { tel.Fork(ctx); defer tel.From(nil).End() }()
//     ^^^^ P10 DeferOnly
    go func() { tel.Fork(ctx) }()
//     ^^^^ P10 None"#,
        spec,
    );
    // A second OR group.
    check_derive(
        r#"
    go func() { other() }()
//     ^^^^ P10 None
    go func() { tel.Fork(ctx) }()
//     ^^^^ P10 AtStart"#,
        &format!("{spec}, {FORK}"),
    );
}

#[test]
fn derive_receiver_chain_of_a_deferred_call_runs_now() {
    check_derive(
        r#"
    go func() { defer tel.From(ctx).End() }()
//     ^^^^ P10 AtStart"#,
        "example.com/tel.From",
    );
}

#[test]
fn derive_single_argument_instantiated_generic_call() {
    check_derive(
        r#"
    go func() { _ = tel.Gen[int](ctx) }()
//     ^^^^ P10 AtStart"#,
        "example.com/tel.Gen",
    );
}

#[test]
fn derive_multi_argument_instantiated_generic_call_is_identified() {
    let src = ctx_file(
        r#"	"example.com/tel"
"#,
        r#"func Pair[T any](ctx context.Context, v T) {}

func f(ctx context.Context) {
    go func() { Pair[int](ctx, 1) }()
//     ^^^^ P10 AtStart
//     ^^^^ P11 false
}
"#,
    );
    // P11 does not identify F[T](...).
    check_carets_with(&[("p/a.go", &src), TEL], &CtxConfig::default(), "p.Pair");
}

#[test]
fn derive_in_package_initializer_is_flat() {
    let src = ctx_file(
        r#"	"example.com/tel"
"#,
        r#"var job = func(ctx context.Context) {
    go func() { defer tel.Fork(ctx) }()
//     ^^^^ P10 AtStart
    go func() { func() { tel.Fork(ctx) }() }()
//     ^^^^ P10 None
}
"#,
    );
    check_carets_with(&[("p/a.go", &src), TEL], &CtxConfig::default(), FORK);
}

// ---- P11 -------------------------------------------------------------------------------------

#[test]
fn derive_flat_counts_deferred_and_go_operands_but_not_literals() {
    let src = |deferred: bool, go_operand: bool, method: bool| {
        ctx_file(
            r#"	"example.com/tel"
"#,
            &format!(
                r#"func f(ctx context.Context) {{
    go func() {{ defer tel.Fork(ctx) }}()
//     ^^^^ P11 {deferred}
    go func() {{ func() {{ tel.Fork(ctx) }}() }}()
//     ^^^^ P11 false
    go func() {{ go tel.Fork(ctx) }}()
//     ^^^^ P11 {go_operand}
    go func() {{ tel.From(ctx).Fork() }}()
//     ^^^^ P11 {method}
}}
"#
            ),
        )
    };
    // A deferred deriver counts, an IIFE is invisible, go operands count; the method
    // deriver is only Span.Fork.
    let src_fork = src(true, true, false);
    check_carets_with(&[("p/a.go", &src_fork), TEL], &CtxConfig::default(), FORK);
    let span = "example.com/tel.Span.Fork";
    check_carets_with(
        &[("p/a.go", &src(false, false, true)), TEL],
        &CtxConfig::default(),
        span,
    );
    check(&[("p/a.go", &src_fork), TEL], |sem, m| {
        let d = Derivers::parse(FORK);
        assert!(
            !sem.derives_flat(go_lit(m, "go func() { defer"), &d),
            "a literal node itself yields nothing"
        );
    });
}

#[test]
fn derivers_parse_and_groups() {
    let d = Derivers::parse(" a.b/c.Fork + a.b/c.T.M , , x.y/z.F,+,");
    assert_eq!(d.groups.len(), 2);
    assert_eq!(d.groups[0].len(), 2);
    assert_eq!(d.groups[0][1].type_name.as_deref(), Some("T"));
    assert_eq!(d.groups[1][0].pkg_path, "x.y/z");
    assert!(Derivers::parse(" , + ").is_empty());
}

// ---- generics, unknown types and selector depth -------------------------------------------

#[test]
fn generic_function_results_are_instantiated_from_arguments() {
    let src = ctx_file(
        "",
        r#"func identity[T any](v T) T { return v }

func pair[A, B any](a A, b B) (A, B) { return a, b }

func first[T any](vs []T) T { return vs[0] }

func f(ctx context.Context, cs []context.Context) {
    c := identity(ctx)
//  ^ context.Context
    p, n := pair(ctx, 1)
//  ^ context.Context
//     ^ untyped
//     ^ ctx no
    e := identity[context.Context](nil)
//  ^ context.Context
    g := first(cs)
//  ^ context.Context
    u := identity(nil)
//  ^ ?
//  ^ ctx maybe
    _, _, _, _, _ = c, p, n, e, g
    _ = u
}
"#,
    );
    // An untyped constant binds its default type (a basic type: never a context).
    check_carets(&[("p/a.go", &src)]);
}

#[test]
fn fields_and_methods_of_instantiated_generic_types_are_substituted() {
    let src = ctx_file(
        "",
        r#"type box[T any] struct{ v T }

func (b box[T]) get() T { return b.v }

func (b *box[T]) inside(ctx context.Context) { w := b.v; _ = w }
//                                             ^ param T
//                                             ^ ctx no

func f(ctx context.Context) {
    g := box[context.Context]{v: ctx}
    d := g.v
//  ^ context.Context
    e := g.get()
//  ^ context.Context
    _, _ = d, e
}
"#,
    );
    // Inside the generic type's own method, the field is of the parameter type.
    check_carets(&[("p/a.go", &src)]);
}

#[test]
fn unknown_types_may_be_contexts_but_known_others_are_not() {
    let src = ctx_file(
        r#"	"example.com/missing"
"#,
        r#"func f(ctx context.Context) {
    x := missing.Thing()
//  ^ ctx maybe
    i := 3
//  ^ ctx no
    s := "a"
//  ^ ctx no
    _, _, _ = x, i, s
}
"#,
    );
    check_carets(&[("p/a.go", &src)]);
}

#[test]
fn local_defined_types_are_known_and_never_contexts() {
    let src = ctx_file(
        "",
        r#"func f(ctx context.Context) {
    type result struct{ err error }
    res := make(chan result, 1)
//  ^^^ chan result
//  ^^^ ctx no
    var r result
    p := &r
//  ^ *result
    _, _ = res, p
}
"#,
    );
    check_carets(&[("p/a.go", &src)]);
}

#[test]
fn the_shallowest_selector_wins_over_a_deeper_field() {
    let src = ctx_file(
        "",
        r#"type inner struct{ Go func() }

type outer struct{ inner }

func (o outer) Go(f func()) {}

func f(ctx context.Context, o outer) { o.Go(nil) }
//                                     ^^^^^^^^^ calls p.outer.Go
"#,
    );
    // A method, not the promoted field.
    check_carets(&[("p/a.go", &src)]);
}
