//! The build configuration files are selected for: GOOS, GOARCH, cgo, extra tags, the assumed
//! Go release and whether tests are included. It mirrors go/build's `Context.matchTag`.
//!
//! The configuration is read from the environment (`GOOS`, `GOARCH`, `CGO_ENABLED`, `GOFLAGS`,
//! `GOROUTINECTX_GOVERSION` / `GOVERSION`) with the host as fallback. The `go` command is never
//! run, so a few things it knows are left out:
//! - settings stored in the `go env -w` file are not read;
//! - the architecture feature tags are the toolchain defaults (for example `amd64.v1`,
//!   `arm64.v8.0`, `arm.5`..`arm.7`, `386.sse2`, `ppc64.power8`). `GOAMD64`, `GOARM` and similar
//!   variables are ignored;
//! - GOEXPERIMENT tags (`goexperiment.*`) are the release's defaults (measured for go1.27 on
//!   amd64, approximated for other releases) adjusted by the GOEXPERIMENT variable;
//! - cgo follows go/build's rule: `CGO_ENABLED` if it is "0" or "1"; otherwise on only for a
//!   native (non-cross) build on a platform that supports cgo. cmd/go's extra check that a C
//!   compiler is on `PATH` is not made.

/// go/build's knownOS: GOOS values recognised in file name suffixes.
pub const KNOWN_OS: &[&str] = &[
    "aix",
    "android",
    "darwin",
    "dragonfly",
    "freebsd",
    "hurd",
    "illumos",
    "ios",
    "js",
    "linux",
    "nacl",
    "netbsd",
    "openbsd",
    "plan9",
    "solaris",
    "wasip1",
    "windows",
    "zos",
];

/// go/build's knownArch: GOARCH values recognised in file name suffixes.
pub const KNOWN_ARCH: &[&str] = &[
    "386",
    "amd64",
    "amd64p32",
    "arm",
    "armbe",
    "arm64",
    "arm64be",
    "loong64",
    "mips",
    "mipsle",
    "mips64",
    "mips64le",
    "mips64p32",
    "mips64p32le",
    "ppc",
    "ppc64",
    "ppc64le",
    "riscv",
    "riscv64",
    "s390",
    "s390x",
    "sparc",
    "sparc64",
    "wasm",
];

/// GOOS values that satisfy the `unix` build tag (internal/syslist.UnixOS).
pub const UNIX_OS: &[&str] = &[
    "aix",
    "android",
    "darwin",
    "dragonfly",
    "freebsd",
    "hurd",
    "illumos",
    "ios",
    "linux",
    "netbsd",
    "openbsd",
    "solaris",
];

/// GOOS/GOARCH pairs on which cgo is supported (internal/platform's distInfo, CgoSupported).
const CGO_SUPPORTED: &[(&str, &str)] = &[
    ("aix", "ppc64"),
    ("android", "386"),
    ("android", "amd64"),
    ("android", "arm"),
    ("android", "arm64"),
    ("darwin", "amd64"),
    ("darwin", "arm64"),
    ("dragonfly", "amd64"),
    ("freebsd", "386"),
    ("freebsd", "amd64"),
    ("freebsd", "arm"),
    ("freebsd", "arm64"),
    ("freebsd", "riscv64"),
    ("illumos", "amd64"),
    ("ios", "amd64"),
    ("ios", "arm64"),
    ("linux", "386"),
    ("linux", "amd64"),
    ("linux", "arm"),
    ("linux", "arm64"),
    ("linux", "loong64"),
    ("linux", "mips"),
    ("linux", "mips64"),
    ("linux", "mips64le"),
    ("linux", "mipsle"),
    ("linux", "ppc64"),
    ("linux", "ppc64le"),
    ("linux", "riscv64"),
    ("linux", "s390x"),
    ("linux", "sparc64"),
    ("netbsd", "386"),
    ("netbsd", "amd64"),
    ("netbsd", "arm"),
    ("netbsd", "arm64"),
    ("openbsd", "386"),
    ("openbsd", "amd64"),
    ("openbsd", "arm"),
    ("openbsd", "arm64"),
    ("openbsd", "riscv64"),
    ("solaris", "amd64"),
    ("windows", "386"),
    ("windows", "amd64"),
    ("windows", "arm64"),
];

