//! `-format=sarif`: a SARIF 2.1.0 log, read by GitHub code scanning
//! (`github/codeql-action/upload-sarif`), IDE SARIF viewers and other result stores.
//!
//! One run. `tool.driver` has the name, version, `informationUri` and one rule per ignore
//! name (plus `directive` for reports about ignore directives), each with `shortDescription`,
//! `fullDescription`, `help` and `defaultConfiguration.level: error`. Each result has
//! `ruleId`, `ruleIndex`, `level: error`, `message.text`, one location and
//! `partialFingerprints.primaryLocationLineHash`.
//!
//! Locations: `artifactLocation.uri` is relative to the repository root (percent-encoded,
//! `/`-separated) with `uriBaseId: "%SRCROOT%"`, and `run.originalUriBaseIds["%SRCROOT%"]` is
//! the root as a `file:///…/` URI; files outside the root get an absolute `file://` URI.
//! Lines are 1-based; columns are 1-based UTF-16 code units, SARIF's default unit, which the
//! run also states (`columnKind: "utf16CodeUnits"`): Go's byte columns are converted using
//! the line's text ([`utf16_column`]).
//!
//! Fingerprints: [`super::fingerprint`] (rule, root-relative path, trimmed line text and
//! occurrence index; not the line number) under GitHub's own key, `primaryLocationLineHash`.
//! GitHub matches alerts across runs by that key, and the upload action computes it only when
//! it is missing, so ours is used however the log is uploaded and is the same on every
//! machine; the value has GitHub's `hash:occurrence` shape.
//!
//! Spec: <https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html>; what GitHub
//! reads: <https://docs.github.com/en/code-security/code-scanning/integrating-with-code-scanning/sarif-support-for-code-scanning>

use std::collections::BTreeMap;
use std::path::Path;

use serde_sarif::sarif::{
    ArtifactLocation, Location, Message, MultiformatMessageString, PhysicalLocation, Region,
    ReportingConfiguration, ReportingDescriptor, Result as SarifResult, ResultLevel, Run, Sarif,
    Tool, ToolComponent,
};

use super::{rules, slash_path, Finding, INFORMATION_URI, TOOL_NAME, VERSION};

/// The `$schema` the log names: the schema store's copy of SARIF 2.1.0, as GitHub's
/// documentation shows.
pub const SCHEMA_URI: &str = "https://json.schemastore.org/sarif-2.1.0.json";

/// The base id of root-relative URIs.
pub const SRCROOT: &str = "%SRCROOT%";

/// The fingerprint key.
pub const FINGERPRINT_KEY: &str = "primaryLocationLineHash";

