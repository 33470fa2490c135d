//! The Go grammar's node kinds, as names the compiler checks.
//!
//! A misspelled kind string never matches a node, and since unknown means silent, a checker
//! comparing against one would go quiet without any error. Code names kinds only through
//! these constants (`kind::CALL_EXPRESSION`), and `tests::every_kind_exists_in_the_grammar`
//! resolves each against the grammar, so a kind the grammar does not have fails the build's
//! tests. `tests::no_kind_or_field_string_outside_the_tables` reads every crate's non-test
//! code and fails on a kind compared as a string or a field looked up by name.
//!
//! The constants are the kinds' names, so they serve as `match` patterns on
//! [`NodeKind::kind_name`](crate::fields::NodeKind::kind_name) (itself a table lookup by kind
//! id, resolved once). [`id`] gives a kind's id in the grammar, resolved once per run.

use std::sync::OnceLock;

macro_rules! kinds {
    (named { $($name:ident = $text:literal),* $(,)? } tokens { $($tname:ident = $ttext:literal),* $(,)? }) => {
        $(
            #[doc = concat!("The named node kind `", $text, "`.")]
            pub const $name: &str = $text;
        )*
        $(
            #[doc = concat!("The anonymous token `", $ttext, "`.")]
            pub const $tname: &str = $ttext;
        )*
        /// Every kind of the table with whether it is a named node (tokens are anonymous).
        pub const ALL: &[(&str, bool)] = &[$(($name, true),)* $(($tname, false),)*];
    };
}

kinds! {
    named {
    ARRAY_TYPE = "array_type",
    ASSIGNMENT_STATEMENT = "assignment_statement",
    BINARY_EXPRESSION = "binary_expression",
    BLOCK = "block",
    BREAK_STATEMENT = "break_statement",
    CALL_EXPRESSION = "call_expression",
    CHANNEL_TYPE = "channel_type",
    COMMENT = "comment",
    COMMUNICATION_CASE = "communication_case",
    COMPOSITE_LITERAL = "composite_literal",
    CONST_DECLARATION = "const_declaration",
    CONST_SPEC = "const_spec",
    CONTINUE_STATEMENT = "continue_statement",
    DEFAULT_CASE = "default_case",
    DEFER_STATEMENT = "defer_statement",
    EXPRESSION_CASE = "expression_case",
    EXPRESSION_LIST = "expression_list",
    EXPRESSION_STATEMENT = "expression_statement",
    EXPRESSION_SWITCH_STATEMENT = "expression_switch_statement",
    FALLTHROUGH_STATEMENT = "fallthrough_statement",
    FALSE = "false",
    FIELD_DECLARATION = "field_declaration",
    FIELD_IDENTIFIER = "field_identifier",
    FLOAT_LITERAL = "float_literal",
    FOR_CLAUSE = "for_clause",
    FOR_STATEMENT = "for_statement",
    FUNC_LITERAL = "func_literal",
    FUNCTION_DECLARATION = "function_declaration",
    FUNCTION_TYPE = "function_type",
    GENERIC_TYPE = "generic_type",
    GO_STATEMENT = "go_statement",
    GOTO_STATEMENT = "goto_statement",
    IDENTIFIER = "identifier",
    IF_STATEMENT = "if_statement",
    IMAGINARY_LITERAL = "imaginary_literal",
    IMPLICIT_LENGTH_ARRAY_TYPE = "implicit_length_array_type",
    IMPORT_DECLARATION = "import_declaration",
    INDEX_EXPRESSION = "index_expression",
    INT_LITERAL = "int_literal",
    INTERFACE_TYPE = "interface_type",
    INTERPRETED_STRING_LITERAL = "interpreted_string_literal",
    IOTA = "iota",
    KEYED_ELEMENT = "keyed_element",
    LABEL_NAME = "label_name",
    LABELED_STATEMENT = "labeled_statement",
    LITERAL_ELEMENT = "literal_element",
    LITERAL_VALUE = "literal_value",
    MAP_TYPE = "map_type",
    METHOD_DECLARATION = "method_declaration",
    METHOD_ELEM = "method_elem",
    NEGATED_TYPE = "negated_type",
    NIL = "nil",
    PACKAGE_CLAUSE = "package_clause",
    PACKAGE_IDENTIFIER = "package_identifier",
    PARAMETER_DECLARATION = "parameter_declaration",
    PARAMETER_LIST = "parameter_list",
    PARENTHESIZED_EXPRESSION = "parenthesized_expression",
    PARENTHESIZED_TYPE = "parenthesized_type",
    POINTER_TYPE = "pointer_type",
    QUALIFIED_TYPE = "qualified_type",
    RANGE_CLAUSE = "range_clause",
    RAW_STRING_LITERAL = "raw_string_literal",
    RECEIVE_STATEMENT = "receive_statement",
    RETURN_STATEMENT = "return_statement",
    RUNE_LITERAL = "rune_literal",
    SELECT_STATEMENT = "select_statement",
    SELECTOR_EXPRESSION = "selector_expression",
    SHORT_VAR_DECLARATION = "short_var_declaration",
    SLICE_EXPRESSION = "slice_expression",
    SLICE_TYPE = "slice_type",
    STATEMENT_LIST = "statement_list",
    STRUCT_TYPE = "struct_type",
    TRUE = "true",
    TYPE_ALIAS = "type_alias",
    TYPE_ARGUMENTS = "type_arguments",
    TYPE_ASSERTION_EXPRESSION = "type_assertion_expression",
    TYPE_CASE = "type_case",
    TYPE_CONSTRAINT = "type_constraint",
    TYPE_CONVERSION_EXPRESSION = "type_conversion_expression",
    TYPE_DECLARATION = "type_declaration",
    TYPE_ELEM = "type_elem",
    TYPE_IDENTIFIER = "type_identifier",
    TYPE_PARAMETER_LIST = "type_parameter_list",
    TYPE_SPEC = "type_spec",
    TYPE_SWITCH_STATEMENT = "type_switch_statement",
    UNARY_EXPRESSION = "unary_expression",
    VAR_DECLARATION = "var_declaration",
    VAR_SPEC = "var_spec",
    VAR_SPEC_LIST = "var_spec_list",
    VARIADIC_ARGUMENT = "variadic_argument",
    VARIADIC_PARAMETER_DECLARATION = "variadic_parameter_declaration",
    }
    tokens {
        COLON_EQ = ":=",
        STAR = "*",
    }
}

