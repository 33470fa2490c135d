//! The `goroutinectx` command: Go-style flags, output formats and exit codes (SPEC §8).
//!
//! [`run`] takes the arguments, the working directory and the Go environment, and returns the
//! exit code with what goes to stdout and stderr, so that tests can run the whole command
//! in-process.

pub mod config;
pub mod flags;
pub mod format;
pub mod newcode;
mod output;
pub mod vet;

use std::path::PathBuf;

use goroutinectx_analyzer::{analyze, list_files, load_only, Config, RunOptions};
use goroutinectx_scanner::buildctx::BuildContext;
use goroutinectx_scanner::GoEnv;

use flags::{Command, Format, Options};

/// What a run printed and how it ended.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Outcome {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

/// Hidden modes for benchmarks: they must not appear in `-h` or `-flags`.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Hidden {
    None,
    LoadOnly,
    ListFiles,
}

/// Runs the command with `args` (without `argv[0]`).
pub fn run(args: &[String], cwd: PathBuf, env: GoEnv) -> Outcome {
    let mut hidden = Hidden::None;
    let args: Vec<String> = args
        .iter()
        .filter(|a| match a.trim_start_matches('-') {
            "load-only" if a.starts_with('-') => {
                hidden = Hidden::LoadOnly;
                false
            }
            "list-files" if a.starts_with('-') => {
                hidden = Hidden::ListFiles;
                false
            }
            _ => true,
        })
        .cloned()
        .collect();
    let mut out = Outcome::default();
    let opts = match flags::parse(&args) {
        Ok(Command::Run(o)) => *o,
        Ok(Command::Help) => {
            out.stderr = flags::usage();
            return out;
        }
        Ok(Command::Version) => {
            out.stdout = version_line();
            return out;
        }
        Ok(Command::PrintFlags) => {
            out.stdout = flags::flags_json();
            return out;
        }
        Ok(Command::Completion(shell)) => {
            out.stdout = flags::completion::script(shell);
            return out;
        }
        Err(e) => {
            out.stderr = format!("{e}\n");
            if e.shows_usage() {
                out.stderr.push_str(&flags::usage());
            }
            out.code = e.exit_code();
            return out;
        }
    };
    // The configuration file's settings come first, so that flags override them.
    let config_path = match opts.config.as_deref() {
        Some("") => None,
        Some(path) => Some(cwd.join(path)),
        None => config::find(&cwd),
    };
    let config = match config_path.as_deref().map(config::load).transpose() {
        Ok(config) => config,
        Err(message) => {
            out.stderr = format!("goroutinectx: {message}\n");
            out.code = 2;
            return out;
        }
    };
    let opts = match &config {
        Some(c) if !c.entries.is_empty() => {
            let mut all = c.as_args();
            all.extend(args.iter().cloned());
            match flags::parse(&all) {
                Ok(Command::Run(merged)) => {
                    let mut merged = *merged;
                    // The merged parse sees the file's entries as flags: whether a setting
                    // came from a flag is what clap said of the command line alone.
                    for s in &mut merged.settings {
                        s.from_command_line =
                            opts.setting(s.name).is_some_and(|o| o.from_command_line);
                    }
                    merged
                }
                // The file's entries were each checked, and the command line alone parsed.
                _ => opts,
            }
        }
        _ => opts,
    };
    // Upstream's flags that do nothing here are accepted, and said to do nothing.
    let mut notes = String::new();
    for name in &opts.unsupported {
        notes.push_str(&format!(
            "goroutinectx: warning: -{name} is accepted for compatibility and does nothing here\n"
        ));
    }
    if opts.fix || opts.diff {
        notes.push_str(
            "goroutinectx: warning: -fix and -diff do nothing: no checker suggests fixes\n",
        );
    }
    let mut result = execute(opts, config, hidden, cwd, env);
    result.stderr.insert_str(0, &notes);
    result
}

