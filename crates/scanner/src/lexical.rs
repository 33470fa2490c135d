//! Lexical questions about source text, answered without parsing (prefilters).

/// Whether a byte can be part of a Go identifier (any non-ASCII byte is taken to be).
fn is_ident(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b >= 0x80
}

/// The positions where `name` occurs as a whole identifier followed (after blanks) by `(` or
/// `[`: a call, or an instantiation that may be one. Comments and strings may give false
/// candidates; no call is missed.
pub fn call_sites<'s>(src: &'s [u8], name: &'s str) -> impl Iterator<Item = usize> + 's {
    let name = name.as_bytes();
    memchr::memmem::find_iter(src, name).filter(move |&at| {
        if at > 0 && is_ident(src[at - 1]) {
            return false;
        }
        let rest = &src[at + name.len()..];
        if rest.first().is_some_and(|b| is_ident(*b)) {
            return false;
        }
        called_next(rest)
    })
}

/// Whether what follows a name makes it a callee: `(`, `[`, or `)(` for a parenthesised
/// callee (`(g.Go)(f)`).
fn called_next(rest: &[u8]) -> bool {
    match next_token(rest) {
        Some((b'(' | b'[', _)) => true,
        Some((b')', at)) => matches!(next_token(&rest[at + 1..]), Some((b'(', _))),
        _ => false,
    }
}

/// The first byte of `rest` that is not blank or inside a comment, and its offset.
fn next_token(rest: &[u8]) -> Option<(u8, usize)> {
    let mut i = 0;
    while i < rest.len() {
        match rest[i] {
            b' ' | b'\t' | b'\r' | b'\n' => i += 1,
            b'/' if rest.get(i + 1) == Some(&b'/') => {
                i = rest[i..]
                    .iter()
                    .position(|b| *b == b'\n')
                    .map_or(rest.len(), |p| i + p);
            }
            b'/' if rest.get(i + 1) == Some(&b'*') => {
                i = memchr::memmem::find(&rest[i + 2..], b"*/")
                    .map_or(rest.len(), |p| i + 2 + p + 2);
            }
            b => return Some((b, i)),
        }
    }
    None
}

/// The identifier ending right before `at` when `src[at - 1]` is a `.` (the `q` of `q.Name`).
pub fn qualifier_before(src: &[u8], at: usize) -> Option<&[u8]> {
    if at < 2 || src[at - 1] != b'.' {
        return None;
    }
    let end = at - 1;
    let start = src[..end]
        .iter()
        .rposition(|b| !is_ident(*b))
        .map_or(0, |p| p + 1);
    (start < end).then(|| &src[start..end])
}

/// Every identifier followed (after blanks) by `(` or `[`, in order: the names a piece of
/// code may call.
pub fn called_identifiers(src: &[u8]) -> impl Iterator<Item = &[u8]> {
    let mut i = 0;
    std::iter::from_fn(move || {
        while i < src.len() {
            if !is_ident(src[i]) || src[i].is_ascii_digit() {
                i += 1;
                continue;
            }
            let start = i;
            while i < src.len() && is_ident(src[i]) {
                i += 1;
            }
            if called_next(&src[i..]) {
                return Some(&src[start..i]);
            }
        }
        None
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_calls_only() {
        let src = b"g.Go(f); x := Gopher(); Go [int](y); var Go int; g.Go\n\t(h); g.Go /* c */ (i); (g.Go)(j); f(r.Go) + 1";
        let at: Vec<usize> = call_sites(src, "Go").collect();
        assert_eq!(at.len(), 5, "{at:?}");
        assert_eq!(qualifier_before(src, at[0]), Some(&b"g"[..]));
        assert_eq!(qualifier_before(src, at[1]), None);
    }

    #[test]
    fn called_identifiers_in_order() {
        let src = b"x := f(a) + g [int](b); h\n(c); y2 := arr[0]; 9(z); (p)(q); r.Go) x";
        let got: Vec<&[u8]> = called_identifiers(src).collect();
        assert_eq!(got, [&b"f"[..], b"g", b"h", b"arr", b"p"]);
    }
}
