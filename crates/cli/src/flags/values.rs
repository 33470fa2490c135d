//! Go's syntax for flag values, which clap does not know: `strconv.ParseBool` for booleans,
//! `strconv.ParseInt(s, 0, 64)` for integers (`0x`, `0o`, `0b`, leading-`0` octal, `_` digit
//! separators), and the `pkg/path.Name` lists of `-goroutine-deriver`, `-external-spawner`
//! and `-context-carriers`.
//!
//! [`FlagValue`] is what every flag's clap value parser produces (see `command.rs`).

use goroutinectx_scanner::quote::go_quote;

/// A flag's parsed value, as clap stores it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FlagValue {
    Bool(bool),
    Int(i64),
    Str(String),
}

impl FlagValue {
    /// The value as a TOML literal (what `-print-config` prints and a configuration file
    /// takes).
    pub fn toml(&self) -> String {
        match self {
            FlagValue::Bool(b) => b.to_string(),
            FlagValue::Int(n) => n.to_string(),
            FlagValue::Str(s) => serde_json::to_string(s).unwrap_or_default(),
        }
    }
}

/// Checks a list of `pkg/path.Name` items (functions, or methods `pkg/path.Type.Method`;
/// types when `types`), separated by any of `separators`; empty items are allowed (they are
/// skipped). The error names the first malformed item.
pub fn check_specs(value: &str, separators: &[char], types: bool) -> Result<(), String> {
    let is_ident = |s: &str| {
        let mut chars = s.chars();
        chars.next().is_some_and(|c| c.is_alphabetic() || c == '_')
            && chars.all(|c| c.is_alphanumeric() || c == '_')
    };
    for item in value
        .split(separators)
        .map(str::trim)
        .filter(|i| !i.is_empty())
    {
        let valid = item.rsplit_once('.').is_some_and(|(path, name)| {
            !path.is_empty()
                && !path.contains(char::is_whitespace)
                && !path.ends_with('/')
                && path.split('/').all(|seg| !seg.is_empty())
                && is_ident(name)
        });
        if !valid {
            let want = if types {
                "pkg/path.Type"
            } else {
                "pkg/path.Func or pkg/path.Type.Method"
            };
            return Err(format!("{} is not {want}", go_quote(item)));
        }
    }
    Ok(())
}

/// `strconv.ParseBool`.
pub fn parse_bool(s: &str) -> Option<bool> {
    match s {
        "1" | "t" | "T" | "TRUE" | "true" | "True" => Some(true),
        "0" | "f" | "F" | "FALSE" | "false" | "False" => Some(false),
        _ => None,
    }
}

/// The two `strconv.NumError` causes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NumError {
    Syntax,
    Range,
}

impl NumError {
    /// The error text the `flag` package substitutes (`errParse`, `errRange`).
    pub fn flag_message(self) -> &'static str {
        match self {
            NumError::Syntax => "parse error",
            NumError::Range => "value out of range",
        }
    }
}

/// Go's `lower`: ASCII letters to lower case, other bytes changed in ways that never matter.
fn lower(c: u8) -> u8 {
    c | (b'x' - b'X')
}

/// `strconv.ParseInt(s, 0, 64)`.
pub fn parse_int(s: &str) -> Result<i64, NumError> {
    let (neg, digits) = match s.as_bytes().first() {
        None => return Err(NumError::Syntax),
        Some(b'+') => (false, &s[1..]),
        Some(b'-') => (true, &s[1..]),
        Some(_) => (false, s),
    };
    let magnitude = match parse_uint(digits) {
        Ok(n) => n,
        Err(NumError::Range) => u64::MAX,
        Err(NumError::Syntax) => return Err(NumError::Syntax),
    };
    let cutoff = 1u64 << 63;
    if (!neg && magnitude >= cutoff) || (neg && magnitude > cutoff) {
        return Err(NumError::Range);
    }
    // magnitude <= 2^63 here; 2^63 only when negative, where the cast wraps to i64::MIN.
    let n = magnitude as i64;
    Ok(if neg { n.wrapping_neg() } else { n })
}

