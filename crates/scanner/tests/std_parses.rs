//! Every file of the installed Go's `std` and `cmd` packages parses without an ERROR or
//! MISSING node with our grammar (skipped when no Go toolchain is found).

use goroutinectx_scanner::source::{
    first_error_node, parse_bounded, PARSE_BUDGET_BASE, PARSE_BUDGET_PER_KIB,
};
use goroutinectx_scanner::{GoEnv, Workspace};

#[test]
fn std_and_cmd_parse_without_errors() {
    let env = GoEnv::from_process();
    let Some(src) = env.goroot_src() else {
        eprintln!("skipped: no GOROOT");
        return;
    };
    let ws = Workspace::new(env, src);
    let expansion = ws.expand(&["std".to_string(), "cmd".to_string()]);
    let mut files = 0;
    let mut broken = Vec::new();
    let (mut max_per_kib, mut max_share) = (0usize, 0f64);
    for t in &expansion.targets {
        let dir = ws.load(&t.location);
        for unit in [&dir.package, &dir.xtest].into_iter().flatten() {
            for f in &unit.files {
                files += 1;
                let parsed = parse_bounded(&f.src);
                assert!(!parsed.too_complex, "{}", f.path.display());
                // Work per KiB, and the share of the budget used.
                let per_kib = parsed.work * 1024 / f.src.len().max(1);
                let budget = PARSE_BUDGET_BASE + f.src.len() / 1024 * PARSE_BUDGET_PER_KIB;
                max_per_kib = max_per_kib.max(per_kib);
                max_share = max_share.max(parsed.work as f64 / budget as f64);
                let tree = parsed.tree;
                if let Some(node) = first_error_node(tree.root_node()) {
                    let pos = f.position(node.start_byte());
                    broken.push(format!("{}:{}:{}", f.path.display(), pos.line, pos.column));
                }
            }
        }
    }
    assert!(files > 3000, "only {files} files");
    // The parse budget leaves real code a wide margin.
    eprintln!("parse work: at most {max_per_kib} reports per KiB; {max_share:.4} of the budget");
    assert!(max_share < 0.05, "{max_share}");
    assert!(
        broken.is_empty(),
        "{} files with errors: {broken:?}",
        broken.len()
    );
}
