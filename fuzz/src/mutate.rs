//! A structure-aware editor of Go source: the fuzz input is a program of edits (whole lines,
//! tokens, balanced `{...}`/`(...)` blocks, Go snippets) applied to a fixture file. Every byte
//! string is a valid program, so a coverage-guided engine can mutate it freely, and each edit
//! keeps most of the file's structure, so the result still reaches the checkers.

/// Go fragments worth inserting: goroutine shapes, spawning APIs, contexts, directives, and
/// things that unbalance the lexer (comments, raw strings).
pub const SNIPPETS: &[&str] = &[
    "go func() {\n",
    "}()\n",
    "go func(ctx context.Context) {\n",
    "}(ctx)\n",
    "ctx",
    "context.Background()",
    "context.WithoutCancel(ctx)",
    "apm.NewGoroutineContext(ctx)",
    "func(ctx context.Context) {",
    "func f(ctx context.Context) {\n",
    "}\n",
    "{",
    "}",
    "(",
    ")",
    "[",
    "]",
    "g, ctx := errgroup.WithContext(ctx)\n",
    "g.Go(func() error {\n",
    "return nil\n})\n",
    "var wg sync.WaitGroup\n",
    "wg.Go(func() {\n",
    "wg.Add(1)\ngo func() { defer wg.Done() }()\n",
    "p := pool.New()\np.Go(func() {})\n",
    "//goroutinectx:spawner\n",
    "//goroutinectx:ignore\n",
    "//goroutinectx:ignore goroutine\n",
    "// want `goroutine`\n",
    "//go:build ignore\n",
    "/*",
    "*/",
    "`",
    "\"",
    "'",
    "\\",
    "\n",
    ";",
    ",",
    ":=",
    ".",
    "...",
    "<-",
    "go ",
    "defer ",
    "func",
    "type T[P any] struct{ ctx context.Context }\n",
    "func (t *T[P]) Go(f func()) { go f() }\n",
    "import \"context\"\n",
    "import . \"golang.org/x/sync/errgroup\"\n",
    "import ctx \"context\"\n",
    "package p\n",
    "\u{feff}",
    "\u{0}",
    "\u{ff}\u{fe}",
    "é",
    "\r\n",
    "x := func() func() { return func() { Use(ctx) } }()\ngo x()\n",
    "for i := range 10 {\ngo func() { _ = i }()\n}\n",
    "select {\ncase <-ctx.Done():\n}\n",
    "switch x := ctx.(type) {\ncase nil:\n}\n",
    "label:\ngoto label\n",
    "var _ = [...]int{1, 2, 3}\n",
    "interface{ Go(func()) }",
    "struct{ context.Context }",
    "map[string]func(context.Context)",
    "chan<- func()",
];

/// Reads the edit program.
struct Reader<'a> {
    data: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn byte(&mut self) -> Option<u8> {
        let b = self.data.get(self.at).copied();
        self.at += 1;
        b
    }
    fn u16(&mut self) -> usize {
        let lo = self.byte().unwrap_or(0) as usize;
        let hi = self.byte().unwrap_or(0) as usize;
        lo | hi << 8
    }
}

/// Start offsets of the lines of `s` (always at least one).
fn line_starts(s: &[u8]) -> Vec<usize> {
    let mut out = vec![0];
    out.extend(
        s.iter()
            .enumerate()
            .filter(|(_, b)| **b == b'\n')
            .map(|(i, _)| i + 1)
            .filter(|i| *i < s.len()),
    );
    out
}

/// The byte range of `n` lines starting at line `first` (both taken modulo the line count).
fn line_range(s: &[u8], first: usize, n: usize) -> (usize, usize) {
    let starts = line_starts(s);
    let a = first % starts.len();
    let b = (a + 1 + n % 8).min(starts.len());
    (starts[a], starts.get(b).copied().unwrap_or(s.len()))
}

/// Token boundaries: offsets where a run of identifier characters or a punctuation byte starts.
fn token_starts(s: &[u8]) -> Vec<usize> {
    let word = |b: u8| b.is_ascii_alphanumeric() || b == b'_' || b >= 0x80;
    let mut out = vec![0];
    for i in 1..s.len() {
        let (p, c) = (s[i - 1], s[i]);
        if !(c.is_ascii_whitespace() || word(p) && word(c)) {
            out.push(i);
        }
    }
    out.push(s.len());
    out
}