/// The build configuration used to decide which files belong to a package.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BuildContext {
    pub goos: String,
    pub goarch: String,
    pub cgo_enabled: bool,
    /// Extra build tags (from -tags / GOFLAGS).
    pub tags: Vec<String>,
    /// Minor version N of the assumed Go release: release tags go1.1..=go1.N are satisfied.
    pub go_minor: u32,
    /// Whether *_test.go files are included.
    pub include_tests: bool,
    /// GOEXPERIMENT names in effect (without the `goexperiment.` prefix): the release's
    /// defaults, adjusted by the GOEXPERIMENT variable.
    pub experiments: Vec<String>,
    /// The largest source file read, in bytes (`-max-file-size`); larger files are an error.
    pub max_file_size: u64,
}

/// The Go minor version assumed when none is configured.
pub const DEFAULT_GO_MINOR: u32 = 27;

/// The host GOOS, i.e. `std::env::consts::OS` spelled the Go way.
fn host_goos() -> String {
    let os = std::env::consts::OS;
    match os {
        "macos" => "darwin",
        "wasi" => "wasip1",
        other => other,
    }
    .to_string()
}

/// The host GOARCH, i.e. `std::env::consts::ARCH` spelled the Go way.
fn host_goarch() -> String {
    let little = cfg!(target_endian = "little");
    let arch = match std::env::consts::ARCH {
        "x86" => "386",
        "x86_64" => "amd64",
        "aarch64" => {
            if little {
                "arm64"
            } else {
                "arm64be"
            }
        }
        "arm" => {
            if little {
                "arm"
            } else {
                "armbe"
            }
        }
        "loongarch64" => "loong64",
        "mips" => {
            if little {
                "mipsle"
            } else {
                "mips"
            }
        }
        "mips64" => {
            if little {
                "mips64le"
            } else {
                "mips64"
            }
        }
        "powerpc" => "ppc",
        "powerpc64" => {
            if little {
                "ppc64le"
            } else {
                "ppc64"
            }
        }
        "riscv32" => "riscv",
        "wasm32" | "wasm64" => "wasm",
        other => other,
    };
    arch.to_string()
}

/// Whether cgo is supported on the GOOS/GOARCH pair.
fn cgo_supported(goos: &str, goarch: &str) -> bool {
    CGO_SUPPORTED
        .iter()
        .any(|&(os, arch)| os == goos && arch == goarch)
}

/// Splits a string into fields like cmd/internal/quoted.Split: whitespace separates fields, and
/// a field that starts with `'` or `"` runs to the matching quote (no unescaping). Returns
/// `None` for an unterminated quote.
fn split_quoted(s: &str) -> Option<Vec<String>> {
    let is_space = |c: char| matches!(c, ' ' | '\t' | '\n' | '\r');
    let mut out = Vec::new();
    let mut rest = s;
    loop {
        rest = rest.trim_start_matches(is_space);
        let Some(first) = rest.chars().next() else {
            break;
        };
        if first == '"' || first == '\'' {
            let body = &rest[first.len_utf8()..];
            let end = body.find(first)?;
            out.push(body[..end].to_string());
            rest = &body[end + first.len_utf8()..];
        } else {
            let end = rest.find(is_space).unwrap_or(rest.len());
            out.push(rest[..end].to_string());
            rest = &rest[end..];
        }
    }
    Some(out)
}

