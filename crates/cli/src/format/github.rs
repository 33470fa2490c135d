//! `-format=github`: GitHub Actions workflow commands, read by the Actions runner, which turns
//! each into an annotation on the run and on the pull request's diff.
//!
//! One line per finding:
//! `::error file=PATH,line=L,col=C,title=goroutinectx (RULE)::MESSAGE`, PATH relative to the
//! repository root with `/` (the runner resolves it against the workspace), L and C 1-based,
//! C in UTF-8 bytes as Go reports it (GitHub does not specify the unit; it only displays it).
//! Escaping as the runner expects (`toCommandValue`/`escapeData` in @actions/core): in the
//! message `%`, CR and LF become `%25`, `%0D`, `%0A`; property values also escape `:` as
//! `%3A` and `,` as `%2C`.
//!
//! Spec: <https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-commands#setting-an-error-message>

use std::fmt::Write as _;

use super::{Finding, TOOL_NAME};

/// The workflow commands, one line each.
pub fn render(findings: &[Finding<'_>]) -> String {
    let mut out = String::new();
    for f in findings {
        let d = f.diagnostic;
        let title = format!("{TOOL_NAME} ({})", f.rule);
        let _ = writeln!(
            out,
            "::error file={},line={},col={},title={}::{}",
            escape_property(&f.path),
            d.pos.line,
            d.pos.column,
            escape_property(&title),
            escape_data(&d.message)
        );
    }
    out
}

/// Escapes a command's message.
pub fn escape_data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escapes a property value (`file=`, `title=`, …).
pub fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn message_escaping() {
        assert_eq!(escape_data("50% a\r\nb: c, d"), "50%25 a%0D%0Ab: c, d");
        // `%` first, so an escape is not escaped again.
        assert_eq!(escape_data("%0A"), "%250A");
    }

    #[test]
    fn property_escaping() {
        assert_eq!(
            escape_property("C:\\a,b%\nc"),
            "C%3A\\a%2Cb%25%0Ac".to_string()
        );
        assert_eq!(
            escape_property("goroutinectx (goroutine)"),
            "goroutinectx (goroutine)"
        );
    }
}