/// The ids of the table's kinds in the grammar, in [`ALL`]'s order (0 for a name the grammar
/// does not have), resolved once.
fn ids() -> &'static [u16] {
    static IDS: OnceLock<Vec<u16>> = OnceLock::new();
    IDS.get_or_init(|| {
        let lang = crate::source::language();
        ALL.iter()
            .map(|(name, named)| lang.id_for_node_kind(name, *named))
            .collect()
    })
}

/// The grammar's id of a kind of the table (`None` for a name not in [`ALL`]).
pub fn id(kind: &str) -> Option<u16> {
    ALL.iter()
        .position(|(name, _)| *name == kind)
        .map(|i| ids()[i])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_exists_in_the_grammar() {
        let lang = crate::source::language();
        let mut missing = Vec::new();
        for (i, (name, named)) in ALL.iter().enumerate() {
            let id = ids()[i];
            if id == 0
                || lang.node_kind_for_id(id) != Some(*name)
                || lang.node_kind_is_named(id) != *named
            {
                missing.push(*name);
            }
        }
        assert!(missing.is_empty(), "kinds not in the grammar: {missing:?}");
    }

    #[test]
    fn names_are_unique() {
        let mut names: Vec<&str> = ALL.iter().map(|(n, _)| *n).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), ALL.len());
    }

    /// The non-test code of every crate's `src/` (a file up to its first `#[cfg(test)]`;
    /// `tests.rs` files and this table's own files left out), by path.
    fn crate_sources() -> Vec<(std::path::PathBuf, String)> {
        let crates = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let mut out = Vec::new();
        for entry in std::fs::read_dir(&crates).expect("crates/") {
            let src = entry.expect("a crate").path().join("src");
            for file in walkdir::WalkDir::new(&src)
                .into_iter()
                .filter_map(Result::ok)
            {
                let path = file.path();
                let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
                let own = path.ends_with("scanner/src/kind.rs")
                    || path.ends_with("scanner/src/fields.rs");
                if !name.ends_with(".rs") || name == "tests.rs" || own {
                    continue;
                }
                let text = std::fs::read_to_string(path).expect("a source file");
                let code = text.split("#[cfg(test)]").next().unwrap_or("").to_string();
                out.push((path.to_path_buf(), code));
            }
        }
        out
    }

    /// No node kind or field name is spelled as a string outside the tables: a kind is
    /// compared through these constants, a field looked up by its id (`fields::name()`).
    #[test]
    fn no_kind_or_field_string_outside_the_tables() {
        let lang = crate::source::language();
        // The grammar's named kinds with an underscore: no other string of the code has
        // that shape (`"nil"`, `"true"` are compared as source text, not as kinds).
        let kinds: Vec<String> = (0..lang.node_kind_count())
            .filter_map(|id| u16::try_from(id).ok())
            .filter(|&id| lang.node_kind_is_named(id))
            .filter_map(|id| lang.node_kind_for_id(id))
            .filter(|k| k.contains('_'))
            .map(|k| format!("\"{k}\""))
            .collect();
        let patterns = [
            "kind_name() == \"",
            "kind_name() != \"",
            ".kind() == \"",
            ".kind() != \"",
            "by_field_name(",
            "field_id_for_name(",
            "id_for_node_kind(",
        ];
        let sources = crate_sources();
        assert!(
            sources.len() > 50,
            "crate sources not found: {}",
            sources.len()
        );
        let mut found = Vec::new();
        for (path, code) in &sources {
            for (no, line) in code.lines().enumerate() {
                let hit = patterns
                    .iter()
                    .copied()
                    .find(|p| line.contains(p))
                    .or_else(|| kinds.iter().map(String::as_str).find(|k| line.contains(k)));
                if let Some(hit) = hit {
                    found.push(format!("{}:{}: {hit}", path.display(), no + 1));
                }
            }
        }
        assert!(
            found.is_empty(),
            "node kinds or field names as strings (use kind::… and fields::…):\n{}",
            found.join("\n")
        );
    }

    #[test]
    fn kinds_match_parsed_nodes() {
        use crate::fields::NodeKind;
        let tree = crate::source::parse(b"package p\nfunc f() { x := g(1) }\n");
        let func = tree.root_node().named_child(1).expect("func");
        assert_eq!(func.kind_name(), FUNCTION_DECLARATION);
        assert_eq!(Some(func.kind_id()), id(FUNCTION_DECLARATION));
        assert_eq!(id("no_such_kind"), None);
    }
}