/// Returns the value of the last `-name=value` / `--name=value` / `-name value` flag in GOFLAGS.
/// An unparsable GOFLAGS (unterminated quote) gives `None`, as the go command refuses it.
fn goflags_value(var: &impl Fn(&str) -> Option<String>, name: &str) -> Option<String> {
    let goflags = var("GOFLAGS")?;
    let fields = split_quoted(&goflags)?;
    let mut found = None;
    let mut i = 0;
    while i < fields.len() {
        let field = &fields[i];
        i += 1;
        let Some(flag) = field.strip_prefix("--").or_else(|| field.strip_prefix('-')) else {
            continue;
        };
        match flag.split_once('=') {
            Some((n, value)) if n == name => found = Some(value.to_string()),
            None if flag == name => {
                // Lenient: `-name value` (the go command itself requires `-name=value`).
                if let Some(value) = fields.get(i) {
                    if !value.starts_with('-') {
                        found = Some(value.clone());
                        i += 1;
                    }
                }
            }
            _ => {}
        }
    }
    found
}

/// Parses a `-tags` value like cmd/go's tagsFlag.Set: comma separated, or (old style) space
/// separated when the value contains a space or a quote.
fn parse_tags_value(value: &str) -> Vec<String> {
    if value.contains(' ') || value.contains('\'') {
        return split_quoted(value).unwrap_or_default();
    }
    value
        .split(',')
        .filter(|t| !t.is_empty())
        .map(str::to_string)
        .collect()
}

/// The architecture feature tags the Go toolchain sets by default for `goarch`
/// (internal/buildcfg's gogoarchTags with default GOAMD64, GOARM, ... values).
fn default_arch_feature_tags(goarch: &str) -> &'static [&'static str] {
    match goarch {
        "386" => &["386.sse2"],
        "amd64" => &["amd64.v1"],
        "arm" => &["arm.5", "arm.6", "arm.7"],
        "arm64" => &["arm64.v8.0"],
        "mips" => &["mips.hardfloat"],
        "mipsle" => &["mipsle.hardfloat"],
        "mips64" => &["mips64.hardfloat"],
        "mips64le" => &["mips64le.hardfloat"],
        "ppc64" => &["ppc64.power8"],
        "ppc64le" => &["ppc64le.power8"],
        "riscv64" => &["riscv64.rva20u64"],
        "wasm" => &["wasm.satconv", "wasm.signext"],
        _ => &[],
    }
}

/// GOEXPERIMENTs on by default in a release on an architecture.
fn default_experiments(goarch: &str, go_minor: u32) -> Vec<&'static str> {
    let regabi = matches!(
        goarch,
        "amd64" | "arm64" | "ppc64" | "ppc64le" | "riscv64" | "loong64"
    );
    let is64 = matches!(
        goarch,
        "amd64"
            | "arm64"
            | "ppc64"
            | "ppc64le"
            | "riscv64"
            | "loong64"
            | "mips64"
            | "mips64le"
            | "s390x"
    );
    let mut v = Vec::new();
    if regabi {
        v.extend(["regabiwrappers", "regabiargs"]);
    }
    v.push("dwarf5");
    if go_minor >= 27 {
        v.push("jsonv2");
    }
    if go_minor >= 26 {
        v.push("greenteagc");
        if is64 {
            v.push("randomizedheapbase64");
        }
    }
    if go_minor >= 27 {
        v.push("sizespecializedmalloc");
    }
    v
}

impl BuildContext {
    /// Host defaults: GOOS/GOARCH of the host mapped from std::env::consts (macos->darwin,
    /// x86_64->amd64, aarch64->arm64, x86->386, etc.), cgo on where Go supports it, no tags,
    /// go1.27, tests on.
    pub fn host() -> Self {
        let goos = host_goos();
        let goarch = host_goarch();
        let cgo_enabled = cgo_supported(&goos, &goarch);
        BuildContext {
            goos,
            goarch,
            cgo_enabled,
            tags: Vec::new(),
            go_minor: DEFAULT_GO_MINOR,
            include_tests: true,
            experiments: Vec::new(),
            max_file_size: crate::read::DEFAULT_MAX_FILE_SIZE,
        }
        .with_default_experiments(None)
    }

