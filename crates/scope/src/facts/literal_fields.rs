//! P8 FieldLit and P9 IndexLit (SPEC §3.0.4): a spawned `v.f` or `v[k]` judged by the
//! function literal at `f` or `k` of the composite literal assigned to `v`.

use goroutinectx_scanner::fields::NodeKind;
use goroutinectx_scanner::kind;

use tree_sitter::Node;

use crate::model::BindingId;
use crate::semantics::Semantics;

use super::children;

impl<'a, 't> Semantics<'a, 't> {
    /// P8 FieldLit (SPEC §3.0.4): whether `v.f`, where `v` was assigned a keyed composite
    /// literal with `f: func…`, is a literal that mentions a context (anything else passes).
    pub fn field_literal_uses_ctx(&self, sel: Node<'_>) -> bool {
        let (Some(operand), Some(field)) = (
            sel.child_by_field_id(goroutinectx_scanner::fields::operand()),
            sel.child_by_field_id(goroutinectx_scanner::fields::field()),
        ) else {
            return true;
        };
        let fname = self.text(field);
        // The variable's assignments are read in the file that declares it.
        match self.variable_of(operand) {
            Some(var) => self.field_literal_of(var, fname),
            None => self
                .in_declaring_file(operand, &|other, var| other.field_literal_of(var, fname))
                .unwrap_or(true),
        }
    }

    /// P8 for the variable `var` of this file and the field named `fname`.
    fn field_literal_of(&self, var: BindingId, fname: &str) -> bool {
        let lits = self.assignments_to(var, |v| v.kind_name() == kind::COMPOSITE_LITERAL);
        for a in lits {
            let Some(body) = a
                .value
                .child_by_field_id(goroutinectx_scanner::fields::body())
            else {
                continue;
            };
            // A package-level initialiser left out of the tree: judged from a whole parse.
            if self.literal_left_out(body) {
                return true;
            }
            for el in children(body) {
                if el.kind_name() != kind::KEYED_ELEMENT {
                    continue;
                }
                let (Some(k), Some(v)) = (keyed_part(el, 0), keyed_part(el, 1)) else {
                    continue;
                };
                if self.text(k) == fname && v.kind_name() == kind::FUNC_LITERAL {
                    return self.mentions_ctx(v);
                }
            }
        }
        true
    }

    /// P9 IndexLit (SPEC §3.0.4): whether `v[k]` with a literal index is a literal that
    /// mentions a context (anything else passes).
    pub fn index_literal_uses_ctx(&self, index_expr: Node<'_>) -> bool {
        let (Some(operand), Some(index)) = (
            index_expr.child_by_field_id(goroutinectx_scanner::fields::operand()),
            index_expr.child_by_field_id(goroutinectx_scanner::fields::index()),
        ) else {
            return true;
        };
        let key_text = self.text(index);
        let by_position = match index.kind_name() {
            kind::INT_LITERAL => {
                let digits: String = key_text
                    .chars()
                    .take_while(|c| c.is_ascii_digit())
                    .collect();
                match digits.parse::<usize>() {
                    Ok(n) => Some(n),
                    Err(_) => return true,
                }
            }
            kind::INTERPRETED_STRING_LITERAL | kind::RAW_STRING_LITERAL => None,
            _ => return true,
        };
        let key = key_text.trim_matches('"');
        // The variable's assignments are read in the file that declares it.
        match self.variable_of(operand) {
            Some(var) => self.index_literal_of(var, by_position, key),
            None => self
                .in_declaring_file(operand, &|other, var| {
                    other.index_literal_of(var, by_position, key)
                })
                .unwrap_or(true),
        }
    }

    /// P9 for the variable `var` of this file and the element at position `by_position`, or
    /// else at the string key `key` (unquoted).
    fn index_literal_of(&self, var: BindingId, by_position: Option<usize>, key: &str) -> bool {
        let lits = self.assignments_to(var, |v| v.kind_name() == kind::COMPOSITE_LITERAL);
        for a in lits {
            let Some(body) = a
                .value
                .child_by_field_id(goroutinectx_scanner::fields::body())
            else {
                continue;
            };
            // A package-level initialiser left out of the tree: judged from a whole parse.
            if self.literal_left_out(body) {
                return true;
            }
            let elements = children(body);
            let found = match by_position {
                Some(n) => elements.get(n).and_then(|el| {
                    (el.kind_name() == kind::LITERAL_ELEMENT)
                        .then(|| el.named_child(0))
                        .flatten()
                        .filter(|v| v.kind_name() == kind::FUNC_LITERAL)
                }),
                None => {
                    let want = key;
                    elements.iter().find_map(|el| {
                        if el.kind_name() != kind::KEYED_ELEMENT {
                            return None;
                        }
                        let k = keyed_part(*el, 0)?;
                        let v = keyed_part(*el, 1)?;
                        (matches!(
                            k.kind_name(),
                            kind::INTERPRETED_STRING_LITERAL | kind::RAW_STRING_LITERAL
                        ) && self.text(k).trim_matches('"') == want
                            && v.kind_name() == kind::FUNC_LITERAL)
                            .then_some(v)
                    })
                }
            };
            if let Some(lit) = found {
                return self.mentions_ctx(lit);
            }
        }
        true
    }
}

/// The key (0) or value (1) node of a keyed element, unwrapping `literal_element`.
pub fn keyed_part(el: Node<'_>, i: usize) -> Option<Node<'_>> {
    let part = children(el).get(i).copied()?;
    if part.kind_name() == kind::LITERAL_ELEMENT {
        part.named_child(0)
    } else {
        Some(part)
    }
}
