//! `-format=gitlab`: a GitLab Code Quality report, read by GitLab from the CI job's
//! `artifacts: reports: codequality:` file and shown in the merge request widget and diff.
//!
//! One JSON array of issues (the Code Climate issue shape): `type: "issue"`, `description`
//! (the message), `check_name` (the rule: the checker's ignore name, or `directive`),
//! `fingerprint` (unique per finding and stable across runs: [`super::fingerprint`], since
//! GitLab shows only the first issue of a fingerprint and compares them between the source
//! and target branches), `severity: "major"`, `categories: ["Bug Risk"]`, `location.path`
//! (relative to the repository root, with `/`) and `location.lines.begin` (1-based).
//!
//! Spec: <https://docs.gitlab.com/ci/testing/code_quality/#code-quality-report-format>

use serde::Serialize;

use super::Finding;

#[derive(Serialize)]
struct Issue<'a> {
    #[serde(rename = "type")]
    kind: &'static str,
    description: &'a str,
    check_name: &'static str,
    fingerprint: &'a str,
    severity: &'static str,
    categories: [&'static str; 1],
    location: Location<'a>,
}

#[derive(Serialize)]
struct Location<'a> {
    path: &'a str,
    lines: Lines,
}

#[derive(Serialize)]
struct Lines {
    begin: u32,
}

/// The report: a JSON array (`[]` when clean), with a trailing newline.
pub fn render(findings: &[Finding<'_>]) -> String {
    let issues: Vec<Issue<'_>> = findings
        .iter()
        .map(|f| Issue {
            kind: "issue",
            description: &f.diagnostic.message,
            check_name: f.rule,
            fingerprint: &f.fingerprint,
            severity: "major",
            categories: ["Bug Risk"],
            location: Location {
                path: &f.path,
                lines: Lines {
                    begin: f.diagnostic.pos.line,
                },
            },
        })
        .collect();
    let mut out = serde_json::to_string_pretty(&issues).unwrap_or_else(|_| "[]".to_string());
    out.push('\n');
    out
}
