//! Shared harness of the fuzz targets.
//!
//! Once per process, [`Harness::get`] copies the repository's `testdata/src` tree (fixtures and
//! their stub dependencies) to a scratch directory (on `/dev/shm` when there is one) and adds a
//! package `fuzzpkg` whose companion file declares context-taking functions, a spawner and
//! uses of the stubbed spawning APIs. The Go environment is GOPATH mode over that copy, with
//! no GOROOT (the standard library comes from the analyzer's embedded stubs).
//!
//! * [`Harness::run_bytes`] writes arbitrary bytes as `fuzzpkg/fuzz.go` and analyses the
//!   package (target `analyze_bytes`).
//! * [`Harness::run_mutated`] lets the input drive structure-aware edits ([`mutate`]) of one
//!   fixture file chosen by the input, writes the result over that file in the copy, analyses
//!   the fixture's package with the fixture's `flags.txt`, and restores the file (target
//!   `analyze_mutated`).
//!
//! A panic anywhere aborts (libFuzzer's panic hook); a panic the driver catches and turns
//! into an "internal error" problem is re-raised here, so it counts as a crash too.

pub mod mutate;
pub mod tree;

pub use tree::package_name;
use tree::copy_tree;

use std::collections::HashMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use goroutinectx_analyzer::registry::CheckerFlags;
use goroutinectx_analyzer::{analyze_files, Config, FileUnit, Report, RunOptions};
use goroutinectx_scanner::GoEnv;

/// The largest input analysed; longer inputs are truncated (a file costs ~60x its size).
pub const MAX_LEN: usize = 64 * 1024;

/// One fixture file the mutating target can start from.
pub struct Fixture {
    /// Path relative to `src/`, e.g. `goroutine/basic.go`.
    pub rel: String,
    pub content: Vec<u8>,
    /// Flags of the fixture's `flags.txt`.
    pub config: Config,
    /// The other files of its package (same directory, same package clause), relative to `src/`.
    pub siblings: Vec<String>,
}

pub struct Harness {
    src: PathBuf,
    opts: RunOptions,
    pub fixtures: Vec<Fixture>,
}

/// The repository's `testdata` directory.
pub fn testdata() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../testdata")
}

/// The companion file of `fuzzpkg`, after its package clause (shared with the regression test).
const COMPANION: &str = include_str!("../companion.go.in");

/// Scratch directories of processes that no longer run.
fn remove_stale(base: &Path) {
    let Ok(entries) = fs::read_dir(base) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().to_string();
        if let Some(pid) = name.strip_prefix("goroutinectx-fuzz-") {
            if !Path::new("/proc").join(pid).exists() {
                let _ = fs::remove_dir_all(entry.path());
            }
        }
    }
}

/// A config with every checker on (spawnerlabel too), a deriver, carriers and external spawners.
pub fn full_config() -> Config {
    let mut config = Config::default();
    let mut checks = CheckerFlags::default();
    for c in goroutinectx_analyzer::registry::CHECKERS {
        checks.set(c.id, true);
    }
    config.checks = checks;
    config.goroutine_deriver = "github.com/example/apm.NewGoroutineContext".into();
    config.context_carriers = "github.com/labstack/echo.Context".into();
    config.external_spawner =
        "github.com/example/workers.Submit,github.com/example/workers.Pool.Go".into();
    config
}

/// The config a fixture's `flags.txt` asks for (the fixture runner's syntax).
pub fn parse_flags(text: &str) -> Config {
    let mut config = Config::default();
    for word in text
        .lines()
        .map(|l| l.split('#').next().unwrap_or(""))
        .flat_map(str::split_whitespace)
    {
        let word = word.trim_start_matches('-');
        let (name, value) = word.split_once('=').unwrap_or((word, "true"));
        match name {
            "goroutine-deriver" => config.goroutine_deriver = value.into(),
            "context-carriers" => config.context_carriers = value.into(),
            "external-spawner" => config.external_spawner = value.into(),
            "cross-package-spawners" => config.cross_package_spawners = value == "true",
            _ => {
                if let Some(id) = CheckerFlags::by_flag(name) {
                    config.checks.set(id, value == "true");
                }
            }
        }
    }
    config
}

fn fixtures(src: &Path) -> Vec<Fixture> {
    let mut out = Vec::new();
    let mut tops: Vec<_> = fs::read_dir(src)
        .unwrap()
        .flatten()
        .filter(|e| e.file_type().unwrap().is_dir())
        .map(|e| e.file_name().to_string_lossy().to_string())
        .filter(|n| !n.contains('.'))
        .collect();
    tops.sort();
    for top in tops {
        let flags = fs::read_to_string(src.join(&top).join("flags.txt")).unwrap_or_default();
        let config = parse_flags(&flags);
        let mut dirs = vec![src.join(&top)];
        while let Some(dir) = dirs.pop() {
            let mut files: Vec<(String, Vec<u8>)> = Vec::new();
            let mut entries: Vec<_> = fs::read_dir(&dir).unwrap().flatten().collect();
            entries.sort_by_key(|e| e.file_name());
            for e in entries {
                if e.file_type().unwrap().is_dir() {
                    dirs.push(e.path());
                } else if e.file_name().to_string_lossy().ends_with(".go") {
                    let rel = e
                        .path()
                        .strip_prefix(src)
                        .unwrap()
                        .to_string_lossy()
                        .to_string();
                    files.push((rel, fs::read(e.path()).unwrap()));
                }
            }
            for (rel, content) in &files {
                let name = package_name(content);
                let siblings = files
                    .iter()
                    .filter(|(r, c)| r != rel && package_name(c) == name)
                    .map(|(r, _)| r.clone())
                    .collect();
                out.push(Fixture {
                    rel: rel.clone(),
                    content: content.clone(),
                    config: config.clone(),
                    siblings,
                });
            }
        }
    }
    out.sort_by(|a, b| a.rel.cmp(&b.rel));
    out
}