/// Runs what the parsed command line (merged with the configuration file) asks for.
fn execute(
    opts: Options,
    config: Option<config::Config>,
    hidden: Hidden,
    cwd: PathBuf,
    mut env: GoEnv,
) -> Outcome {
    let mut out = Outcome::default();
    if opts.print_config {
        out.stdout = print_config(&opts, config.as_ref());
        return out;
    }
    if opts.patterns.is_empty() {
        out.stderr = flags::usage();
        out.code = 1;
        return out;
    }
    if vet::is_unit_config(&opts.patterns) {
        // go vet runs the tool once per package: a format that is one document per run
        // (SARIF, GitLab) cannot be assembled from its outputs, so only vet's own are offered.
        if !matches!(opts.format, Format::Text | Format::Json) {
            out.stderr = format!(
                "-format={} is not available under go vet (which prints text, or JSON with -json); run goroutinectx directly for it\n",
                opts.format
            );
            out.code = 2;
            return out;
        }
        env.build.max_file_size = opts.max_file_size;
        if opts.new_from_rev.is_some() || opts.new_from_patch.is_some() {
            // go vet passes the flag on (it is in -flags), but one package at a time
            // cannot tell new lines: say so rather than ignore it silently.
            let mut vetted = vet::run(
                &config_of(&opts),
                &cwd.join(&opts.patterns[0]),
                opts.format == Format::Json,
                env,
                cwd,
            );
            vetted.stderr.insert_str(
                0,
                "goroutinectx: warning: -new-from-rev and -new-from-patch have no effect under go vet; every diagnostic is reported\n",
            );
            return vetted;
        }
        return vet::run(
            &config_of(&opts),
            &cwd.join(&opts.patterns[0]),
            opts.format == Format::Json,
            env,
            cwd,
        );
    }
    if let Err(message) = apply_build_options(&opts, &mut env) {
        out.stderr = format!("{message}\n{}", flags::usage());
        out.code = 2;
        return out;
    }
    let run_opts = RunOptions {
        patterns: opts.patterns.clone(),
        cwd: cwd.clone(),
        env,
    };
    match hidden {
        Hidden::ListFiles => {
            let (files, report) = list_files(&run_opts);
            for f in files {
                out.stdout.push_str(&f.to_string_lossy());
                out.stdout.push('\n');
            }
            out.stderr = output::problems_text(&report, &cwd);
            out.code = i32::from(report.has_errors());
            return out;
        }
        Hidden::LoadOnly => {
            let report = load_only(&run_opts);
            out.stderr = output::problems_text(&report, &cwd);
            out.stderr.push_str(&format!(
                "packages={} files={} bytes={} parsed={}\n",
                report.stats.packages,
                report.stats.files,
                report.stats.bytes,
                report.stats.parsed_files
            ));
            out.code = i32::from(report.has_errors());
            return out;
        }
        Hidden::None => {}
    }
    // New-code-only runs: which lines count, known before any analysis so that a bad
    // revision or patch fails fast.
    let new_lines = match (&opts.new_from_rev, &opts.new_from_patch) {
        (Some(rev), _) => {
            Some(newcode::NewLines::from_rev(rev, &cwd).map_err(|e| ("new-from-rev", e)))
        }
        (None, Some(file)) => Some(
            std::fs::read_to_string(cwd.join(file))
                .map_err(|e| ("new-from-patch", format!("cannot read {file}: {e}")))
                .map(|patch| newcode::NewLines::from_patch(&patch, &format::repository_root(&cwd))),
        ),
        (None, None) => None,
    };
    let new_lines = match new_lines.transpose() {
        Ok(lines) => lines,
        Err((flag, message)) => {
            out.stderr = format!("goroutinectx: -{flag}: {message}\n");
            out.code = 1;
            return out;
        }
    };
    let started = std::time::Instant::now();
    let mut report = analyze(&config_of(&opts), &run_opts);
    if let Some(lines) = &new_lines {
        report.diagnostics.retain(|d| lines.contains(d));
    }
    if let Some(c) = &config {
        report.diagnostics.retain(|d| !c.excludes(&d.path));
        report
            .problems
            .retain(|p| !p.path.as_deref().is_some_and(|path| c.excludes(path)));
    }
    out.stderr = output::problems_text(&report, &cwd);
    if opts.debug.contains('u') {
        out.stderr.push_str(&output::held_back_text(&report, &cwd));
    }
    if opts.debug.contains('t') {
        let s = &report.stats;
        out.stderr.push_str(&format!(
            "goroutinectx: {:.3}s ({:.3}s loading): {} packages, {} files ({} bytes), {} parsed; {} directories loaded, {} parses in all ({} bytes; {} without unneeded bodies, {} parsed again whole; {} files in {} chunks; largest parse {} bytes); {} bytes lexed for declarations\n",
            started.elapsed().as_secs_f64(),
            s.load_seconds,
            s.packages,
            s.files,
            s.bytes,
            s.parsed_files,
            s.loaded_dirs,
            s.parses,
            s.parsed_bytes,
            s.partial_parses,
            s.reparsed_whole,
            s.chunked_files,
            s.chunk_passes,
            s.max_parse_bytes,
            s.decl_lexed_bytes
        ));
    }
    match opts.format {
        Format::Text => {
            out.stderr
                .push_str(&output::diagnostics_text(&report, &cwd, opts.context_lines));
        }
        // As upstream, a run whose packages all failed to load prints no JSON document
        // (not an empty one, which reads as a clean run).
        Format::Json if report.stats.packages == 0 && report.has_errors() => {}
        Format::Json => {
            out.stdout = output::json(&report);
        }
        Format::Sarif | Format::Github | Format::Rdjsonl | Format::Gitlab => {
            let root = format::repository_root(&cwd);
            let findings = format::findings(&report, &root);
            out.stdout = match opts.format {
                Format::Sarif => format::sarif::render(&findings, &root),
                Format::Github => format::github::render(&findings),
                Format::Rdjsonl => format::rdjsonl::render(&findings, &cwd, &root),
                _ => format::gitlab::render(&findings),
            };
        }
    }
    out.code = if report.has_errors() {
        1
    } else if !report.diagnostics.is_empty() && opts.format == Format::Text && !opts.fix {
        3
    } else {
        0
    };
    out
}