/// The range of the `k`-th (modulo) balanced block opened by `open`, closing bracket included;
/// brackets in strings and comments are not skipped (the analyzer must cope either way).
fn block(s: &[u8], open: u8, k: usize) -> Option<(usize, usize)> {
    let close = match open {
        b'{' => b'}',
        b'(' => b')',
        _ => b']',
    };
    let opens: Vec<usize> = s
        .iter()
        .enumerate()
        .filter(|(_, b)| **b == open)
        .map(|(i, _)| i)
        .collect();
    if opens.is_empty() {
        return None;
    }
    let start = opens[k % opens.len()];
    let mut depth = 0usize;
    for (i, &b) in s.iter().enumerate().skip(start) {
        if b == open {
            depth += 1;
        } else if b == close {
            depth -= 1;
            if depth == 0 {
                return Some((start, i + 1));
            }
        }
    }
    Some((start, s.len()))
}

fn bracket(sel: u8) -> u8 {
    match sel % 3 {
        0 => b'{',
        1 => b'(',
        _ => b'[',
    }
}

/// Applies the edits `program` describes to `base`; `other` is a second file to splice from.
/// The result never exceeds `max_len` bytes.
pub fn apply(base: &[u8], other: &[u8], program: &[u8], max_len: usize) -> Vec<u8> {
    let mut s = base.to_vec();
    let mut r = Reader {
        data: program,
        at: 0,
    };
    while let Some(op) = r.byte() {
        match op % 16 {
            // Delete lines.
            0 => {
                let (a, b) = line_range(&s, r.u16(), r.byte().unwrap_or(0) as usize);
                s.drain(a..b);
            }
            // Duplicate lines to another place.
            1 => {
                let (a, b) = line_range(&s, r.u16(), r.byte().unwrap_or(0) as usize);
                let copy = s[a..b].to_vec();
                let (at, _) = line_range(&s, r.u16(), 0);
                s.splice(at..at, copy);
            }
            // Swap two lines.
            2 => {
                let (a1, b1) = line_range(&s, r.u16(), 0);
                let (a2, b2) = line_range(&s, r.u16(), 0);
                if b1 <= a2 {
                    let second = s[a2..b2].to_vec();
                    let first = s[a1..b1].to_vec();
                    s.splice(a2..b2, first);
                    s.splice(a1..b1, second);
                }
            }
            // Insert a snippet at a line start.
            3 => {
                let snippet = SNIPPETS[r.byte().unwrap_or(0) as usize % SNIPPETS.len()];
                let (at, _) = line_range(&s, r.u16(), 0);
                s.splice(at..at, snippet.bytes());
            }
            // Insert a snippet at a token boundary.
            4 => {
                let snippet = SNIPPETS[r.byte().unwrap_or(0) as usize % SNIPPETS.len()];
                let t = token_starts(&s);
                let at = t[r.u16() % t.len()];
                s.splice(at..at, snippet.bytes());
            }
            // Replace a token by a snippet or by another token of the file.
            5 => {
                let t = token_starts(&s);
                let i = r.u16() % t.len();
                let (a, b) = (t[i], t.get(i + 1).copied().unwrap_or(s.len()));
                let with: Vec<u8> = match r.byte() {
                    Some(x) if x < 128 => SNIPPETS[x as usize % SNIPPETS.len()].bytes().collect(),
                    _ => {
                        let j = r.u16() % t.len();
                        s[t[j]..t.get(j + 1).copied().unwrap_or(s.len())].to_vec()
                    }
                };
                s.splice(a..b, with);
            }
            // Delete a token.
            6 => {
                let t = token_starts(&s);
                let i = r.u16() % t.len();
                let (a, b) = (t[i], t.get(i + 1).copied().unwrap_or(s.len()));
                s.drain(a..b);
            }
            // Delete a balanced block.
            7 => {
                let open = bracket(r.byte().unwrap_or(0));
                if let Some((a, b)) = block(&s, open, r.u16()) {
                    s.drain(a..b);
                }
            }
            // Delete a block's contents, or its brackets only.
            8 => {
                let sel = r.byte().unwrap_or(0);
                if let Some((a, b)) = block(&s, bracket(sel), r.u16()) {
                    if sel & 0x80 != 0 {
                        s.drain(a + 1..b.saturating_sub(1).max(a + 1));
                    } else {
                        if b > a + 1 && s.get(b - 1) == Some(&b"{}()[]"[(sel as usize % 3) * 2 + 1])
                        {
                            s.remove(b - 1);
                        }
                        s.remove(a);
                    }
                }
            }
            // Duplicate a balanced block somewhere else (at a token boundary).
            9 => {
                let open = bracket(r.byte().unwrap_or(0));
                if let Some((a, b)) = block(&s, open, r.u16()) {
                    let copy = s[a..b].to_vec();
                    let t = token_starts(&s);
                    let at = t[r.u16() % t.len()];
                    s.splice(at..at, copy);
                }
            }
            // Wrap lines in a goroutine (or a closure, a spawner call, a block).
            10 => {
                let (a, b) = line_range(&s, r.u16(), r.byte().unwrap_or(0) as usize);
                let (open, close): (&[u8], &[u8]) = match r.byte().unwrap_or(0) % 5 {
                    0 => (b"go func() {\n", b"}()\n"),
                    1 => (b"go func(ctx context.Context) {\n", b"}(ctx)\n"),
                    2 => (b"g.Go(func() error {\n", b"return nil\n})\n"),
                    3 => (b"Spawn(ctx, func() {\n", b"})\n"),
                    _ => (b"{\n", b"}\n"),
                };
                s.splice(b..b, close.iter().copied());
                s.splice(a..a, open.iter().copied());
            }
            // Deep nesting: N levels of closures, blocks or parentheses around a line.
            11 => {
                let depth = 1 + r.u16() % 2000;
                let kind = r.byte().unwrap_or(0) % 4;
                let (a, b) = line_range(&s, r.u16(), 0);
                let (open, close): (&[u8], &[u8]) = match kind {
                    0 => (b"go func() {\n", b"}()\n"),
                    1 => (b"{", b"}"),
                    2 => (b"(", b")"),
                    _ => (b"func() {", b"}()"),
                };
                if s.len() + depth * (open.len() + close.len()) <= max_len {
                    s.splice(b..b, close.repeat(depth));
                    s.splice(a..a, open.repeat(depth));
                }
            }
            // Splice lines from the other file.
            12 => {
                let (a, b) = line_range(other, r.u16(), r.byte().unwrap_or(0) as usize);
                let (at, _) = line_range(&s, r.u16(), 0);
                s.splice(at..at, other[a..b].iter().copied());
            }
            // Truncate.
            13 => {
                let t = token_starts(&s);
                let at = t[r.u16() % t.len()];
                s.truncate(at);
            }
            // Insert a raw byte.
            14 => {
                let b = r.byte().unwrap_or(0);
                let t = token_starts(&s);
                let at = t[r.u16() % t.len()];
                s.insert(at, b);
            }
            // Rename: replace every occurrence of one token by another.
            _ => {
                let t = token_starts(&s);
                let i = r.u16() % t.len();
                let from = s[t[i]..t.get(i + 1).copied().unwrap_or(s.len())].to_vec();
                let to: Vec<u8> = SNIPPETS[r.byte().unwrap_or(0) as usize % SNIPPETS.len()]
                    .bytes()
                    .collect();
                if !from.is_empty() && from.iter().all(|b| b.is_ascii_alphanumeric() || *b == b'_')
                {
                    s = replace_all(&s, &from, &to, max_len);
                }
            }
        }
        s.truncate(max_len);
    }
    s
}

fn replace_all(s: &[u8], from: &[u8], to: &[u8], max_len: usize) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    let mut i = 0;
    while i < s.len() {
        if s[i..].starts_with(from) && out.len() < max_len {
            out.extend_from_slice(to);
            i += from.len();
        } else {
            out.push(s[i]);
            i += 1;
        }
    }
    out
}
