//! Every file of the installed Go's `std` and `cmd` packages parses without an ERROR or
//! MISSING node with our grammar (skipped when no Go toolchain is found).

use goroutinectx_scanner::source::first_error_node;
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
    for t in &expansion.targets {
        let dir = ws.load(&t.location);
        for unit in [&dir.package, &dir.xtest].into_iter().flatten() {
            for f in &unit.files {
                files += 1;
                let tree = f.parse();
                if let Some(node) = first_error_node(tree.root_node()) {
                    let pos = f.position(node.start_byte());
                    broken.push(format!("{}:{}:{}", f.path.display(), pos.line, pos.column));
                }
            }
        }
    }
    assert!(files > 3000, "only {files} files");
    assert!(
        broken.is_empty(),
        "{} files with errors: {broken:?}",
        broken.len()
    );
}