/// `-print-config`: every setting a configuration file may hold, with its effective value
/// (TOML syntax) and where it came from: `flag`, the file and line, or `default`.
fn print_config(opts: &Options, config: Option<&config::Config>) -> String {
    let mut out = String::from("# goroutinectx settings: value, then where it came from\n");
    match config {
        Some(c) => out.push_str(&format!("# configuration file: {}\n", c.path.display())),
        None => out.push_str("# configuration file: none\n"),
    }
    for key in config::keys() {
        let Some(setting) = opts.setting(key) else {
            continue;
        };
        let from_file = config.and_then(|c| c.entries.iter().rev().find(|e| e.key == key));
        let source = match (setting.from_command_line, from_file, config) {
            (true, _, _) => "flag".to_string(),
            (false, Some(e), Some(c)) => format!("{}:{}", c.path.display(), e.line),
            _ => "default".to_string(),
        };
        let mut value = setting.value.toml();
        // `-go` unset means the release this tool models.
        if key == "go" && value == "\"\"" {
            value = format!(
                "\"go1.{}\"",
                goroutinectx_scanner::buildctx::DEFAULT_GO_MINOR
            );
        }
        out.push_str(&format!("{key} = {value}  # {source}\n"));
    }
    if let Some(c) = config.filter(|c| !c.exclude_patterns.is_empty()) {
        let list: Vec<String> = c
            .exclude_patterns
            .iter()
            .map(|p| serde_json::to_string(p).unwrap_or_default())
            .collect();
        out.push_str(&format!(
            "exclude = [{}]  # {}\n",
            list.join(", "),
            c.path.display()
        ));
    }
    out
}

fn config_of(o: &Options) -> Config {
    Config {
        checks: o.checks.clone(),
        goroutine_deriver: o.goroutine_deriver.clone(),
        context_carriers: o.context_carriers.clone(),
        external_spawner: o.external_spawner.clone(),
        cross_package_spawners: o.cross_package_spawners,
        debug_unknown: o.debug.contains('u'),
        no_prefilter: o.debug.contains('n'),
        panic_in_package: None,
        // `-debug=c`: every file of at least 4 KiB is analysed in chunks of 4 KiB of bodies
        // (for checking that chunked analysis is exact).
        chunk_bytes: o.debug.contains('c').then_some(4096),
    }
}

fn apply_build_options(o: &Options, env: &mut GoEnv) -> Result<(), String> {
    env.build.include_tests = o.test;
    env.build.max_file_size = o.max_file_size;
    if let Some(tags) = &o.tags {
        env.build.tags = tags
            .split([',', ' '])
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .map(str::to_string)
            .collect();
    }
    if let Some(v) = &o.go_version {
        env.build.go_minor = BuildContext::parse_go_minor(v).ok_or_else(|| {
            format!("invalid value \"{v}\" for flag -go: want a Go release such as go1.25")
        })?;
    }
    Ok(())
}

fn version_line() -> String {
    let exe = std::env::current_exe()
        .map(|p| p.to_string_lossy().into_owned())
        .unwrap_or_else(|_| flags::ANALYZER_NAME.to_string());
    // The build ID names this exact executable (its bytes), so that `go vet`'s cache of
    // results is invalidated whenever the tool changes.
    let bytes = std::env::current_exe()
        .and_then(std::fs::read)
        .unwrap_or_else(|_| env!("CARGO_PKG_VERSION").as_bytes().to_vec());
    let id: u64 = bytes.iter().fold(0xcbf29ce484222325, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x100000001b3)
    });
    // `go vet` takes a release version's whole line (not only the build ID) as the tool's
    // identity, so the crate version, the commit and the build ID all make it.
    format!(
        "{exe} version {} commit={} buildID={id:016x}\n",
        env!("CARGO_PKG_VERSION"),
        env!("GOROUTINECTX_COMMIT")
    )
}
