//! `go vet -vettool=goroutinectx`: the unitchecker protocol.
//!
//! `go vet` runs the tool once per package with a single argument, the path of a JSON unit
//! config (`….cfg`) describing exactly which files make the package (after build
//! constraints), and how imports map to packages. The tool:
//! - analyses exactly `GoFiles` (imports are resolved from the package's directory as in a
//!   normal run: sources, not the compiler's export data);
//! - prints diagnostics as `file:line:col: message` on stderr and exits 1 when there are any
//!   (with `-json`: the JSON tree under the config's `ID` on stdout, or in the `Stdout` file,
//!   and exit 0);
//! - in `VetxOnly` mode prints nothing (the package is only a dependency);
//! - always writes `VetxOutput`, the facts file `go vet` hands to the packages importing this
//!   one (`PackageVetx`): ours lists the package's `//goroutinectx:spawner` functions, and
//!   the dependencies' lists count as spawners here (as `-external-spawner` entries would),
//!   so cross-package spawners are known without reading the dependencies' sources;
//! - with `SucceedOnTypecheckFailure`, a file that does not parse makes the run succeed
//!   silently (the compiler reports it); otherwise it is an error.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use goroutinectx_analyzer::{analyze_files, Config, FileUnit, Report, RunOptions, Severity};
use std::sync::Arc;

use goroutinectx_scanner::index::PackageIndex;
use goroutinectx_scanner::{GoEnv, SourceFile};
use serde::{Deserialize, Serialize};

use crate::output;
use crate::Outcome;

/// The unit config `go vet` writes (cmd/go/internal/work's vetConfig), the fields we read.
#[derive(Debug, Default, Deserialize)]
#[serde(default, rename_all = "PascalCase")]
pub struct UnitConfig {
    #[serde(rename = "ID")]
    pub id: String,
    pub dir: String,
    pub import_path: String,
    pub go_files: Vec<String>,
    pub non_go_files: Vec<String>,
    pub import_map: BTreeMap<String, String>,
    pub package_file: BTreeMap<String, String>,
    pub package_vetx: BTreeMap<String, String>,
    pub vetx_only: bool,
    pub vetx_output: String,
    pub stdout: String,
    pub succeed_on_typecheck_failure: bool,
}

/// The facts this tool writes into `.vetx` files.
#[derive(Debug, Default, Serialize, Deserialize, PartialEq, Eq)]
pub struct Facts {
    /// Format version.
    pub goroutinectx: u32,
    /// The package's functions and methods marked `//goroutinectx:spawner`, as `Func` or
    /// `Type.Method`.
    pub spawners: Vec<String>,
}

/// Whether a command line is a unit-config invocation: one argument ending in `.cfg`.
pub fn is_unit_config(patterns: &[String]) -> bool {
    matches!(patterns, [one] if one.ends_with(".cfg"))
}

