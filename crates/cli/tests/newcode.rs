//! New-code-only runs on a git repository made in the test: `-new-from-rev` keeps the
//! diagnostics on lines changed since a revision and in untracked files; `-new-from-patch`
//! those on lines a unified diff adds. Skipped when git is not installed.

use std::path::Path;
use std::process::Command;

use goroutinectx::{run, Outcome};

fn git(dir: &Path, args: &[&str]) -> bool {
    Command::new("git")
        .args(args)
        .current_dir(dir)
        .env("GIT_AUTHOR_NAME", "t")
        .env("GIT_AUTHOR_EMAIL", "t@example.com")
        .env("GIT_COMMITTER_NAME", "t")
        .env("GIT_COMMITTER_EMAIL", "t@example.com")
        .output()
        .is_ok_and(|o| o.status.success())
}

fn run_in(dir: &Path, args: &[&str]) -> Outcome {
    let env = goroutinectx_testkit::isolated_env();
    let args: Vec<String> = args.iter().map(|a| a.to_string()).collect();
    run(&args, dir.to_path_buf(), env)
}

const OLD: &str =
    "package p\n\nimport \"context\"\n\nfunc Old(ctx context.Context) {\n\tgo func() {}()\n}\n";

#[test]
fn only_new_lines_are_reported() {
    let tmp = tempfile::tempdir().unwrap();
    let repo = tmp.path();
    if !git(repo, &["init", "-q"]) {
        eprintln!("skipped: git is not available");
        return;
    }
    std::fs::write(repo.join("go.mod"), "module example.com/r\n\ngo 1.22\n").unwrap();
    std::fs::create_dir_all(repo.join("p")).unwrap();
    std::fs::write(repo.join("p/old.go"), OLD).unwrap();
    assert!(git(repo, &["add", "."]) && git(repo, &["commit", "-q", "-m", "old"]));

    // A changed line in a tracked file, and an untracked file.
    let changed = OLD.replace(
        "\tgo func() {}()\n}\n",
        "\tgo func() {}()\n\tgo func() { _ = 1 }()\n}\n",
    );
    std::fs::write(repo.join("p/old.go"), changed).unwrap();
    std::fs::write(
        repo.join("p/new.go"),
        "package p\n\nimport \"context\"\n\nfunc New(ctx context.Context) {\n\tgo func() {}()\n}\n",
    )
    .unwrap();

    let all = run_in(repo, &["./..."]);
    assert_eq!(all.stderr.lines().count(), 3, "{all:#?}");
    let new = run_in(repo, &["-new-from-rev=HEAD", "./..."]);
    assert_eq!(
        new.stderr,
        "p/new.go:6:2: goroutine does not propagate context \"ctx\"\n\
         p/old.go:7:2: goroutine does not propagate context \"ctx\"\n",
        "{new:#?}"
    );
    assert_eq!(new.code, 3);

    // Nothing changed since the working tree's own state: a clean run.
    assert!(git(repo, &["add", "."]) && git(repo, &["commit", "-q", "-m", "new"]));
    let none = run_in(repo, &["-new-from-rev=HEAD", "./..."]);
    assert_eq!((none.code, none.stderr.as_str()), (0, ""), "{none:#?}");

    // The same through a patch file.
    let patch = "--- a/p/old.go\n+++ b/p/old.go\n@@ -6,0 +7 @@\n+\tgo func() { _ = 1 }()\n";
    std::fs::write(repo.join("change.patch"), patch).unwrap();
    let from_patch = run_in(repo, &["-new-from-patch=change.patch", "./..."]);
    assert_eq!(
        from_patch.stderr, "p/old.go:7:2: goroutine does not propagate context \"ctx\"\n",
        "{from_patch:#?}"
    );

    // A revision git does not know is an error, before any analysis.
    let bad = run_in(repo, &["-new-from-rev=no-such-rev", "./..."]);
    assert_eq!(bad.code, 1, "{bad:#?}");
    assert!(
        bad.stderr
            .starts_with("goroutinectx: -new-from-rev: git diff"),
        "{bad:#?}"
    );
    let missing = run_in(repo, &["-new-from-patch=missing.patch", "./..."]);
    assert_eq!(missing.code, 1, "{missing:#?}");
}
