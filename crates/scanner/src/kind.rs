//! The Go grammar's node kinds, as names the compiler checks.
//!
//! A misspelled kind string never matches a node, and since unknown means silent, a checker
//! comparing against one would go quiet without any error. Code outside the scanner names
//! kinds only through these constants (`kind::CALL_EXPRESSION`), and
//! `tests::every_kind_exists_in_the_grammar` resolves each against the grammar, so a kind
//! the grammar does not have fails the build's tests.
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
