//! What counts as a context besides `context.Context`: `-context-carriers` (SPEC §5.1), and
//! the API-spec matching shared by derivers, external spawners and the built-in API tables
//! (SPEC §3.0.3, §4.1).

use crate::types::NamedType;

/// A function spec: (package path, optional type name, function name).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FuncSpec {
    pub pkg_path: String,
    pub type_name: Option<String>,
    pub name: String,
}

impl FuncSpec {
    /// Parses `pkg/path.Func` or `pkg/path.Type.Method` (SPEC §4.1). An item without a `.`
    /// has no package and never matches.
    pub fn parse(item: &str) -> FuncSpec {
        let (left, name) = match item.rfind('.') {
            Some(i) => (&item[..i], &item[i + 1..]),
            None => ("", item),
        };
        let (pkg_path, type_name) = match left.rfind('.') {
            Some(i)
                if left[i + 1..]
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_ascii_uppercase()) =>
            {
                (&left[..i], Some(left[i + 1..].to_string()))
            }
            _ => (left, None),
        };
        FuncSpec {
            pkg_path: pkg_path.to_string(),
            type_name,
            name: name.to_string(),
        }
    }

    /// Whether a call target matches (SPEC §3.0.3).
    pub fn matches(&self, pkg_path: &str, type_name: Option<&str>, name: &str) -> bool {
        !self.pkg_path.is_empty()
            && self.name == name
            && path_matches(&self.pkg_path, pkg_path)
            && self.type_name.as_deref() == type_name
    }
}

/// `actual` is `spec` or `spec` + `/v<digit>…` (SPEC §3.0.3).
pub fn path_matches(spec: &str, actual: &str) -> bool {
    if actual == spec {
        return true;
    }
    actual
        .strip_prefix(spec)
        .and_then(|rest| rest.strip_prefix("/v"))
        .and_then(|rest| rest.chars().next())
        .is_some_and(|c| c.is_ascii_digit())
}

/// Parses a comma-separated spec list (trimmed, empties skipped).
pub fn parse_spec_list(raw: &str) -> Vec<FuncSpec> {
    raw.split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(FuncSpec::parse)
        .collect()
}

/// The context-type configuration of a run.
#[derive(Clone, Debug, Default)]
pub struct CtxConfig {
    /// (package path, type name) of each carrier.
    pub carriers: Vec<(String, String)>,
}

impl CtxConfig {
    /// From the raw `-context-carriers` value.
    pub fn from_flag(raw: &str) -> Self {
        let carriers = raw
            .split(',')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .filter_map(|s| {
                let i = s.rfind('.')?;
                Some((s[..i].to_string(), s[i + 1..].to_string()))
            })
            .collect();
        CtxConfig { carriers }
    }

    pub fn is_carrier(&self, n: &NamedType) -> bool {
        let Some(pkg) = &n.pkg else { return false };
        self.carriers
            .iter()
            .any(|(path, name)| *name == n.name && path_matches(path, &pkg.path))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spec_parsing() {
        assert_eq!(
            FuncSpec::parse("github.com/acme/agent/v3/agent.Txn.Fork"),
            FuncSpec {
                pkg_path: "github.com/acme/agent/v3/agent".into(),
                type_name: Some("Txn".into()),
                name: "Fork".into()
            }
        );
        let f = FuncSpec::parse("example.com/x/tel.Fork");
        assert_eq!(f.pkg_path, "example.com/x/tel");
        assert_eq!(f.type_name, None);
        assert!(!FuncSpec::parse("Fork").matches("", None, "Fork"));
    }

    #[test]
    fn versioned_paths() {
        assert!(path_matches(
            "github.com/acme/lib",
            "github.com/acme/lib/v3"
        ));
        assert!(path_matches(
            "github.com/acme/lib",
            "github.com/acme/lib/v3/sub"
        ));
        assert!(!path_matches(
            "github.com/acme/lib",
            "github.com/acme/lib/sub"
        ));
        assert!(!path_matches(
            "github.com/acme/lib",
            "github.com/acme/lib/vx"
        ));
        assert!(!path_matches(
            "github.com/acme/lib/v4",
            "github.com/acme/lib/v5"
        ));
    }
}