/// Fails (panics) if the driver caught a panic and reported it as a problem.
pub fn check(report: &Report) {
    for p in &report.problems {
        assert!(
            !p.message.contains("internal error"),
            "the analyzer caught a panic: {}",
            p.message
        );
    }
}

impl Harness {
    pub fn get() -> &'static Harness {
        static HARNESS: OnceLock<Harness> = OnceLock::new();
        HARNESS.get_or_init(Harness::new)
    }

    fn new() -> Harness {
        // One thread per fuzz process: the machine runs several.
        let _ = rayon::ThreadPoolBuilder::new()
            .num_threads(1)
            .build_global();
        let base = if Path::new("/dev/shm").is_dir() {
            PathBuf::from("/dev/shm")
        } else {
            std::env::temp_dir()
        };
        remove_stale(&base);
        let root = base.join(format!("goroutinectx-fuzz-{}", std::process::id()));
        let _ = fs::remove_dir_all(&root);
        let src = root.join("src");
        copy_tree(&testdata().join("src"), &src);
        fs::create_dir_all(src.join("fuzzpkg")).unwrap();
        let vars: HashMap<&str, String> = [
            ("GOPATH", root.display().to_string()),
            ("GO111MODULE", "off".to_string()),
        ]
        .into();
        let mut env = GoEnv::from_vars(|k| vars.get(k).cloned());
        env.goroot = None;
        let opts = RunOptions {
            patterns: vec![],
            cwd: src.clone(),
            env,
        };
        let fixtures = fixtures(&src);
        Harness {
            src,
            opts,
            fixtures,
        }
    }

    /// Analyses `data` as `fuzzpkg/fuzz.go`, beside a companion file of the same package.
    pub fn run_bytes(&self, data: &[u8]) -> Report {
        let data = &data[..data.len().min(MAX_LEN)];
        let dir = self.src.join("fuzzpkg");
        let name = package_name(data).unwrap_or_else(|| "fuzzpkg".into());
        fs::write(dir.join("ctx.go"), format!("package {name}\n{COMPANION}")).unwrap();
        fs::write(dir.join("fuzz.go"), data).unwrap();
        let mut config = full_config();
        config.no_prefilter = data.len() % 2 == 1;
        let unit = FileUnit {
            dir: dir.clone(),
            import_path: "fuzzpkg".into(),
            files: vec![dir.join("ctx.go"), dir.join("fuzz.go")],
        };
        let report = analyze_files(&config, &self.opts, &unit);
        check(&report);
        report
    }

    /// The fixture and file content `data` selects and edits (see [`mutate::apply`]).
    pub fn materialize(&self, data: &[u8]) -> (usize, Config, Vec<u8>) {
        let pick = |i: usize| data.get(i).copied().unwrap_or(0) as usize;
        let index = (pick(0) | pick(1) << 8) % self.fixtures.len();
        let variant = pick(2);
        let fixture = &self.fixtures[index];
        let mut config = fixture.config.clone();
        if variant & 1 != 0 {
            config.checks.set(
                goroutinectx_analyzer::registry::CheckerId::SpawnerLabel,
                true,
            );
        }
        if variant & 2 != 0 && config.goroutine_deriver.is_empty() {
            config.goroutine_deriver = "github.com/example/apm.NewGoroutineContext".into();
        }
        config.no_prefilter = variant & 4 != 0;
        config.debug_unknown = variant & 8 != 0;
        let other = &self.fixtures[(pick(3) | pick(4) << 8) % self.fixtures.len()].content;
        let edits = data.get(5..).unwrap_or(&[]);
        let content = mutate::apply(&fixture.content, other, edits, MAX_LEN);
        (index, config, content)
    }

    /// Edits a fixture file as `data` says and analyses its package with its flags.
    pub fn run_mutated(&self, data: &[u8]) -> Report {
        let (index, config, content) = self.materialize(data);
        if let Some(path) = std::env::var_os("GOROUTINECTX_FUZZ_DUMP") {
            fs::write(path, &content).unwrap();
        }
        let fixture = &self.fixtures[index];
        let path = self.src.join(&fixture.rel);
        let dir = path.parent().unwrap().to_path_buf();
        let import_path = dir
            .strip_prefix(&self.src)
            .unwrap()
            .to_string_lossy()
            .to_string();
        let mut files = vec![path.clone()];
        files.extend(fixture.siblings.iter().map(|s| self.src.join(s)));
        fs::write(&path, &content).unwrap();
        let report = analyze_files(
            &config,
            &self.opts,
            &FileUnit {
                dir,
                import_path,
                files,
            },
        );
        fs::write(&path, &fixture.content).unwrap();
        check(&report);
        report
    }
}