/// The SARIF log, pretty-printed, with a trailing newline.
pub fn render(findings: &[Finding<'_>], root: &Path) -> String {
    let rules = rules();
    let descriptors: Vec<ReportingDescriptor> = rules
        .iter()
        .map(|r| {
            ReportingDescriptor::builder()
                .id(r.id)
                .short_description(MultiformatMessageString::builder().text(&r.short).build())
                .full_description(MultiformatMessageString::builder().text(&r.help).build())
                .help(MultiformatMessageString::builder().text(&r.help).build())
                .default_configuration(
                    ReportingConfiguration::builder()
                        .level(serde_json::json!("error"))
                        .build(),
                )
                .build()
        })
        .collect();
    let driver = ToolComponent::builder()
        .name(TOOL_NAME)
        .version(VERSION)
        .semantic_version(VERSION)
        .information_uri(INFORMATION_URI)
        .rules(descriptors)
        .build();
    let results: Vec<SarifResult> = findings
        .iter()
        .map(|f| {
            let d = f.diagnostic;
            let artifact = match &f.root_relative {
                Some(rel) => ArtifactLocation::builder()
                    .uri(percent_encode(rel, false))
                    .uri_base_id(SRCROOT)
                    .build(),
                None => ArtifactLocation::builder().uri(file_uri(&d.path)).build(),
            };
            let column = utf16_column(f.line_text.as_deref().unwrap_or(""), d.pos.column);
            let region = Region::builder()
                .start_line(i64::from(d.pos.line))
                .start_column(i64::from(column))
                .build();
            let location = Location::builder()
                .physical_location(
                    PhysicalLocation::builder()
                        .artifact_location(artifact)
                        .region(region)
                        .build(),
                )
                .build();
            let rule_index = rules.iter().position(|r| r.id == f.rule).unwrap_or(0);
            SarifResult::builder()
                .rule_id(f.rule)
                .rule_index(i64::try_from(rule_index).unwrap_or(0))
                .level(ResultLevel::Error)
                .message(Message::builder().text(&d.message).build())
                .locations(vec![location])
                .partial_fingerprints(BTreeMap::from([(
                    FINGERPRINT_KEY.to_string(),
                    f.fingerprint.clone(),
                )]))
                .build()
        })
        .collect();
    let mut root_uri = file_uri(root);
    if !root_uri.ends_with('/') {
        root_uri.push('/');
    }
    let run = Run::builder()
        .tool(Tool::builder().driver(driver).build())
        .original_uri_base_ids(BTreeMap::from([(
            SRCROOT.to_string(),
            ArtifactLocation::builder().uri(root_uri).build(),
        )]))
        .column_kind(serde_json::json!("utf16CodeUnits"))
        .results(results)
        .build();
    let log = Sarif::builder()
        .schema(SCHEMA_URI)
        .version(serde_json::json!("2.1.0"))
        .runs(vec![run])
        .build();
    let mut out = serde_json::to_string_pretty(&log).unwrap_or_default();
    out.push('\n');
    out
}

/// Converts a 1-based byte column of `line` into a 1-based UTF-16 column. A column inside a
/// character counts that character's units up to it (a lossy prefix); a column past the end
/// of the line (or of an unreadable line) adds the excess bytes one unit each.
pub fn utf16_column(line: &str, byte_column: u32) -> u32 {
    let offset = usize::try_from(byte_column.saturating_sub(1)).unwrap_or(usize::MAX);
    let bytes = line.as_bytes();
    let within = offset.min(bytes.len());
    let units = String::from_utf8_lossy(&bytes[..within])
        .encode_utf16()
        .count();
    let total = units + (offset - within) + 1;
    u32::try_from(total).unwrap_or(u32::MAX)
}

/// An absolute path as a `file://` URI: `file:///a/b` (and `file:///C:/a` on Windows).
pub fn file_uri(path: &Path) -> String {
    let slashed = slash_path(path);
    let encoded = percent_encode(&slashed, true);
    if encoded.starts_with('/') {
        format!("file://{encoded}")
    } else {
        format!("file:///{encoded}")
    }
}

/// Percent-encodes a `/`-separated path for a URI: every byte but the unreserved characters
/// (`A-Z a-z 0-9 - . _ ~`) and `/` is written `%XX` (UTF-8 bytes for non-ASCII); `:` is kept
/// only in absolute paths (a Windows drive), where it cannot be read as a scheme.
pub fn percent_encode(path: &str, absolute: bool) -> String {
    let mut out = String::with_capacity(path.len());
    for &b in path.as_bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'/' => {
                out.push(char::from(b));
            }
            b':' if absolute => out.push(':'),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf16_columns_from_byte_columns() {
        // ASCII and tabs: the same number.
        assert_eq!(utf16_column("\tgo f()", 2), 2);
        assert_eq!(utf16_column("", 1), 1);
        // `é` is 2 bytes and 1 unit, `世` 3 bytes and 1 unit, `😀` 4 bytes and 2 units.
        let line = "é世😀 go f()";
        let byte_column = u32::try_from(line.find("go").expect("go")).expect("small") + 1;
        assert_eq!(byte_column, 11);
        assert_eq!(utf16_column(line, byte_column), 6);
        assert_eq!(utf16_column("😀x", 5), 3);
        // Inside a character and past the end of the line.
        assert_eq!(utf16_column("é", 2), 2);
        assert_eq!(utf16_column("ab", 6), 6);
        assert_eq!(utf16_column("é", 5), 4);
    }

    #[test]
    fn uris_are_percent_encoded() {
        assert_eq!(
            percent_encode("a b/c%d/é.go", false),
            "a%20b/c%25d/%C3%A9.go"
        );
        assert_eq!(percent_encode("x:y#z?.go", false), "x%3Ay%23z%3F.go");
        assert_eq!(
            file_uri(Path::new("/w/my repo/x.go")),
            "file:///w/my%20repo/x.go"
        );
    }
}