    /// Host defaults overridden by environment variables read through `var` (so tests need not
    /// touch the real env): GOOS, GOARCH, CGO_ENABLED ("0"/"1"; otherwise cgo is on only for a
    /// native build on a cgo platform), GOFLAGS (`-tags=a,b` / `-tags a,b` / `--tags=...`; tags
    /// may also be space separated as old go allowed; other flags are ignored), and the Go
    /// version from GOROUTINECTX_GOVERSION or GOVERSION (accepts "go1.25", "1.25",
    /// "go1.25.3", "go1.26rc1"; anything unparsable is ignored). Empty variables count as unset.
    pub fn from_env(var: impl Fn(&str) -> Option<String>) -> Self {
        let var = |name: &str| var(name).filter(|v| !v.is_empty());
        let host = Self::host();
        let goos = var("GOOS").unwrap_or_else(|| host.goos.clone());
        let goarch = var("GOARCH").unwrap_or_else(|| host.goarch.clone());
        let cgo_enabled = match var("CGO_ENABLED").as_deref() {
            Some("1") => true,
            Some("0") => false,
            _ => goos == host.goos && goarch == host.goarch && cgo_supported(&goos, &goarch),
        };
        let tags = goflags_value(&var, "tags")
            .map(|v| parse_tags_value(&v))
            .unwrap_or_default();
        let go_minor = ["GOROUTINECTX_GOVERSION", "GOVERSION"]
            .iter()
            .filter_map(|name| var(name))
            .find_map(|v| Self::parse_go_minor(&v))
            .unwrap_or(DEFAULT_GO_MINOR);
        BuildContext {
            goos,
            goarch,
            cgo_enabled,
            tags,
            go_minor,
            include_tests: true,
            experiments: Vec::new(),
            max_file_size: crate::read::DEFAULT_MAX_FILE_SIZE,
        }
        .with_default_experiments(var("GOEXPERIMENT").as_deref())
    }

    /// Sets `experiments` to the defaults of `go_minor` on `goarch`, as `go list -f
    /// '{{context.ToolTags}}'` shows them (measured for go1.27 on amd64; earlier releases
    /// are approximated), then applies a GOEXPERIMENT value (`x` adds, `nox` removes, `none`
    /// clears the defaults).
    pub fn with_default_experiments(mut self, goexperiment: Option<&str>) -> Self {
        self.experiments = default_experiments(&self.goarch, self.go_minor)
            .iter()
            .map(|s| s.to_string())
            .collect();
        for item in goexperiment.unwrap_or("").split(',').map(str::trim) {
            if item.is_empty() {
                continue;
            }
            if item == "none" {
                self.experiments.clear();
            } else if let Some(off) = item.strip_prefix("no") {
                self.experiments.retain(|e| e != off);
            } else if !self.experiments.iter().any(|e| e == item) {
                self.experiments.push(item.to_string());
            }
        }
        self
    }

    /// `-mod=` value found in GOFLAGS, if any ("vendor", "mod", "readonly"). The last one wins;
    /// the value is returned as written, and an empty value counts as none.
    pub fn goflags_mod(var: impl Fn(&str) -> Option<String>) -> Option<String> {
        goflags_value(&var, "mod").filter(|v| !v.is_empty())
    }