/// `strconv.ParseUint(s, 0, 64)`, including its order of checks (an overflow found before a
/// bad digit is a range error).
fn parse_uint(s: &str) -> Result<u64, NumError> {
    let b = s.as_bytes();
    if b.is_empty() {
        return Err(NumError::Syntax);
    }
    let (base, digits): (u64, &[u8]) = if b[0] == b'0' {
        if b.len() >= 3 && lower(b[1]) == b'b' {
            (2, &b[2..])
        } else if b.len() >= 3 && lower(b[1]) == b'o' {
            (8, &b[2..])
        } else if b.len() >= 3 && lower(b[1]) == b'x' {
            (16, &b[2..])
        } else {
            (8, &b[1..])
        }
    } else {
        (10, b)
    };
    let cutoff = u64::MAX / base + 1;
    let mut underscores = false;
    let mut n: u64 = 0;
    for &c in digits {
        let d = if c == b'_' {
            underscores = true;
            continue;
        } else if c.is_ascii_digit() {
            c - b'0'
        } else if lower(c).is_ascii_lowercase() {
            lower(c) - b'a' + 10
        } else {
            return Err(NumError::Syntax);
        };
        if u64::from(d) >= base {
            return Err(NumError::Syntax);
        }
        if n >= cutoff {
            return Err(NumError::Range);
        }
        n *= base;
        n = n.checked_add(u64::from(d)).ok_or(NumError::Range)?;
    }
    if underscores && !underscore_ok(b) {
        return Err(NumError::Syntax);
    }
    Ok(n)
}

/// `strconv.underscoreOK`: underscores only between digits, or after a base prefix.
fn underscore_ok(s: &[u8]) -> bool {
    #[derive(PartialEq)]
    enum Saw {
        Start,
        Digit,
        Underscore,
        Other,
    }
    let mut s = s;
    if let Some(b'-' | b'+') = s.first() {
        s = &s[1..];
    }
    let mut saw = Saw::Start;
    let mut i = 0;
    let mut hex = false;
    if s.len() >= 2 && s[0] == b'0' && matches!(lower(s[1]), b'b' | b'o' | b'x') {
        i = 2;
        saw = Saw::Digit;
        hex = lower(s[1]) == b'x';
    }
    for &c in &s[i..] {
        if c.is_ascii_digit() || (hex && (b'a'..=b'f').contains(&lower(c))) {
            saw = Saw::Digit;
            continue;
        }
        if c == b'_' {
            if saw != Saw::Digit {
                return false;
            }
            saw = Saw::Underscore;
            continue;
        }
        if saw == Saw::Underscore {
            return false;
        }
        saw = Saw::Other;
    }
    saw != Saw::Underscore
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn go_parse_bool_spellings() {
        for t in ["1", "t", "T", "TRUE", "true", "True"] {
            assert_eq!(parse_bool(t), Some(true), "{t}");
        }
        for f in ["0", "f", "F", "FALSE", "false", "False"] {
            assert_eq!(parse_bool(f), Some(false), "{f}");
        }
        for bad in ["maybe", "yes", "tRUE", "", " true", "01"] {
            assert_eq!(parse_bool(bad), None, "{bad}");
        }
    }

    #[test]
    fn go_parse_int_rules() {
        let ok: &[(&str, i64)] = &[
            ("0", 0),
            ("+7", 7),
            ("-0", 0),
            ("010", 8),
            ("0o17", 15),
            ("0O17", 15),
            ("0b101", 5),
            ("0B1", 1),
            ("0x1f", 31),
            ("0XfF", 255),
            ("-0x10", -16),
            ("1_000", 1000),
            ("0x_1f", 31),
            ("0_7", 7),
            ("9223372036854775807", i64::MAX),
            ("-9223372036854775808", i64::MIN),
            ("0x7fffffffffffffff", i64::MAX),
        ];
        for &(s, want) in ok {
            assert_eq!(parse_int(s), Ok(want), "{s}");
        }
        let syntax = [
            "", "+", "-", "x", "1.5", "08", "0x", "0b", "0o", "0b2", "0xg", "1__0", "_1", "1_",
            "0_", "0x_", "+-1", " 1", "1 ", "١", "0x1p4",
        ];
        for s in syntax {
            assert_eq!(parse_int(s), Err(NumError::Syntax), "{s:?}");
        }
        let range = [
            "9223372036854775808",
            "-9223372036854775809",
            "18446744073709551616",
            "99999999999999999999x",
            "0xffffffffffffffff",
        ];
        for s in range {
            assert_eq!(parse_int(s), Err(NumError::Range), "{s}");
        }
    }

    #[test]
    fn spec_lists() {
        let funcs = |v| check_specs(v, &[',', '+'], false);
        assert_eq!(funcs("context.WithoutCancel"), Ok(()));
        assert_eq!(funcs("a/b.F+c.d/e.T.M, x.Y,"), Ok(()));
        assert_eq!(funcs(""), Ok(()));
        assert_eq!(
            funcs("a.F+.G"),
            Err("\".G\" is not pkg/path.Func or pkg/path.Type.Method".into())
        );
        assert_eq!(
            check_specs("my pkg.T", &[','], true),
            Err("\"my pkg.T\" is not pkg/path.Type".into())
        );
    }

    #[test]
    fn toml_literals() {
        assert_eq!(FlagValue::Bool(false).toml(), "false");
        assert_eq!(FlagValue::Int(-1).toml(), "-1");
        assert_eq!(FlagValue::Str("a\"b".into()).toml(), "\"a\\\"b\"");
    }
}
