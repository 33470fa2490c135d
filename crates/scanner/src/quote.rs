//! Go's string quoting (`strconv.Quote`, `%q`), for messages that show source text or flag
//! values: they must read as Go prints them (`"\ufeff"`, not Rust's `"\u{feff}"`).

/// Go's `strconv.Quote` (`%q`). Printability follows `unicode.IsPrint` for everything a
/// command line plausibly holds; unassigned code points count as printable here.
pub fn go_quote(s: &str) -> String {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if is_go_print(c) => out.push(c),
            '\u{7}' => out.push_str("\\a"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{b}' => out.push_str("\\v"),
            c => {
                let r = u32::from(c);
                let (prefix, width) = if r < 0x20 || r == 0x7f {
                    ("\\x", 2)
                } else if r < 0x10000 {
                    ("\\u", 4)
                } else {
                    ("\\U", 8)
                };
                out.push_str(prefix);
                for shift in (0..width).rev() {
                    out.push(char::from(HEX[((r >> (4 * shift)) & 0xf) as usize]));
                }
            }
        }
    }
    out.push('"');
    out
}

/// `unicode.IsPrint`: letters, marks, numbers, punctuation, symbols and U+0020 — that is,
/// not controls, format characters, other spaces, separators, private-use or noncharacters.
fn is_go_print(c: char) -> bool {
    let r = u32::from(c);
    if r < 0x80 {
        return (0x20..0x7f).contains(&r);
    }
    if c.is_control() || c.is_whitespace() {
        return false;
    }
    const FORMAT: &[(u32, u32)] = &[
        (0x00ad, 0x00ad),
        (0x0600, 0x0605),
        (0x061c, 0x061c),
        (0x06dd, 0x06dd),
        (0x070f, 0x070f),
        (0x0890, 0x0891),
        (0x08e2, 0x08e2),
        (0x180e, 0x180e),
        (0x200b, 0x200f),
        (0x202a, 0x202e),
        (0x2060, 0x2064),
        (0x2066, 0x206f),
        (0xfeff, 0xfeff),
        (0xfff9, 0xfffb),
        (0x110bd, 0x110bd),
        (0x110cd, 0x110cd),
        (0x13430, 0x1343f),
        (0x1bca0, 0x1bca3),
        (0x1d173, 0x1d17a),
        (0xe0001, 0xe0001),
        (0xe0020, 0xe007f),
    ];
    let private_use =
        (0xe000..=0xf8ff).contains(&r) || (0xf0000..=0xffffd).contains(&r) || r >= 0x0010_0000;
    let noncharacter = (0xfdd0..=0xfdef).contains(&r) || (r & 0xfffe) == 0xfffe;
    !(private_use || noncharacter || FORMAT.iter().any(|&(lo, hi)| (lo..=hi).contains(&r)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn go_quote_matches_strconv_quote() {
        let cases = [
            ("x", r#""x""#),
            ("", r#""""#),
            ("a\"b\\c", r#""a\"b\\c""#),
            ("\u{7}\u{8}\u{c}\n\r\t\u{b}", r#""\a\b\f\n\r\t\v""#),
            ("\u{1}\u{7f}", r#""\x01\x7f""#),
            ("é世", "\"é世\""),
            (
                "\u{a0}\u{200b}\u{2028}\u{85}",
                r#""\u00a0\u200b\u2028\u0085""#,
            ),
            ("\u{e000}\u{10ffff}", r#""\ue000\U0010ffff""#),
            ("😀", "\"😀\""),
        ];
        for (input, want) in cases {
            assert_eq!(go_quote(input), want, "{input:?}");
        }
    }
}