    /// Parses a go version string ("go1.25", "1.25", "go1.25.3", "go1.26rc1", "go1.27beta2",
    /// "go1" = 1.0; a trailing " X:..." or "-..." suffix is allowed) into its minor number.
    pub fn parse_go_minor(s: &str) -> Option<u32> {
        let s = s.trim();
        let s = s.strip_prefix("go").unwrap_or(s);
        let rest = s.strip_prefix('1')?;
        if rest.is_empty() {
            return Some(0);
        }
        let rest = rest.strip_prefix('.')?;
        let digits_len = rest
            .bytes()
            .position(|b| !b.is_ascii_digit())
            .unwrap_or(rest.len());
        let (digits, tail) = rest.split_at(digits_len);
        if digits.is_empty() || (digits.len() > 1 && digits.starts_with('0')) {
            return None;
        }
        let minor: u32 = digits.parse().ok()?;
        let tail_ok = tail.is_empty()
            || tail.starts_with(' ')
            || tail.starts_with('-')
            || tail.starts_with('+')
            || ["rc", "beta", "alpha"].iter().any(|pre| {
                tail.strip_prefix(pre)
                    .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
            })
            || tail.strip_prefix('.').is_some_and(|patch| {
                let end = patch
                    .bytes()
                    .position(|b| !b.is_ascii_digit())
                    .unwrap_or(patch.len());
                let (num, after) = patch.split_at(end);
                !num.is_empty()
                    && (after.is_empty()
                        || after.starts_with(' ')
                        || after.starts_with('-')
                        || after.starts_with('+'))
            });
        tail_ok.then_some(minor)
    }

    /// True iff `tag` is satisfied (go/build's matchTag): GOOS, GOARCH, "gc" (compiler), "cgo"
    /// iff cgo_enabled, any extra tag, release tags go1.1..=go1.N, "unix" iff GOOS is a unix OS,
    /// "linux" also when GOOS=android, "solaris" also when GOOS=illumos, "darwin" also when
    /// GOOS=ios, and the default architecture feature tags (amd64 -> "amd64.v1", arm64 ->
    /// "arm64.v8.0", ...). `goexperiment.X` for every experiment in effect;
    /// as in go/build, "boringcrypto" means "goexperiment.boringcrypto".
    pub fn tag_satisfied(&self, tag: &str) -> bool {
        if tag.is_empty() {
            return false;
        }
        if self.cgo_enabled && tag == "cgo" {
            return true;
        }
        if tag == self.goos || tag == self.goarch || tag == "gc" {
            return true;
        }
        match (self.goos.as_str(), tag) {
            ("android", "linux") | ("illumos", "solaris") | ("ios", "darwin") => return true,
            _ => {}
        }
        if tag == "unix" && UNIX_OS.contains(&self.goos.as_str()) {
            return true;
        }
        let tag = if tag == "boringcrypto" {
            "goexperiment.boringcrypto"
        } else {
            tag
        };
        if self.tags.iter().any(|t| t == tag) {
            return true;
        }
        if let Some(exp) = tag.strip_prefix("goexperiment.") {
            if self.experiments.iter().any(|e| e == exp) {
                return true;
            }
        }
        if default_arch_feature_tags(&self.goarch).contains(&tag) {
            return true;
        }
        self.release_tag_satisfied(tag)
    }

