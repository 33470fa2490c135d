//! Differential test of the lexical function-body scan (`decls::func_bodies`) against
//! tree-sitter, on the installed Go source tree (skipped when no GOROOT is found): on every
//! file that parses, the lexical bodies are exactly the parsed declarations' bodies, and a
//! parse with them emptied is clean and keeps every declaration.

use goroutinectx_scanner::fields::NodeKind;
use goroutinectx_scanner::{kind, GoEnv, SourceFile};

use goroutinectx_testkit::go_files;

/// (start of `func`, body range) of every top-level declaration with a body, the line and
/// column of the body's end (tree-sitter's points, which a parse that skips text must keep),
/// and the count of top-level declarations of any kind.
fn parsed_bodies(tree: &tree_sitter::Tree) -> (Vec<Body>, usize) {
    let root = tree.root_node();
    let mut c = root.walk();
    let mut bodies = Vec::new();
    let mut decls = 0;
    for n in root.named_children(&mut c) {
        if n.kind_name() == kind::COMMENT {
            continue;
        }
        decls += 1;
        if matches!(
            n.kind_name(),
            kind::FUNCTION_DECLARATION | kind::METHOD_DECLARATION
        ) {
            if let Some(b) = n.child_by_field_id(goroutinectx_scanner::fields::body()) {
                let end = b.end_position();
                bodies.push((
                    (n.start_byte(), b.start_byte(), b.end_byte()),
                    (end.row, end.column),
                ));
            }
        }
    }
    (bodies, decls)
}

type Body = ((usize, usize, usize), (usize, usize));

/// Whether every top-level declaration's body has no statement.
fn blocks_empty(tree: &tree_sitter::Tree) -> bool {
    let root = tree.root_node();
    let mut c = root.walk();
    let decls: Vec<_> = root.named_children(&mut c).collect();
    decls.iter().all(|n| {
        n.child_by_field_id(goroutinectx_scanner::fields::body())
            .is_none_or(|b| b.named_child_count() == 0)
    })
}

#[test]
fn lexical_bodies_match_the_parse_on_the_go_tree() {
    let Some(src) = GoEnv::from_process().goroot_src() else {
        eprintln!("skipped: no GOROOT");
        return;
    };
    let mut checked = 0;
    let mut mismatches = Vec::new();
    // Every second file keeps the test quick; the selection is deterministic.
    for path in go_files(src).into_iter().step_by(2) {
        let Ok(bytes) = std::fs::read(&path) else {
            continue;
        };
        let file = SourceFile::new(path.clone(), bytes);
        let tree = file.parse();
        if file.syntax_error(&tree).is_some() {
            continue;
        }
        checked += 1;
        let (want, decls) = parsed_bodies(&tree);
        let Some(lexical) = file.func_bodies() else {
            mismatches.push(format!("{}: no lexical bodies", path.display()));
            continue;
        };
        let got: Vec<(usize, usize, usize)> =
            lexical.iter().map(|b| (b.func, b.open, b.end)).collect();
        let want_spans: Vec<(usize, usize, usize)> = want.iter().map(|b| b.0).collect();
        if got != want_spans {
            let first = got.iter().zip(&want_spans).find(|(a, b)| a != b);
            mismatches.push(format!("{}: first difference {first:?}", path.display()));
            continue;
        }
        // Every body emptied: no error, the same declarations, each body an empty block at
        // its own offsets.
        let excluded: Vec<(usize, usize)> = lexical.iter().map(|b| (b.open, b.end)).collect();
        let elided = file.parse_without(&excluded);
        let (left, elided_decls) = parsed_bodies(&elided);
        let empty = blocks_empty(&elided);
        if elided.root_node().has_error() || left != want || !empty || elided_decls != decls {
            mismatches.push(format!(
                "{}: emptied: error {}, same bodies {}, all empty {empty}, {elided_decls} of {decls} declarations",
                path.display(),
                elided.root_node().has_error(),
                left == want,
            ));
        }
    }
    assert!(checked > 1000, "only {checked} files checked");
    assert!(
        mismatches.is_empty(),
        "{} of {checked} files differ:\n{}",
        mismatches.len(),
        mismatches[..mismatches.len().min(20)].join("\n")
    );
}
