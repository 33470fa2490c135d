//! The Go grammar's field ids, each resolved once.
//!
//! `Node::child_by_field_name` looks the name up among the grammar's field names on every call
//! (a linear scan of string compares); on hot paths that costs more than the child lookup
//! itself. `node.child_by_field_id(fields::body())` asks for the same child with an id cached
//! in a once-cell per field, and `node.children_by_field_id(fields::nonzero(fields::name()),
//! &mut cursor)` for all of them. No code looks a field up by name (the test
//! `kind::tests::no_kind_or_field_string_outside_the_tables` checks).

use std::num::NonZeroU16;
use std::sync::OnceLock;

/// The id of field `name` in the grammar (0, which matches no child, if there is none).
fn id_of(name: &str) -> u16 {
    crate::source::language()
        .field_id_for_name(name)
        .map_or(0, |id| id.get())
}

macro_rules! fields {
    ($($name:ident),* $(,)?) => {
        $(
            #[doc = concat!("The id of the `", stringify!($name), "` field.")]
            pub fn $name() -> u16 {
                static ID: OnceLock<u16> = OnceLock::new();
                *ID.get_or_init(|| id_of(stringify!($name).trim_start_matches("r#")))
            }
        )*
    };
}

fields!(
    alias,
    alternative,
    arguments,
    body,
    communication,
    condition,
    consequence,
    element,
    field,
    function,
    index,
    initializer,
    key,
    left,
    name,
    operand,
    operator,
    package,
    parameters,
    receiver,
    result,
    right,
    r#type,
    type_arguments,
    type_parameters,
    value,
);

/// A field id as `Node::children_by_field_id` takes it (a `NonZeroU16`):
/// `node.children_by_field_id(fields::nonzero(fields::name()), &mut cursor)`. An id of 0 (a
/// field the grammar lacks, which the tests rule out) becomes an id no child has, so the
/// iteration is empty, as `children_by_field_name` would be.
pub fn nonzero(id: u16) -> NonZeroU16 {
    NonZeroU16::new(id).unwrap_or(NonZeroU16::MAX)
}

/// Node kinds by kind id, read from the grammar once.
fn kind_names() -> &'static [&'static str] {
    static NAMES: OnceLock<Vec<&'static str>> = OnceLock::new();
    NAMES.get_or_init(|| {
        let lang = crate::source::language();
        (0..lang.node_kind_count())
            .map(|id| {
                u16::try_from(id)
                    .ok()
                    .and_then(|id| lang.node_kind_for_id(id))
                    .unwrap_or("")
            })
            .collect()
    })
}

/// `Node::kind` without its cost: tree-sitter's `kind()` measures and UTF-8-checks the C
/// string of the kind name on every call; this indexes a table by the node's kind id.
pub trait NodeKind {
    /// The node's kind, as `Node::kind` returns it.
    fn kind_name(&self) -> &'static str;
}

impl NodeKind for tree_sitter::Node<'_> {
    fn kind_name(&self) -> &'static str {
        kind_names()
            .get(usize::from(self.kind_id()))
            .copied()
            .unwrap_or("")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_field_exists_in_the_grammar() {
        for id in [
            alias(),
            alternative(),
            arguments(),
            body(),
            communication(),
            condition(),
            consequence(),
            element(),
            field(),
            function(),
            index(),
            initializer(),
            key(),
            left(),
            name(),
            operand(),
            operator(),
            package(),
            parameters(),
            receiver(),
            result(),
            right(),
            r#type(),
            type_arguments(),
            type_parameters(),
            value(),
        ] {
            assert_ne!(id, 0);
        }
        let tree = crate::source::parse(b"package p\nfunc f() { g(1) }\n");
        let func = tree.root_node().named_child(1).expect("func");
        assert_eq!(
            func.child_by_field_id(body()).map(|n| n.kind()),
            func.child_by_field_name("body").map(|n| n.kind())
        );
        assert_eq!(
            func.child_by_field_id(name()).map(|n| n.kind()),
            Some("identifier")
        );
        let mut c = func.walk();
        assert_eq!(
            func.children_by_field_id(nonzero(name()), &mut c)
                .map(|n| n.kind())
                .collect::<Vec<_>>(),
            ["identifier"]
        );
        assert_eq!(func.children_by_field_id(nonzero(0), &mut c).count(), 0);
    }
}
