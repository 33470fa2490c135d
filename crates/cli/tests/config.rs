//! `.goroutinectx.toml`: found from the working directory up to the module root, its settings
//! apply, flags override them, `exclude` drops reports, errors name file, line and key, and
//! `-print-config` tells flag, file and default apart.

use std::path::Path;

use goroutinectx::{run, Outcome};

fn run_in(dir: &Path, args: &[&str]) -> Outcome {
    let env = goroutinectx_testkit::isolated_env();
    let args: Vec<String> = args.iter().map(|a| a.to_string()).collect();
    run(&args, dir.to_path_buf(), env)
}

const SRC: &str =
    "package PKG\n\nimport \"context\"\n\nfunc F(ctx context.Context) {\n\tgo func() {}()\n}\n";

fn module() -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    let m = tmp.path();
    std::fs::write(m.join("go.mod"), "module example.com/c\n\ngo 1.22\n").unwrap();
    for pkg in ["a", "gen"] {
        std::fs::create_dir_all(m.join(pkg)).unwrap();
        std::fs::write(m.join(pkg).join("x.go"), SRC.replace("PKG", pkg)).unwrap();
    }
    tmp
}

#[test]
fn settings_apply_and_flags_override() {
    let tmp = module();
    let m = tmp.path();
    std::fs::write(
        m.join(".goroutinectx.toml"),
        "# team settings\ngoroutine = false\nexclude = [\"gen/**\"]\n",
    )
    .unwrap();
    // From a subdirectory: the file at the module root is found.
    let quiet = run_in(&m.join("a"), &["./..."]);
    assert_eq!((quiet.code, quiet.stderr.as_str()), (0, ""), "{quiet:#?}");
    let flag = run_in(m, &["-goroutine=true", "./..."]);
    assert_eq!(
        (flag.code, flag.stderr.as_str()),
        (
            3,
            "a/x.go:6:2: goroutine does not propagate context \"ctx\"\n"
        ),
        "{flag:#?}"
    );
    // -config= reads no file.
    let none = run_in(m, &["-config=", "./..."]);
    assert_eq!(none.stderr.lines().count(), 2, "{none:#?}");

    let printed = run_in(m, &["-print-config", "-test=false"]);
    assert_eq!(printed.code, 0);
    let file = m.join(".goroutinectx.toml").display().to_string();
    for line in [
        format!("goroutine = false  # {file}:2"),
        "test = false  # flag".to_string(),
        "errgroup = true  # default".to_string(),
        format!("exclude = [\"gen/**\"]  # {file}"),
    ] {
        assert!(
            printed.stdout.contains(&line),
            "{line:?} in\n{}",
            printed.stdout
        );
    }
}

#[test]
fn bad_files_are_usage_errors() {
    let tmp = module();
    let m = tmp.path();
    let file = m.join(".goroutinectx.toml");
    for (text, want) in [
        (
            "test = true\nunknown-key = 1\n",
            ":2: unknown-key: unknown key",
        ),
        (
            "\n\ngoroutine-deriver = 3\n",
            ":3: goroutine-deriver: expected a string or a list of strings",
        ),
        (
            "format = \"xml\"\n",
            ":1: format: invalid value \"xml\" for flag -format",
        ),
        ("test = [\n", ":"),
    ] {
        std::fs::write(&file, text).unwrap();
        let o = run_in(m, &["./..."]);
        assert_eq!(o.code, 2, "{text:?}: {o:#?}");
        assert!(
            o.stderr
                .starts_with(&format!("goroutinectx: {}{want}", file.display())),
            "{text:?}: {}",
            o.stderr
        );
    }
    // A file above the module root is not read.
    std::fs::remove_file(&file).unwrap();
    let sub = m.join("inner");
    std::fs::create_dir_all(sub.join("p")).unwrap();
    std::fs::write(sub.join("go.mod"), "module example.com/inner\n\ngo 1.22\n").unwrap();
    std::fs::write(sub.join("p/x.go"), SRC.replace("PKG", "p")).unwrap();
    std::fs::write(&file, "goroutine = false\n").unwrap();
    let o = run_in(&sub, &["./..."]);
    assert_eq!(o.code, 3, "{o:#?}");
}

/// `-print-config`'s sources: `flag` is clap's value source of the command line alone (even
/// for a value equal to the default, and in any Go spelling), the file's entries name their
/// line, the rest is `default`; values are printed as TOML, numbers parsed.
#[test]
fn print_config_tells_flag_file_and_default_apart() {
    let tmp = module();
    let m = tmp.path();
    let file = m.join(".goroutinectx.toml");
    std::fs::write(&file, "c = 2\nformat = \"sarif\"\ntest = false\n").unwrap();
    let o = run_in(
        m,
        &["-print-config", "--c", "0x10", "-test=true", "-spawner"],
    );
    assert_eq!((o.code, o.stderr.as_str()), (0, ""), "{o:#?}");
    let file = file.display().to_string();
    for line in [
        "c = 16  # flag".to_string(),
        "test = true  # flag".to_string(),
        "spawner = true  # flag".to_string(),
        format!("format = \"sarif\"  # {file}:2"),
        "max-file-size = 67108864  # default".to_string(),
        "goroutine-deriver = \"\"  # default".to_string(),
    ] {
        assert!(
            o.stdout.contains(&format!("\n{line}\n")),
            "{line:?} in\n{}",
            o.stdout
        );
    }
    // Without a file, flags and defaults only.
    let none = run_in(m, &["-config=", "-print-config", "-format=github"]);
    assert!(none.stdout.contains("# configuration file: none\n"));
    assert!(none.stdout.contains("\nformat = \"github\"  # flag\n"));
    assert!(none.stdout.contains("\nc = -1  # default\n"));
}
