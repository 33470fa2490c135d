//! `-flags`: the flag description `go vet -vettool` asks for, in `analysisflags.printFlags`'s
//! exact bytes.

use super::table::{all_flags, Kind, NOT_PRINTED_BY_FLAGS};

/// `json.MarshalIndent(flags, "", "\t")` of `{Name, Bool, Usage}` for every flag in name order
/// except those `analysisflags` leaves out (and `-completion`). Go writes it without a
/// trailing newline; so must the caller.
pub fn flags_json() -> String {
    let mut out = String::from("[");
    let mut first = true;
    for flag in all_flags() {
        if NOT_PRINTED_BY_FLAGS.contains(&flag.name) {
            continue;
        }
        if !first {
            out.push(',');
        }
        first = false;
        let is_bool = matches!(flag.kind, Kind::Bool | Kind::Version);
        out.push_str("\n\t{\n\t\t\"Name\": ");
        out.push_str(&go_json_string(flag.name));
        out.push_str(",\n\t\t\"Bool\": ");
        out.push_str(if is_bool { "true" } else { "false" });
        out.push_str(",\n\t\t\"Usage\": ");
        out.push_str(&go_json_string(flag.usage));
        out.push_str("\n\t}");
    }
    if first {
        // A nil slice marshals as null.
        return "null".to_string();
    }
    out.push_str("\n]");
    out
}

/// A JSON string as `encoding/json` writes it (HTML-safe: `<`, `>`, `&`, U+2028 and U+2029
/// escaped; control bytes as `\u00XX` except `\b`, `\f`, `\n`, `\r`, `\t`).
fn go_json_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if u32::from(c) < 0x20 || matches!(c, '<' | '>' | '&' | '\u{2028}' | '\u{2029}') => {
                out.push_str(&format!("\\u{:04x}", u32::from(c)));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flags_json_shape() {
        let text = flags_json();
        let want_start = "[\n\t{\n\t\t\"Name\": \"V\",\n\t\t\"Bool\": true,\n\t\t\"Usage\": \"print version and exit\"\n\t},\n\t{\n\t\t\"Name\": \"all\",\n\t\t\"Bool\": true,\n\t\t\"Usage\": \"no effect (deprecated)\"\n\t},\n\t{\n\t\t\"Name\": \"c\",\n\t\t\"Bool\": false,\n";
        assert!(text.starts_with(want_start), "{text}");
        assert!(text.ends_with("\n\t}\n]"));
        let parsed: serde_json::Value = serde_json::from_str(&text).expect("valid JSON");
        let names: Vec<&str> = parsed
            .as_array()
            .expect("array")
            .iter()
            .filter_map(|f| f["Name"].as_str())
            .collect();
        assert_eq!(names.len(), all_flags().len() - NOT_PRINTED_BY_FLAGS.len());
        for skipped in NOT_PRINTED_BY_FLAGS {
            assert!(!names.contains(&skipped), "{skipped}");
        }
        assert!(names.windows(2).all(|p| p[0] < p[1]));
    }

    #[test]
    fn go_json_string_escapes_like_encoding_json() {
        assert_eq!(go_json_string("a<b>&\"\\"), r#""a\u003cb\u003e\u0026\"\\""#);
        assert_eq!(
            go_json_string("\u{1}\u{8}\u{c}\n\r\t\u{7f}\u{2028}"),
            "\"\\u0001\\b\\f\\n\\r\\t\u{7f}\\u2028\""
        );
    }
}
