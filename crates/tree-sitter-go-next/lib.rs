//! tree-sitter-go 0.25.0's grammar with two extensions Go code uses today, which the upstream
//! grammar (its newest release and main branch) does not parse:
//!
//! - generic methods (Go 1.27): `func (r *Rand) N[Int intType](n Int) Int` — a
//!   `type_parameters` field on `method_declaration`, as on `function_declaration`;
//! - `new(expr)` (Go 1.26): `new("key")`, `new(42)`, `new(f(ctx))` — the argument of `new`
//!   and `make` may be an expression as well as a type (`new(T)` still parses as before).
//!
//! Node kinds and fields are otherwise upstream's. `grammar.js` is upstream's with the changes
//! marked `goroutinectx:`; `regenerate.sh` regenerates `src/` with tree-sitter-cli. See
//! `UPSTREAM.md` for the version it derives from and the licence.

use tree_sitter_language::LanguageFn;

extern "C" {
    fn tree_sitter_go_next() -> *const ();
}

/// The language, for `tree_sitter::Parser::set_language(&LANGUAGE.into())`.
pub const LANGUAGE: LanguageFn = unsafe { LanguageFn::from_raw(tree_sitter_go_next) };

/// The generated node types.
pub const NODE_TYPES: &str = include_str!("src/node-types.json");

#[cfg(test)]
mod tests {
    fn parse(src: &str) -> tree_sitter::Tree {
        let mut parser = tree_sitter::Parser::new();
        parser
            .set_language(&super::LANGUAGE.into())
            .expect("compatible");
        parser.parse(src, None).expect("parses")
    }

    fn sexp(src: &str) -> String {
        let tree = parse(src);
        assert!(
            !tree.root_node().has_error(),
            "{}",
            tree.root_node().to_sexp()
        );
        tree.root_node().to_sexp()
    }

    #[test]
    fn generic_methods() {
        for src in [
            "package p\nfunc (r *Rand) N[Int intType](n Int) Int { return n }\n",
            "package p\nfunc (l List[T]) Map[U any](f func(T) U) List[U] { return nil }\n",
            "package p\nfunc (r R) M[T any, U comparable](t T, u U)\n",
        ] {
            assert!(
                sexp(src).contains("type_parameters: (type_parameter_list"),
                "{src}"
            );
        }
        assert!(!sexp("package p\nfunc (r R) M() {}\n").contains("type_parameters"));
    }

    #[test]
    fn new_with_expressions() {
        for src in [
            "package p\nvar a = new(\"NewConnContextKey\")\n",
            "package p\nvar b = new(42)\n",
            "package p\nvar c = new(int64(-64))\n",
            "package p\nvar d = new(secretType(secretValue))\n",
            "package p\nvar e = new(T{1, 2})\n",
            "package p\nfunc f(ctx C) { p := new(ctx); _ = p }\n",
        ] {
            let s = sexp(src);
            assert!(
                s.contains("(call_expression function: (identifier)"),
                "{src}: {s}"
            );
        }
        // Types still parse as types; a bare name is an identifier (as `new(ctx)` must be:
        // the two cannot be told apart syntactically, the semantic model resolves them).
        let s = sexp("package p\nvar t = new(pkg.T)\nvar m = make(map[string]int)\n");
        assert!(s.contains("(qualified_type"), "{s}");
        assert!(s.contains("(map_type"), "{s}");
        let s = sexp("package p\nvar t = new(T)\n");
        assert!(s.contains("arguments: (argument_list (identifier))"), "{s}");
    }
}