/// Runs the analysis for one unit config.
pub fn run(config: &Config, cfg_path: &Path, json: bool, env: GoEnv, cwd: PathBuf) -> Outcome {
    let mut out = Outcome::default();
    let fail = |message: String| Outcome {
        stderr: format!("goroutinectx: {message}\n"),
        code: 1,
        ..Outcome::default()
    };
    let cfg: UnitConfig = match std::fs::read(cfg_path) {
        Ok(bytes) => match serde_json::from_slice(&bytes) {
            Ok(cfg) => cfg,
            Err(e) => {
                return fail(format!(
                    "cannot decode JSON config file {}: {e}",
                    cfg_path.display()
                ))
            }
        },
        Err(e) => return fail(format!("cannot read {}: {e}", cfg_path.display())),
    };
    if cfg.go_files.is_empty() {
        return fail(format!("package has no files: {}", cfg.import_path));
    }
    let files: Vec<PathBuf> = cfg.go_files.iter().map(PathBuf::from).collect();
    let dir = if cfg.dir.is_empty() {
        files[0]
            .parent()
            .map(Path::to_path_buf)
            .unwrap_or_else(|| cwd.clone())
    } else {
        PathBuf::from(&cfg.dir)
    };
    let opts = RunOptions {
        patterns: Vec::new(),
        cwd: cwd.clone(),
        env,
    };
    let unit = FileUnit {
        dir,
        import_path: cfg.import_path.clone(),
        files: files.clone(),
    };
    // Every file must parse, as the reference's parser requires (the analysis itself parses
    // only the files that can matter).
    let mut syntax_errors = String::new();
    let max_file_size = opts.env.build.max_file_size;
    let sources: Vec<Arc<SourceFile>> = files
        .iter()
        .filter_map(
            |f| match goroutinectx_scanner::read::read_source(f, max_file_size) {
                Ok(src) => Some(Arc::new(SourceFile::new(f.clone(), src))),
                Err(message) => {
                    syntax_errors.push_str(&format!("{}: {message}\n", f.display()));
                    None
                }
            },
        )
        .collect();
    for file in &sources {
        let path = &file.path;
        let tree = file.parse();
        if let Some(err) = file.syntax_error(&tree) {
            let pos = file.position(err.offset);
            syntax_errors.push_str(&format!(
                "{}:{}:{}: {}\n",
                path.display(),
                pos.line,
                pos.column,
                err.message
            ));
        }
    }
    if !syntax_errors.is_empty() {
        if cfg.succeed_on_typecheck_failure {
            return out;
        }
        out.stderr = syntax_errors;
        out.code = 1;
        return out;
    }
    // Dependencies' facts: their spawner functions count as spawners here, as if named by
    // -external-spawner (unless -cross-package-spawners=false), so cross-package spawners
    // are known under go vet without the dependencies' sources.
    let mut config = config.clone();
    if config.cross_package_spawners {
        let mut specs: Vec<String> = Vec::new();
        for (path, vetx) in &cfg.package_vetx {
            let Ok(bytes) = std::fs::read(vetx) else {
                continue;
            };
            let Ok(facts) = serde_json::from_slice::<Facts>(&bytes) else {
                continue;
            };
            specs.extend(facts.spawners.iter().map(|s| format!("{path}.{s}")));
        }
        if !specs.is_empty() {
            if !config.external_spawner.trim().is_empty() {
                specs.insert(0, config.external_spawner.clone());
            }
            config.external_spawner = specs.join(",");
        }
    }
    let report = analyze_files(&config, &opts, &unit);
    if !cfg.vetx_output.is_empty() {
        let facts = Facts {
            goroutinectx: 1,
            spawners: spawners_of(&sources),
        };
        let text = serde_json::to_string(&facts).unwrap_or_default();
        if let Err(e) = std::fs::write(&cfg.vetx_output, text) {
            return fail(format!("failed to export analysis facts: {e}"));
        }
    }
    let errors: Vec<_> = report
        .problems
        .iter()
        .filter(|p| p.severity == Severity::Error)
        .collect();
    if !errors.is_empty() {
        if cfg.succeed_on_typecheck_failure {
            return out;
        }
        out.stderr = output::problems_text(
            &Report {
                problems: errors.into_iter().cloned().collect(),
                ..Report::default()
            },
            Path::new("/"),
        );
        out.code = 1;
        return out;
    }
    if cfg.vetx_only {
        return out;
    }
    if json {
        let text = output::json_for_id(&report, &cfg.id);
        if cfg.stdout.is_empty() {
            out.stdout = text;
        } else if let Err(e) = std::fs::write(&cfg.stdout, text) {
            return fail(format!("cannot write {}: {e}", cfg.stdout));
        }
        return out;
    }
    // Absolute paths, as go vet's own analyzers print them (go vet shortens them).
    out.stderr = output::diagnostics_text(&report, Path::new("/nonexistent"), -1);
    out.code = i32::from(!report.diagnostics.is_empty());
    out
}

/// The `//goroutinectx:spawner` functions and methods declared in `files`, from the
/// package index (the same reading of the directive as everywhere else). Methods of generic
/// types are left out: a directive never matches them at call sites (SPEC §11.11).
fn spawners_of(sources: &[Arc<SourceFile>]) -> Vec<String> {
    if !sources
        .iter()
        .any(|f| memchr_contains(&f.src, b"goroutinectx:spawner"))
    {
        return Vec::new();
    }
    let index = PackageIndex::build("", sources);
    let mut out: Vec<String> = index
        .funcs
        .values()
        .filter(|f| f.spawner)
        .map(|f| f.name.clone())
        .chain(index.methods.values().flatten().filter_map(|m| {
            let r = m.receiver.as_ref()?;
            (m.spawner && r.type_params.is_empty()).then(|| format!("{}.{}", r.type_name, m.name))
        }))
        .collect();
    out.sort();
    out.dedup();
    out
}

fn memchr_contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unit_config_invocations() {
        assert!(is_unit_config(&["/tmp/b001/vet.cfg".to_string()]));
        assert!(!is_unit_config(&["./...".to_string()]));
        assert!(!is_unit_config(&["a.cfg".to_string(), "b.cfg".to_string()]));
    }

    #[test]
    fn config_fields() {
        let cfg: UnitConfig = serde_json::from_str(
            r#"{"ID":"p [p.test]","Dir":"/d","ImportPath":"p","GoFiles":["/d/a.go"],"VetxOnly":true,"VetxOutput":"/t/vet.out","SucceedOnTypecheckFailure":true,"Unknown":1}"#,
        )
        .expect("decodes");
        assert_eq!(cfg.id, "p [p.test]");
        assert_eq!(cfg.go_files, ["/d/a.go"]);
        assert!(cfg.vetx_only && cfg.succeed_on_typecheck_failure);
    }
}