    /// Whether `tag` is a release tag go1.N with 1 <= N <= go_minor (written without leading
    /// zeros, as go/build generates them).
    fn release_tag_satisfied(&self, tag: &str) -> bool {
        let Some(n) = tag.strip_prefix("go1.") else {
            return false;
        };
        if n.is_empty() || n.starts_with('0') || !n.bytes().all(|b| b.is_ascii_digit()) {
            return false;
        }
        match n.parse::<u32>() {
            Ok(minor) => minor <= self.go_minor,
            Err(_) => false, // too large to be a release we assume
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn env(pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
        let map: HashMap<String, String> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        move |k: &str| map.get(k).cloned()
    }

    fn ctx(goos: &str, goarch: &str) -> BuildContext {
        BuildContext {
            experiments: Vec::new(),
            max_file_size: crate::read::DEFAULT_MAX_FILE_SIZE,
            goos: goos.into(),
            goarch: goarch.into(),
            cgo_enabled: true,
            tags: vec![],
            go_minor: DEFAULT_GO_MINOR,
            include_tests: true,
        }
    }

    #[test]
    fn host_defaults() {
        let h = BuildContext::host();
        assert_eq!(h.go_minor, DEFAULT_GO_MINOR);
        assert!(h.tags.is_empty());
        assert!(h.include_tests);
        assert_ne!(h.goos, "macos");
        assert_ne!(h.goarch, "x86_64");
        assert_ne!(h.goarch, "aarch64");
        #[cfg(all(target_os = "linux", target_arch = "x86_64"))]
        {
            assert_eq!(h.goos, "linux");
            assert_eq!(h.goarch, "amd64");
            assert!(h.cgo_enabled);
        }
        #[cfg(all(target_os = "macos", target_arch = "aarch64"))]
        {
            assert_eq!(h.goos, "darwin");
            assert_eq!(h.goarch, "arm64");
            assert!(h.cgo_enabled);
        }
    }

    #[test]
    fn from_env_empty_is_host() {
        assert_eq!(BuildContext::from_env(|_| None), BuildContext::host());
        // Empty values count as unset.
        let e = env(&[
            ("GOOS", ""),
            ("GOARCH", ""),
            ("GOFLAGS", ""),
            ("GOVERSION", ""),
        ]);
        assert_eq!(BuildContext::from_env(e), BuildContext::host());
    }

    #[test]
    fn from_env_overrides() {
        let c = BuildContext::from_env(env(&[
            ("GOOS", "windows"),
            ("GOARCH", "386"),
            ("CGO_ENABLED", "1"),
            ("GOFLAGS", "-mod=vendor -tags=foo,bar -trimpath"),
            ("GOVERSION", "go1.22.5"),
        ]));
        assert_eq!(c.goos, "windows");
        assert_eq!(c.goarch, "386");
        assert!(c.cgo_enabled);
        assert_eq!(c.tags, vec!["foo", "bar"]);
        assert_eq!(c.go_minor, 22);
        assert!(c.include_tests);
    }

    #[test]
    fn cgo_rules() {
        let h = BuildContext::host();
        let c = BuildContext::from_env(env(&[("CGO_ENABLED", "0")]));
        assert!(!c.cgo_enabled);
        // Cross builds get cgo off unless CGO_ENABLED=1.
        let other_os = if h.goos == "plan9" { "linux" } else { "plan9" };
        let c = BuildContext::from_env(env(&[("GOOS", other_os)]));
        assert!(!c.cgo_enabled);
        let c = BuildContext::from_env(env(&[("GOOS", other_os), ("CGO_ENABLED", "1")]));
        assert!(c.cgo_enabled);
        // Values other than 0/1 fall back to the default rule.
        let c = BuildContext::from_env(env(&[("CGO_ENABLED", "yes")]));
        assert_eq!(c.cgo_enabled, h.cgo_enabled);
        let c = BuildContext::from_env(env(&[
            ("GOOS", h.goos.as_str()),
            ("GOARCH", h.goarch.as_str()),
        ]));
        assert_eq!(c.cgo_enabled, h.cgo_enabled);
        assert!(cgo_supported("linux", "amd64"));
        assert!(!cgo_supported("js", "wasm"));
        assert!(!cgo_supported("plan9", "amd64"));
    }

    #[test]
    fn goflags_tags_forms() {
        let tags = |goflags: &str| BuildContext::from_env(env(&[("GOFLAGS", goflags)])).tags;
        assert_eq!(tags("-tags=a,b"), vec!["a", "b"]);
        assert_eq!(tags("--tags=a,b"), vec!["a", "b"]);
        assert_eq!(tags("-tags a,b"), vec!["a", "b"]);
        assert_eq!(tags("-tags=a,,b,"), vec!["a", "b"]);
        assert_eq!(tags("'-tags=a b'"), vec!["a", "b"]);
        assert_eq!(tags("\"-tags=a b  c\""), vec!["a", "b", "c"]);
        assert_eq!(tags("-tags='a'"), vec!["a"]);
        assert_eq!(tags("-tags=x -tags=y"), vec!["y"]); // last wins
        assert_eq!(tags("-tags="), Vec::<String>::new());
        assert_eq!(tags("-tags"), Vec::<String>::new());
        assert_eq!(tags("-tags -mod=vendor"), Vec::<String>::new());
        assert_eq!(tags("-mod=vendor"), Vec::<String>::new());
        assert_eq!(tags("-tagsx=a"), Vec::<String>::new());
        assert_eq!(tags("tags=a"), Vec::<String>::new());
        assert_eq!(tags("-tags='a"), Vec::<String>::new()); // unterminated inner quote
        assert_eq!(tags("'-tags=a"), Vec::<String>::new()); // unterminated GOFLAGS quote
        assert_eq!(tags("  \t-tags=a\n"), vec!["a"]);
        assert_eq!(tags("-=x --=y - -- ---tags=z"), Vec::<String>::new());
    }

    #[test]
    fn goflags_mod_values() {
        let m = |goflags: &str| BuildContext::goflags_mod(env(&[("GOFLAGS", goflags)]));
        assert_eq!(m("-mod=vendor"), Some("vendor".into()));
        assert_eq!(m("-tags=x --mod=readonly"), Some("readonly".into()));
        assert_eq!(m("-mod=mod -mod=vendor"), Some("vendor".into()));
        assert_eq!(m("-mod vendor"), Some("vendor".into()));
        assert_eq!(m("-mod="), None);
        assert_eq!(m("-modfile=x.mod"), None);
        assert_eq!(m(""), None);
        assert_eq!(BuildContext::goflags_mod(|_| None), None);
    }

    #[test]
    fn go_version_parsing() {
        let p = BuildContext::parse_go_minor;
        assert_eq!(p("go1.25"), Some(25));
        assert_eq!(p("1.25"), Some(25));
        assert_eq!(p("go1.25.3"), Some(25));
        assert_eq!(p("go1.26rc1"), Some(26));
        assert_eq!(p("go1.26beta2"), Some(26));
        assert_eq!(p("go1.21.0"), Some(21));
        assert_eq!(p(" go1.9 "), Some(9));
        assert_eq!(p("go1.27.3 X:nocoverageredesign"), Some(27));
        assert_eq!(p("go1"), Some(0));
        assert_eq!(p("go1.0"), Some(0));
        for bad in [
            "",
            "go",
            "go2.1",
            "1.",
            "go1.",
            "go1.x",
            "go1.25rc",
            "go1.25.",
            "go1.25.x",
            "go1.025",
            "go1.99999999999999999999",
            "devel",
            "1.25abc",
            "go1.2\u{0}",
            "é",
        ] {
            assert_eq!(p(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn go_version_env_precedence() {
        let c = BuildContext::from_env(env(&[
            ("GOROUTINECTX_GOVERSION", "go1.20"),
            ("GOVERSION", "go1.22"),
        ]));
        assert_eq!(c.go_minor, 20);
        let c = BuildContext::from_env(env(&[
            ("GOROUTINECTX_GOVERSION", "garbage"),
            ("GOVERSION", "go1.22"),
        ]));
        assert_eq!(c.go_minor, 22);
        let c = BuildContext::from_env(env(&[("GOVERSION", "nonsense")]));
        assert_eq!(c.go_minor, DEFAULT_GO_MINOR);
    }

    #[test]
    fn basic_tags() {
        let c = ctx("linux", "amd64");
        for t in [
            "linux", "amd64", "gc", "cgo", "unix", "amd64.v1", "go1.1", "go1.27",
        ] {
            assert!(c.tag_satisfied(t), "{t}");
        }
        for t in [
            "",
            "windows",
            "arm64",
            "gccgo",
            "go1.28",
            "go1.0",
            "go1.01",
            "go1.",
            "go2.1",
            "amd64.v2",
            "arm64.v8.0",
            "ignore",
            "android",
            "darwin",
            "LINUX",
            "linux ",
            "goexperiment.swissmap",
            "boringcrypto",
            "go1.99999999999999999999",
        ] {
            assert!(!c.tag_satisfied(t), "{t}");
        }
        let mut c = c;
        c.cgo_enabled = false;
        assert!(!c.tag_satisfied("cgo"));
        c.go_minor = 24;
        assert!(c.tag_satisfied("go1.24"));
        assert!(!c.tag_satisfied("go1.25"));
        c.go_minor = 0;
        assert!(!c.tag_satisfied("go1.1"));
    }

    #[test]
    fn extra_tags_and_boringcrypto() {
        let mut c = ctx("linux", "amd64");
        c.tags = vec!["integration".into(), "boringcrypto".into()];
        assert!(c.tag_satisfied("integration"));
        // As in go/build, "boringcrypto" is an alias for goexperiment.boringcrypto.
        assert!(!c.tag_satisfied("boringcrypto"));
        c.tags.push("goexperiment.boringcrypto".into());
        assert!(c.tag_satisfied("boringcrypto"));
        assert!(c.tag_satisfied("goexperiment.boringcrypto"));
    }

    #[test]
    fn os_aliases() {
        let a = ctx("android", "arm64");
        assert!(a.tag_satisfied("android"));
        assert!(a.tag_satisfied("linux"));
        assert!(a.tag_satisfied("unix"));
        assert!(a.tag_satisfied("arm64.v8.0"));
        assert!(!ctx("linux", "amd64").tag_satisfied("android"));
        assert!(ctx("illumos", "amd64").tag_satisfied("solaris"));
        assert!(!ctx("solaris", "amd64").tag_satisfied("illumos"));
        assert!(ctx("ios", "arm64").tag_satisfied("darwin"));
        assert!(!ctx("darwin", "arm64").tag_satisfied("ios"));
        for os in UNIX_OS {
            assert!(ctx(os, "amd64").tag_satisfied("unix"), "{os}");
        }
        for os in ["windows", "plan9", "js", "wasip1", "zos", "nacl"] {
            assert!(!ctx(os, "amd64").tag_satisfied("unix"), "{os}");
        }
    }

    #[test]
    fn arch_feature_tags() {
        assert!(ctx("linux", "arm").tag_satisfied("arm.7"));
        assert!(ctx("linux", "386").tag_satisfied("386.sse2"));
        assert!(!ctx("linux", "386").tag_satisfied("386.softfloat"));
        assert!(ctx("linux", "ppc64le").tag_satisfied("ppc64le.power8"));
        assert!(!ctx("linux", "ppc64le").tag_satisfied("ppc64le.power9"));
        assert!(!ctx("linux", "arm64").tag_satisfied("arm64.v8.1"));
        assert!(!ctx("linux", "s390x").tag_satisfied("s390x.v1"));
    }

    #[test]
    fn known_lists() {
        assert_eq!(KNOWN_OS.len(), 18);
        assert_eq!(KNOWN_ARCH.len(), 24);
        for os in UNIX_OS {
            assert!(KNOWN_OS.contains(os));
        }
        for (os, arch) in CGO_SUPPORTED {
            assert!(KNOWN_OS.contains(os) && KNOWN_ARCH.contains(arch));
        }
    }

    #[test]
    fn split_quoted_edge_cases() {
        assert_eq!(split_quoted(""), Some(vec![]));
        assert_eq!(
            split_quoted("a 'b c' \"d\""),
            Some(vec!["a".into(), "b c".into(), "d".into()])
        );
        assert_eq!(split_quoted("''"), Some(vec!["".into()]));
        assert_eq!(split_quoted("'"), None);
        assert_eq!(split_quoted("é 'ü"), None);
        assert_eq!(split_quoted("a'b c"), Some(vec!["a'b".into(), "c".into()]));
    }
}
