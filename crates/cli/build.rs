//! Records the commit the binary is built from (for `-V=full` and `--version`): `git rev-parse
//! --short=12 HEAD` when the sources are a git checkout, `unknown` otherwise (a crates.io
//! package, a source archive).

use std::process::Command;

fn main() {
    let commit = Command::new("git")
        .args(["rev-parse", "--short=12", "HEAD"])
        .output()
        .ok()
        .filter(|o| o.status.success())
        .and_then(|o| String::from_utf8(o.stdout).ok())
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| "unknown".to_string());
    println!("cargo:rustc-env=GOROUTINECTX_COMMIT={commit}");
    // Rebuild when HEAD moves (a new commit or a checkout).
    for path in ["../../.git/HEAD", "../../.git/refs/heads"] {
        if std::path::Path::new(path).exists() {
            println!("cargo:rerun-if-changed={path}");
        }
    }
}
