//! A Go syntax recognizer: says whether a file is syntactically valid Go without building a
//! tree, an order of magnitude faster than a tree-sitter parse.
//!
//! It is a filter, safe in one direction: [`Verdict::Valid`] means go/parser (and so `gofmt`)
//! accepts the file, and the caller reports nothing; [`Verdict::Invalid`] and
//! [`Verdict::Unknown`] mean "parse it with tree-sitter and report what that finds". So when in
//! doubt it answers `Unknown`, never `Valid`: non-ASCII identifiers, nesting deeper than
//! [`MAX_DEPTH`], and a few constructs go/parser accepts but the compiler rejects (`x.(type)`
//! outside a type switch's guard, a non-name on the left of `:=`, a generic type declaration
//! whose first type parameter starts with `*`, `|` or `(`).
//!
//! The grammar is go/parser's (Go 1.27: generics including type parameters on methods, range
//! over integers and functions, `~T` and unions in constraints), ported function by function
//! without its error recovery and without the tree: each expression is reduced to the little
//! go/parser later inspects about it ([`Shape`]: is it a bare name, a call, a parenthesised
//! expression, a type a composite literal may follow, a channel type...). The lexer is
//! go/scanner's (automatic semicolons, every literal form with its checks: digit separators,
//! prefixes, exponents, escapes). Time is linear in the input; recursion is bounded; no input
//! panics; nothing is allocated per token.

/// What [`recognize`] concluded about a file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// go/parser accepts the file: it has no syntax error.
    Valid,
    /// The file has a syntax error at or before `offset` (go/parser rejects it).
    Invalid { offset: usize },
    /// Not decided (see the module documentation): parse the file to find out.
    Unknown,
}

impl Verdict {
    pub fn is_valid(self) -> bool {
        self == Verdict::Valid
    }
}

/// Recursion deeper than this (nested expressions, types, blocks) answers [`Verdict::Unknown`].
pub const MAX_DEPTH: u32 = 200;

/// go/parser's own nesting bound (`maxNestLev`): past it the file is rejected. Our count is an
/// upper bound of go/parser's, so a file go/parser rejects for nesting is never `Valid`.
const GO_MAX_NEST: u32 = 100_000;

/// Whether `src` is a syntactically valid Go source file, as go/parser decides it.
pub fn recognize(src: &[u8]) -> Verdict {
    // go/scanner rejects invalid UTF-8, NUL bytes and a byte order mark anywhere but at the
    // start; the caller reports encoding problems with their own words.
    if std::str::from_utf8(src).is_err() {
        return Verdict::Unknown;
    }
    if memchr::memchr(0, src).is_some() {
        return Verdict::Invalid {
            offset: memchr::memchr(0, src).unwrap_or(0),
        };
    }
    let start = if src.starts_with(BOM) { BOM.len() } else { 0 };
    if let Some(at) = memchr::memmem::find(&src[start..], BOM) {
        return Verdict::Invalid { offset: start + at };
    }
    let mut p = Parser::new(src, start);
    match p.file() {
        Ok(()) if p.guards_seen == p.guards_used => Verdict::Valid,
        Ok(()) => Verdict::Unknown,
        Err(Stop::Invalid) => Verdict::Invalid { offset: p.pos },
        Err(Stop::Unknown) => Verdict::Unknown,
    }
}

/// Where [`recognize`] gave up on `src` when it answers [`Verdict::Unknown`] (for tests and
/// for finding grammar gaps): the offset of the token it stopped at.
pub fn undecided_at(src: &[u8]) -> Option<usize> {
    if recognize(src) != Verdict::Unknown || std::str::from_utf8(src).is_err() {
        return None;
    }
    let start = if src.starts_with(BOM) { BOM.len() } else { 0 };
    let mut p = Parser::new(src, start);
    match p.file() {
        Err(Stop::Unknown) => Some(p.undecided_at.get()),
        // An `x.(type)` outside a type switch's guard.
        _ => Some(src.len()),
    }
}

const BOM: &[u8] = "\u{feff}".as_bytes();

// ---------------------------------------------------------------------------------------------
// Tokens and the lexer (go/scanner)
// ---------------------------------------------------------------------------------------------

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum T {
    Eof,
    /// A `;`, or one inserted at a newline or the end of the file.
    Semi,
    Ident,
    /// An integer, floating-point, imaginary, rune or string literal.
    Lit,
    Add,
    Sub,
    Mul,
    Quo,
    Rem,
    And,
    Or,
    Xor,
    Shl,
    Shr,
    AndNot,
    /// `+=`, `-=`, `*=`, `/=`, `%=`, `&=`, `|=`, `^=`, `<<=`, `>>=`, `&^=`.
    OpAssign,
    Land,
    Lor,
    Arrow,
    Inc,
    Dec,
    Eql,
    Lss,
    Gtr,
    Assign,
    Not,
    Neq,
    Leq,
    Geq,
    Define,
    Ellipsis,
    Lparen,
    Lbrack,
    Lbrace,
    Comma,
    Period,
    Rparen,
    Rbrack,
    Rbrace,
    Colon,
    Tilde,
    Break,
    Case,
    Chan,
    Const,
    Continue,
    Default,
    Defer,
    Else,
    Fallthrough,
    For,
    Func,
    Go,
    Goto,
    If,
    Import,
    Interface,
    Map,
    Package,
    Range,
    Return,
    Select,
    Struct,
    Switch,
    Type,
    Var,
    /// A character or literal go/scanner rejects.
    Illegal,
    /// Something this lexer does not decide (a non-ASCII identifier).
    Undecided,
}

/// Binary operator precedence (go/token), 0 for anything else.
fn precedence(t: T) -> u8 {
    match t {
        T::Lor => 1,
        T::Land => 2,
        T::Eql | T::Neq | T::Lss | T::Leq | T::Gtr | T::Geq => 3,
        T::Add | T::Sub | T::Or | T::Xor => 4,
        T::Mul | T::Quo | T::Rem | T::Shl | T::Shr | T::And | T::AndNot => 5,
        _ => 0,
    }
}

fn keyword(word: &[u8]) -> T {
    match word {
        b"break" => T::Break,
        b"case" => T::Case,
        b"chan" => T::Chan,
        b"const" => T::Const,
        b"continue" => T::Continue,
        b"default" => T::Default,
        b"defer" => T::Defer,
        b"else" => T::Else,
        b"fallthrough" => T::Fallthrough,
        b"for" => T::For,
        b"func" => T::Func,
        b"go" => T::Go,
        b"goto" => T::Goto,
        b"if" => T::If,
        b"import" => T::Import,
        b"interface" => T::Interface,
        b"map" => T::Map,
        b"package" => T::Package,
        b"range" => T::Range,
        b"return" => T::Return,
        b"select" => T::Select,
        b"struct" => T::Struct,
        b"switch" => T::Switch,
        b"type" => T::Type,
        b"var" => T::Var,
        _ => T::Ident,
    }
}

struct Lexer<'a> {
    src: &'a [u8],
    i: usize,
    /// A newline or the end of the file ends the statement (go/scanner's `insertSemi`).
    insert_semi: bool,
}

impl Lexer<'_> {
    fn at(&self, i: usize) -> u8 {
        self.src.get(i).copied().unwrap_or(0)
    }

    /// The next token and its start offset.
    fn next(&mut self) -> (T, usize) {
        let src = self.src;
        let mut newline = false;
        // Blanks and comments; a newline in them ends the statement when one can end here.
        loop {
            match src.get(self.i) {
                Some(b' ' | b'\t' | b'\r') => self.i += 1,
                Some(b'\n') => {
                    newline = true;
                    self.i += 1;
                }
                Some(b'/') if self.at(self.i + 1) == b'/' => {
                    self.i =
                        memchr::memchr(b'\n', &src[self.i..]).map_or(src.len(), |n| self.i + n);
                }
                Some(b'/') if self.at(self.i + 1) == b'*' => {
                    let body = self.i + 2;
                    match memchr::memmem::find(&src[body..], b"*/") {
                        Some(n) => {
                            newline |= memchr::memchr(b'\n', &src[body..body + n]).is_some();
                            self.i = body + n + 2;
                        }
                        None => return (T::Illegal, self.i),
                    }
                }
                _ => break,
            }
        }
        let start = self.i;
        if self.insert_semi && (newline || start >= src.len()) {
            self.insert_semi = false;
            return (T::Semi, start);
        }
        let Some(&c) = src.get(start) else {
            return (T::Eof, start);
        };
        let (tok, semi) = self.token(c);
        self.insert_semi = semi;
        (tok, start)
    }

    /// Scans the token starting with `c` at `self.i`: the token and whether a newline after
    /// it ends the statement.
    fn token(&mut self, c: u8) -> (T, bool) {
        let src = self.src;
        let start = self.i;
        if c.is_ascii_alphabetic() || c == b'_' || (c >= 0x80 && letter_at(src, start) > 0) {
            let mut j = start;
            let mut ascii = true;
            loop {
                match src.get(j) {
                    Some(&b) if b.is_ascii_alphanumeric() || b == b'_' => j += 1,
                    Some(&b) if b >= 0x80 => match letter_at(src, j) {
                        0 => {
                            // Maybe a Unicode digit (part of the name), maybe an illegal
                            // character: not decided here.
                            self.i = j;
                            return (T::Undecided, false);
                        }
                        n => {
                            ascii = false;
                            j += n;
                        }
                    },
                    _ => break,
                }
            }
            self.i = j;
            let word = &src[start..j];
            let tok = if ascii && word.len() > 1 && c.is_ascii_lowercase() {
                keyword(word)
            } else {
                T::Ident
            };
            let semi = matches!(
                tok,
                T::Ident | T::Break | T::Continue | T::Fallthrough | T::Return
            );
            return (tok, semi);
        }
        if c.is_ascii_digit() || (c == b'.' && self.at(start + 1).is_ascii_digit()) {
            return (if self.number() { T::Lit } else { T::Illegal }, true);
        }
        self.i += 1;
        let n = self.at(self.i);
        let tok = match c {
            b'"' => return (self.string(), true),
            b'\'' => return (self.rune(), true),
            b'`' => {
                return match memchr::memchr(b'`', &src[self.i..]) {
                    Some(k) => {
                        self.i += k + 1;
                        (T::Lit, true)
                    }
                    None => (T::Illegal, false),
                }
            }
            b'(' => T::Lparen,
            b')' => return (T::Rparen, true),
            b'[' => T::Lbrack,
            b']' => return (T::Rbrack, true),
            b'{' => T::Lbrace,
            b'}' => return (T::Rbrace, true),
            b',' => T::Comma,
            b';' => T::Semi,
            b'~' => T::Tilde,
            b':' if n == b'=' => self.two(T::Define),
            b':' => T::Colon,
            b'.' if n == b'.' && self.at(self.i + 1) == b'.' => {
                self.i += 2;
                T::Ellipsis
            }
            b'.' => T::Period,
            b'+' if n == b'+' => return (self.two(T::Inc), true),
            b'-' if n == b'-' => return (self.two(T::Dec), true),
            b'+' | b'-' | b'*' | b'/' | b'%' | b'^' if n == b'=' => self.two(T::OpAssign),
            b'+' => T::Add,
            b'-' => T::Sub,
            b'*' => T::Mul,
            b'/' => T::Quo,
            b'%' => T::Rem,
            b'^' => T::Xor,
            b'&' if n == b'&' => self.two(T::Land),
            b'&' if n == b'^' => {
                self.i += 1;
                if self.at(self.i) == b'=' {
                    self.i += 1;
                    T::OpAssign
                } else {
                    T::AndNot
                }
            }
            b'&' if n == b'=' => self.two(T::OpAssign),
            b'&' => T::And,
            b'|' if n == b'|' => self.two(T::Lor),
            b'|' if n == b'=' => self.two(T::OpAssign),
            b'|' => T::Or,
            b'<' if n == b'-' => self.two(T::Arrow),
            b'<' | b'>' if n == c => {
                self.i += 1;
                if self.at(self.i) == b'=' {
                    self.i += 1;
                    T::OpAssign
                } else if c == b'<' {
                    T::Shl
                } else {
                    T::Shr
                }
            }
            b'<' if n == b'=' => self.two(T::Leq),
            b'<' => T::Lss,
            b'>' if n == b'=' => self.two(T::Geq),
            b'>' => T::Gtr,
            b'=' if n == b'=' => self.two(T::Eql),
            b'=' => T::Assign,
            b'!' if n == b'=' => self.two(T::Neq),
            b'!' => T::Not,
            _ if c >= 0x80 => T::Undecided,
            _ => T::Illegal,
        };
        (tok, false)
    }

    /// A two-byte operator.
    fn two(&mut self, t: T) -> T {
        self.i += 1;
        t
    }

    /// go/scanner's `digits`: consumes digits of `base` and `_`; bit 0 of the result: a digit
    /// was seen, bit 1: a `_` was. Records the first digit invalid in `base`.
    fn digits(&mut self, base: u32, invalid: &mut Option<usize>) -> u8 {
        let mut digsep = 0;
        loop {
            let c = self.at(self.i);
            if c == b'_' {
                digsep |= 2;
            } else if base <= 10 && c.is_ascii_digit() {
                if u32::from(c - b'0') >= base && invalid.is_none() {
                    *invalid = Some(self.i);
                }
                digsep |= 1;
            } else if base == 16 && c.is_ascii_hexdigit() {
                digsep |= 1;
            } else {
                return digsep;
            }
            self.i += 1;
        }
    }

    /// go/scanner's `scanNumber`: whether the literal is well formed.
    fn number(&mut self) -> bool {
        let start = self.i;
        let mut int = false;
        let mut float = false;
        let mut base = 10;
        let mut prefix = 0u8;
        let mut digsep = 0u8;
        let mut invalid = None;
        if self.at(self.i) != b'.' {
            int = true;
            if self.at(self.i) == b'0' {
                self.i += 1;
                match self.at(self.i).to_ascii_lowercase() {
                    b'x' => (base, prefix) = (16, b'x'),
                    b'o' => (base, prefix) = (8, b'o'),
                    b'b' => (base, prefix) = (2, b'b'),
                    _ => {
                        (base, prefix) = (8, b'0');
                        digsep = 1;
                    }
                }
                if prefix != b'0' {
                    self.i += 1;
                }
            }
            digsep |= self.digits(base, &mut invalid);
        }
        if self.at(self.i) == b'.' {
            float = true;
            if prefix == b'o' || prefix == b'b' {
                return false;
            }
            self.i += 1;
            digsep |= self.digits(base, &mut invalid);
        }
        if digsep & 1 == 0 {
            return false;
        }
        let e = self.at(self.i).to_ascii_lowercase();
        if e == b'e' || e == b'p' {
            if (e == b'e' && prefix != 0 && prefix != b'0') || (e == b'p' && prefix != b'x') {
                return false;
            }
            self.i += 1;
            float = true;
            if matches!(self.at(self.i), b'+' | b'-') {
                self.i += 1;
            }
            let ds = self.digits(10, &mut None);
            digsep |= ds;
            if ds & 1 == 0 {
                return false;
            }
        } else if prefix == b'x' && float {
            return false;
        }
        let imag = self.at(self.i) == b'i';
        if imag {
            self.i += 1;
        }
        if int && !float && !imag && invalid.is_some() {
            return false;
        }
        digsep & 2 == 0 || valid_separators(&self.src[start..self.i])
    }

    /// After an opening `"`: the string literal.
    fn string(&mut self) -> T {
        loop {
            let Some(k) = memchr::memchr3(b'"', b'\\', b'\n', &self.src[self.i..]) else {
                return T::Illegal;
            };
            self.i += k + 1;
            match self.src[self.i - 1] {
                b'"' => return T::Lit,
                b'\\' => {
                    if !self.escape(b'"') {
                        return T::Illegal;
                    }
                }
                _ => return T::Illegal,
            }
        }
    }

    /// After an opening `'`: the rune literal (exactly one character or escape).
    fn rune(&mut self) -> T {
        match self.at(self.i) {
            b'\\' => {
                self.i += 1;
                if !self.escape(b'\'') {
                    return T::Illegal;
                }
            }
            b'\n' | b'\'' => return T::Illegal,
            _ if self.i >= self.src.len() => return T::Illegal,
            c => self.i += utf8_len(c),
        }
        if self.at(self.i) == b'\'' {
            self.i += 1;
            T::Lit
        } else {
            T::Illegal
        }
    }

    /// go/scanner's `scanEscape`, after the backslash.
    fn escape(&mut self, quote: u8) -> bool {
        let c = self.at(self.i);
        let (n, base, max) = match c {
            b'a' | b'b' | b'f' | b'n' | b'r' | b't' | b'v' | b'\\' => {
                self.i += 1;
                return true;
            }
            _ if c == quote => {
                self.i += 1;
                return true;
            }
            b'0'..=b'7' => (3, 8, 255),
            b'x' => (2, 16, 255),
            b'u' => (4, 16, 0x10FFFF),
            b'U' => (8, 16, 0x10FFFF),
            _ => return false,
        };
        if !matches!(c, b'0'..=b'7') {
            self.i += 1;
        }
        let mut x: u32 = 0;
        for _ in 0..n {
            let Some(d) = char::from(self.at(self.i)).to_digit(base) else {
                return false;
            };
            x = x * base + d;
            self.i += 1;
        }
        x <= max && !(0xD800..0xE000).contains(&x)
    }
}

/// The length of the UTF-8 sequence a lead byte starts (the input is valid UTF-8).
fn utf8_len(lead: u8) -> usize {
    match lead {
        0..=0x7F => 1,
        0xC0..=0xDF => 2,
        0xE0..=0xEF => 3,
        _ => 4,
    }
}

/// The length of the character at `src[i]` if it is a non-ASCII letter of a few scripts
/// (Latin, Greek, Cyrillic, kana, CJK ideographs), all of Unicode category L as Go's
/// `unicode.IsLetter` requires; 0 for anything else, letters of other scripts included.
fn letter_at(src: &[u8], i: usize) -> usize {
    let n = utf8_len(src[i]);
    let Some(c) = src
        .get(i..i + n)
        .and_then(|b| std::str::from_utf8(b).ok())
        .and_then(|s| s.chars().next())
    else {
        return 0;
    };
    let letter = matches!(c,
        '\u{AA}' | '\u{B5}' | '\u{BA}'
        | '\u{C0}'..='\u{D6}'
        | '\u{D8}'..='\u{F6}'
        | '\u{F8}'..='\u{24F}'
        | '\u{391}'..='\u{3A1}'
        | '\u{3A3}'..='\u{3A9}'
        | '\u{3B1}'..='\u{3C9}'
        | '\u{400}'..='\u{481}'
        | '\u{3041}'..='\u{3096}'
        | '\u{30A1}'..='\u{30FA}'
        | '\u{4E00}'..='\u{9FFF}');
    if letter {
        n
    } else {
        0
    }
}

/// go/scanner's `invalidSep`: each `_` separates two digits (or follows a base prefix).
fn valid_separators(x: &[u8]) -> bool {
    let mut x1 = b' ';
    let mut d = b'.';
    let mut i = 0;
    if x.len() >= 2 && x[0] == b'0' {
        x1 = x[1].to_ascii_lowercase();
        if x1 == b'x' || x1 == b'o' || x1 == b'b' {
            d = b'0';
            i = 2;
        }
    }
    while i < x.len() {
        let p = d;
        d = x[i];
        if d == b'_' {
            if p != b'0' {
                return false;
            }
        } else if d.is_ascii_digit() || x1 == b'x' && d.is_ascii_hexdigit() {
            d = b'0';
        } else {
            if p == b'_' {
                return false;
            }
            d = b'.';
        }
        i += 1;
    }
    d != b'_'
}

// ---------------------------------------------------------------------------------------------
// The parser (go/parser without the tree)
// ---------------------------------------------------------------------------------------------

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Stop {
    Invalid,
    Unknown,
}

type R<X> = Result<X, Stop>;

/// What go/parser inspects about a parsed expression or type.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum K {
    Ident,
    Selector,
    /// An index expression or a generic instance `X[A, B]`.
    Index,
    ArrayType,
    StructType,
    MapType,
    ChanType,
    Call,
    /// `x.(type)`.
    TypeGuard,
    Other,
}

/// Channel directions.
const SEND: u8 = 1;
const RECV: u8 = 2;
const BOTH: u8 = 3;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
struct Shape {
    /// The kind, parentheses removed (go/ast's `Unparen`).
    k: K,
    /// Parenthesised.
    paren: bool,
    /// A channel type's direction.
    dir: u8,
    /// For a channel type: the first direction other than send along its chain of element
    /// channel types (0 if none).
    chain: u8,
}

impl Shape {
    const fn of(k: K) -> Shape {
        Shape {
            k,
            paren: false,
            dir: 0,
            chain: 0,
        }
    }

    fn is(self, k: K) -> bool {
        self.k == k && !self.paren
    }
}

const OTHER: Shape = Shape::of(K::Other);

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    Basic,
    LabelOk,
    RangeOk,
}

/// What go/parser inspects about a simple statement.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Simple {
    Expr(Shape),
    /// `x := y.(type)`.
    Guard,
    /// `k, v := range x` with this many names on the left.
    Range(usize),
    Labeled,
    Other,
}

struct Parser<'a> {
    lx: Lexer<'a>,
    tok: T,
    pos: usize,
    /// go/parser's `exprLev`: < 0 in a control clause, where `T{` does not start a literal.
    expr_lev: i32,
    /// An upper bound of go/parser's `nestLev`.
    nest: u32,
    /// The recursion depth.
    depth: u32,
    /// `x.(type)` expressions seen, and those that were a type switch's guard.
    guards_seen: usize,
    guards_used: usize,
    /// Where the recognizer gave up, for [`undecided_at`].
    undecided_at: std::cell::Cell<usize>,
}

impl<'a> Parser<'a> {
    fn new(src: &'a [u8], start: usize) -> Self {
        let mut p = Parser {
            lx: Lexer {
                src,
                i: start,
                insert_semi: false,
            },
            tok: T::Eof,
            pos: 0,
            expr_lev: 0,
            nest: 0,
            depth: 0,
            guards_seen: 0,
            guards_used: 0,
            undecided_at: std::cell::Cell::new(0),
        };
        p.next();
        p
    }

    fn next(&mut self) {
        (self.tok, self.pos) = self.lx.next();
    }

    /// A failure at the current token: invalid, unless the lexer could not decide it.
    fn fail<X>(&self) -> R<X> {
        Err(if self.tok == T::Undecided {
            self.unknown()
        } else {
            Stop::Invalid
        })
    }

    /// Not decided here (see the module documentation).
    fn unknown(&self) -> Stop {
        self.undecided_at.set(self.pos);
        Stop::Unknown
    }

    fn expect(&mut self, t: T) -> R<()> {
        if self.tok != t {
            return self.fail();
        }
        self.next();
        Ok(())
    }

    /// go/parser's `expectSemi`: a `;` (consumed), or a closing `)` or `}` (not consumed).
    fn expect_semi(&mut self) -> R<()> {
        match self.tok {
            T::Rparen | T::Rbrace => Ok(()),
            T::Semi => {
                self.next();
                Ok(())
            }
            _ => self.fail(),
        }
    }

    /// After a list element: `,` (consumed, continue), `closing` (stop), anything else fails.
    fn at_comma(&mut self, closing: T) -> R<bool> {
        match self.tok {
            T::Comma => {
                self.next();
                Ok(true)
            }
            t if t == closing => Ok(false),
            _ => self.fail(),
        }
    }

    fn enter(&mut self) -> R<()> {
        self.depth += 1;
        self.nest += 1;
        if self.depth > MAX_DEPTH || self.nest > GO_MAX_NEST {
            return Err(self.unknown());
        }
        Ok(())
    }

    fn leave(&mut self) {
        self.depth -= 1;
        self.nest -= 1;
    }

    /// Adds `n` to the nesting count without recursing (go/parser counts loop iterations).
    fn nest_add(&mut self, n: u32) -> R<()> {
        self.nest += n;
        if self.nest > GO_MAX_NEST {
            return Err(self.unknown());
        }
        Ok(())
    }

    // --- Declarations -------------------------------------------------------------------------

    fn file(&mut self) -> R<()> {
        self.expect(T::Package)?;
        self.expect(T::Ident)?;
        self.expect_semi()?;
        while self.tok == T::Import {
            self.gen_decl(T::Import)?;
        }
        while self.tok != T::Eof {
            match self.tok {
                T::Const | T::Var | T::Type => self.gen_decl(self.tok)?,
                T::Func => self.func_decl()?,
                _ => return self.fail(),
            }
        }
        Ok(())
    }

    fn gen_decl(&mut self, keyword: T) -> R<()> {
        self.next();
        if self.tok == T::Lparen {
            self.next();
            while self.tok != T::Rparen && self.tok != T::Eof {
                self.spec(keyword)?;
            }
            self.expect(T::Rparen)?;
            self.expect_semi()
        } else {
            self.spec(keyword)
        }
    }

    fn spec(&mut self, keyword: T) -> R<()> {
        match keyword {
            T::Import => {
                if matches!(self.tok, T::Ident | T::Period) {
                    self.next();
                }
                // The path: a string literal.
                if self.tok != T::Lit || !matches!(self.lx.src[self.pos], b'"' | b'`') {
                    return self.fail();
                }
                self.next();
            }
            T::Type => self.type_spec()?,
            _ => {
                self.ident_list()?;
                if keyword == T::Const {
                    if !matches!(self.tok, T::Eof | T::Semi | T::Rparen) {
                        self.try_type()?;
                        if self.tok == T::Assign {
                            self.next();
                            self.list()?;
                        }
                    }
                } else {
                    if self.tok != T::Assign {
                        self.parse_type()?;
                    }
                    if self.tok == T::Assign {
                        self.next();
                        self.list()?;
                    }
                }
            }
        }
        self.expect_semi()
    }

    fn ident_list(&mut self) -> R<()> {
        self.expect(T::Ident)?;
        while self.tok == T::Comma {
            self.next();
            self.expect(T::Ident)?;
        }
        Ok(())
    }

    fn type_spec(&mut self) -> R<()> {
        self.expect(T::Ident)?;
        if self.tok != T::Lbrack {
            if self.tok == T::Assign {
                self.next();
            }
            self.parse_type()?;
            return Ok(());
        }
        self.next();
        if self.tok != T::Ident {
            return self.array_type(false);
        }
        // `type T[P C]` (generic) or `type T[N]E` (array): go/parser parses an expression and
        // asks whether it can be split into a name and a constraint (`extractName`). Only a
        // bare name splits unless the expression starts with `P *`, `P |` or `P (`, which we
        // leave undecided.
        self.next();
        let mut bare = true;
        match self.tok {
            T::Mul | T::Or | T::Lparen => return Err(self.unknown()),
            T::Lbrack => {}
            _ => {
                self.expr_lev += 1;
                let x = self.primary(Some(Shape::of(K::Ident)))?;
                let x = self.binary_rest(x)?;
                self.expr_lev -= 1;
                bare = x.is(K::Ident);
            }
        }
        if bare && self.tok != T::Rbrack {
            self.param_list(true, T::Rbrack, false)?;
            self.expect(T::Rbrack)?;
            if self.tok == T::Assign {
                self.next();
            }
            self.parse_type()?;
            Ok(())
        } else {
            self.array_type(true)
        }
    }

    fn func_decl(&mut self) -> R<()> {
        self.next();
        if self.tok == T::Lparen {
            self.parameters(false)?;
        }
        self.expect(T::Ident)?;
        if self.tok == T::Lbrack {
            self.type_parameters()?;
        }
        self.parameters(false)?;
        self.parameters(true)?;
        match self.tok {
            T::Lbrace => {
                self.body()?;
                self.expect_semi()
            }
            T::Semi => {
                self.next();
                if self.tok == T::Lbrace {
                    return self.fail();
                }
                Ok(())
            }
            _ => self.expect_semi(),
        }
    }

    fn type_parameters(&mut self) -> R<()> {
        self.expect(T::Lbrack)?;
        if self.tok == T::Rbrack {
            return self.fail();
        }
        self.param_list(false, T::Rbrack, false)?;
        self.expect(T::Rbrack)
    }

    /// go/parser's `parseParameters`.
    fn parameters(&mut self, result: bool) -> R<()> {
        if !result || self.tok == T::Lparen {
            self.expect(T::Lparen)?;
            if self.tok != T::Rparen {
                self.param_list(false, T::Rparen, !result)?;
            }
            self.expect(T::Rparen)
        } else {
            self.try_type().map(drop)
        }
    }

    /// go/parser's `parseParameterList` (`name0`: the first name is already consumed) and
    /// its checks: names on all parameters or on none, a type at the end, type parameters
    /// always named, `...` only on the final parameter of a parameter list.
    fn param_list(&mut self, mut name0: bool, closing: T, dddok: bool) -> R<()> {
        let tparams = closing == T::Rbrack;
        let (mut len, mut named) = (0usize, 0usize);
        let mut type_only = false;
        let mut last_named = false;
        // Names without a type just before this entry (they share the next entry's type).
        let mut pending = 0usize;
        let mut ellipsis = false;
        while name0 || (self.tok != closing && self.tok != T::Eof) {
            if ellipsis {
                // `...` on a parameter that is not the final one.
                return self.fail();
            }
            let (name, typ, dots) = self.param_decl(name0, tparams)?;
            name0 = false;
            len += 1;
            if dots && (!dddok || name && pending > 0) {
                return self.fail();
            }
            ellipsis |= dots;
            if name && typ {
                named += 1;
            }
            type_only |= !name;
            last_named = name && typ;
            pending = if name && !typ { pending + 1 } else { 0 };
            if !self.at_comma(closing)? {
                break;
            }
        }
        if len == 0 {
            return Ok(());
        }
        let ok = if named == 0 {
            !tparams
        } else {
            named == len || (!type_only && last_named)
        };
        if ok {
            Ok(())
        } else {
            self.fail()
        }
    }

    /// go/parser's `parseParamDecl`: (has a name, has a type, the type is `...T`).
    fn param_decl(&mut self, name0: bool, type_sets: bool) -> R<(bool, bool, bool)> {
        if !name0 && type_sets && self.tok == T::Tilde {
            self.embedded_elem(false)?;
            return Ok((false, true, false));
        }
        let (name, typ) = if name0 || self.tok == T::Ident {
            if !name0 {
                self.next();
            }
            match self.tok {
                T::Ident
                | T::Mul
                | T::Arrow
                | T::Func
                | T::Chan
                | T::Map
                | T::Struct
                | T::Interface
                | T::Lparen => {
                    self.parse_type()?;
                    (true, true)
                }
                T::Lbrack => (self.array_field_or_type_instance()?, true),
                T::Ellipsis => {
                    self.next();
                    self.parse_type()?;
                    return Ok((true, true, true));
                }
                T::Period => {
                    self.next();
                    self.expect(T::Ident)?;
                    if self.tok == T::Lbrack {
                        self.type_instance()?;
                    }
                    (false, true)
                }
                T::Tilde if type_sets => {
                    self.embedded_elem(false)?;
                    return Ok((true, true, false));
                }
                T::Or if type_sets => {
                    self.embedded_elem(true)?;
                    return Ok((false, true, false));
                }
                _ => (true, false),
            }
        } else {
            match self.tok {
                T::Mul
                | T::Arrow
                | T::Func
                | T::Lbrack
                | T::Chan
                | T::Map
                | T::Struct
                | T::Interface
                | T::Lparen => {
                    self.parse_type()?;
                    (false, true)
                }
                T::Ellipsis => {
                    self.next();
                    self.parse_type()?;
                    return Ok((false, true, true));
                }
                _ => return self.fail(),
            }
        };
        if type_sets && self.tok == T::Or && typ {
            self.embedded_elem(true)?;
        }
        Ok((name, typ, false))
    }

    /// After `name` at `[`: `name [N]E` (a name and an array type: true) or the generic
    /// instance `name[A, B]` (a type: false).
    fn array_field_or_type_instance(&mut self) -> R<bool> {
        self.expect(T::Lbrack)?;
        let mut trailing_comma = false;
        let mut args = 0;
        if self.tok != T::Rbrack {
            self.expr_lev += 1;
            self.expr()?;
            args = 1;
            while self.tok == T::Comma {
                self.next();
                if self.tok == T::Rbrack {
                    trailing_comma = true;
                    break;
                }
                self.expr()?;
                args += 1;
            }
            self.expr_lev -= 1;
        }
        self.expect(T::Rbrack)?;
        if args == 0 {
            self.parse_type()?;
            return Ok(true);
        }
        if args == 1 && self.try_type()?.is_some() {
            if trailing_comma {
                return self.fail();
            }
            return Ok(true);
        }
        Ok(false)
    }

    // --- Types --------------------------------------------------------------------------------

    fn parse_type(&mut self) -> R<Shape> {
        match self.try_type()? {
            Some(s) => Ok(s),
            None => self.fail(),
        }
    }

    /// go/parser's `tryIdentOrType`.
    fn try_type(&mut self) -> R<Option<Shape>> {
        self.enter()?;
        let s = match self.tok {
            T::Ident => {
                self.next();
                let mut s = Shape::of(K::Ident);
                if self.tok == T::Period {
                    self.next();
                    self.expect(T::Ident)?;
                    s = Shape::of(K::Selector);
                }
                if self.tok == T::Lbrack {
                    self.type_instance()?;
                    s = Shape::of(K::Index);
                }
                s
            }
            T::Lbrack => {
                self.next();
                self.array_type(false)?;
                Shape::of(K::ArrayType)
            }
            T::Struct => self.struct_type()?,
            T::Mul => {
                self.next();
                self.parse_type()?;
                OTHER
            }
            T::Func => {
                self.func_type()?;
                OTHER
            }
            T::Interface => {
                self.interface_type()?;
                OTHER
            }
            T::Map => {
                self.next();
                self.expect(T::Lbrack)?;
                self.parse_type()?;
                self.expect(T::Rbrack)?;
                self.parse_type()?;
                Shape::of(K::MapType)
            }
            T::Chan | T::Arrow => self.chan_type()?,
            T::Lparen => {
                self.next();
                let s = self.parse_type()?;
                self.expect(T::Rparen)?;
                Shape { paren: true, ..s }
            }
            _ => {
                self.leave();
                return Ok(None);
            }
        };
        self.leave();
        Ok(Some(s))
    }

    /// After `[`: an array or slice type; `len_done`: the length was parsed already.
    fn array_type(&mut self, len_done: bool) -> R<()> {
        if !len_done {
            self.expr_lev += 1;
            if self.tok == T::Ellipsis {
                self.next();
            } else if self.tok != T::Rbrack {
                self.expr()?;
            }
            self.expr_lev -= 1;
        }
        self.expect(T::Rbrack)?;
        self.parse_type().map(drop)
    }

    /// At `[` after a type name: type arguments.
    fn type_instance(&mut self) -> R<()> {
        self.expect(T::Lbrack)?;
        self.expr_lev += 1;
        let mut n = 0;
        while self.tok != T::Rbrack && self.tok != T::Eof {
            self.parse_type()?;
            n += 1;
            if !self.at_comma(T::Rbrack)? {
                break;
            }
        }
        self.expr_lev -= 1;
        self.expect(T::Rbrack)?;
        if n == 0 {
            return self.fail();
        }
        Ok(())
    }

    fn struct_type(&mut self) -> R<Shape> {
        self.next();
        self.expect(T::Lbrace)?;
        loop {
            match self.tok {
                T::Ident => {
                    self.next();
                    if matches!(self.tok, T::Period | T::Lit | T::Semi | T::Rbrace) {
                        // An embedded type (a literal here can only be a tag).
                        if self.tok == T::Period {
                            self.qualified_rest()?;
                        }
                    } else {
                        let mut several = false;
                        while self.tok == T::Comma {
                            self.next();
                            self.expect(T::Ident)?;
                            several = true;
                        }
                        if !several && self.tok == T::Lbrack {
                            self.array_field_or_type_instance()?;
                        } else {
                            self.parse_type()?;
                        }
                    }
                }
                T::Mul => {
                    self.next();
                    self.expect(T::Ident)?;
                    if self.tok == T::Period {
                        self.qualified_rest()?;
                    } else if self.tok == T::Lbrack {
                        self.type_instance()?;
                    }
                }
                T::Lparen => return self.fail(),
                _ => break,
            }
            if self.tok == T::Lit {
                if !matches!(self.lx.src[self.pos], b'"' | b'`') {
                    return self.fail();
                }
                self.next();
            }
            self.expect_semi()?;
        }
        self.expect(T::Rbrace)?;
        Ok(Shape::of(K::StructType))
    }

    /// At `.` after a type name's package: `.Name` and type arguments.
    fn qualified_rest(&mut self) -> R<()> {
        self.expect(T::Period)?;
        self.expect(T::Ident)?;
        if self.tok == T::Lbrack {
            self.type_instance()?;
        }
        Ok(())
    }

    fn interface_type(&mut self) -> R<()> {
        self.next();
        self.expect(T::Lbrace)?;
        loop {
            match self.tok {
                T::Ident => {
                    if self.method_spec()? {
                        self.embedded_elem(true)?;
                    }
                }
                T::Tilde => self.embedded_elem(false)?,
                _ => {
                    if self.try_type()?.is_none() {
                        break;
                    }
                    self.embedded_elem(true)?;
                }
            }
            self.expect_semi()?;
        }
        self.expect(T::Rbrace)
    }

    /// go/parser's `parseMethodSpec`: whether it was a type (embedded) rather than a method.
    fn method_spec(&mut self) -> R<bool> {
        self.next();
        if self.tok == T::Period {
            self.next();
            self.expect(T::Ident)?;
            if self.tok == T::Lbrack {
                self.type_instance()?;
            }
            return Ok(true);
        }
        match self.tok {
            T::Lbrack => {
                self.next();
                self.expr_lev += 1;
                let x = self.expr()?;
                self.expr_lev -= 1;
                if x.is(K::Ident) && self.tok != T::Comma && self.tok != T::Rbrack {
                    // An interface method with type parameters.
                    return self.fail();
                }
                if self.at_comma(T::Rbrack)? {
                    self.expr_lev += 1;
                    while self.tok != T::Rbrack && self.tok != T::Eof {
                        self.parse_type()?;
                        if !self.at_comma(T::Rbrack)? {
                            break;
                        }
                    }
                    self.expr_lev -= 1;
                }
                self.expect(T::Rbrack)?;
                Ok(true)
            }
            T::Lparen => {
                self.parameters(false)?;
                self.parameters(true)?;
                Ok(false)
            }
            _ => Ok(true),
        }
    }

    /// go/parser's `embeddedElem`: `[~]T | [~]U ...`; `have_first`: the first term is parsed.
    fn embedded_elem(&mut self, have_first: bool) -> R<()> {
        if !have_first {
            self.embedded_term()?;
        }
        while self.tok == T::Or {
            self.next();
            self.embedded_term()?;
        }
        Ok(())
    }

    fn embedded_term(&mut self) -> R<()> {
        if self.tok == T::Tilde {
            self.next();
            return self.parse_type().map(drop);
        }
        self.parse_type().map(drop)
    }

    fn chan_type(&mut self) -> R<Shape> {
        let dir = if self.tok == T::Chan {
            self.next();
            if self.tok == T::Arrow {
                self.next();
                SEND
            } else {
                BOTH
            }
        } else {
            self.next();
            self.expect(T::Chan)?;
            RECV
        };
        let value = self.parse_type()?;
        let chain = if value.is(K::ChanType) {
            if value.dir != SEND {
                value.dir
            } else {
                value.chain
            }
        } else {
            0
        };
        Ok(Shape {
            dir,
            chain,
            ..Shape::of(K::ChanType)
        })
    }

    fn func_type(&mut self) -> R<()> {
        self.expect(T::Func)?;
        if self.tok == T::Lbrack {
            // A function type has no type parameters.
            return self.fail();
        }
        self.parameters(false)?;
        self.parameters(true)
    }

    // --- Expressions --------------------------------------------------------------------------

    fn expr(&mut self) -> R<Shape> {
        let x = self.unary()?;
        self.binary_rest(x)
    }

    /// The binary operators and operands after `x`. Any sequence of binary operators is
    /// valid, so precedence does not matter here.
    fn binary_rest(&mut self, mut x: Shape) -> R<Shape> {
        // go/parser counts one nesting level per operator, plus its precedence recursion.
        let mut added = 6;
        self.nest_add(6)?;
        while precedence(self.tok) > 0 {
            self.nest_add(1)?;
            added += 1;
            self.next();
            self.unary()?;
            x = OTHER;
        }
        self.nest -= added;
        Ok(x)
    }

    /// An expression list: (count, first shape, all bare names).
    fn list(&mut self) -> R<(usize, Shape, bool)> {
        let first = self.expr()?;
        let mut names = first.is(K::Ident);
        let mut n = 1;
        while self.tok == T::Comma {
            self.next();
            names &= self.expr()?.is(K::Ident);
            n += 1;
        }
        Ok((n, first, names))
    }

    fn unary(&mut self) -> R<Shape> {
        self.enter()?;
        let s = match self.tok {
            T::Add | T::Sub | T::Not | T::Xor | T::And | T::Tilde | T::Mul => {
                self.next();
                self.unary()?;
                OTHER
            }
            T::Arrow => {
                self.next();
                let x = self.unary()?;
                if x.is(K::ChanType) {
                    // `<-chan T`: a receive-only channel type, which the arrow must be able
                    // to turn the channel types of the chain into (go/parser's loop).
                    let first = if x.dir != SEND { x.dir } else { x.chain };
                    if first != BOTH {
                        return self.fail();
                    }
                    Shape { dir: RECV, ..x }
                } else {
                    OTHER
                }
            }
            _ => self.primary(None)?,
        };
        self.leave();
        Ok(s)
    }

    fn operand(&mut self) -> R<Shape> {
        match self.tok {
            T::Ident => {
                self.next();
                Ok(Shape::of(K::Ident))
            }
            T::Lit => {
                self.next();
                Ok(OTHER)
            }
            T::Lparen => {
                self.next();
                self.expr_lev += 1;
                let x = self.expr()?;
                self.expr_lev -= 1;
                self.expect(T::Rparen)?;
                Ok(Shape { paren: true, ..x })
            }
            T::Func => {
                self.func_type()?;
                if self.tok == T::Lbrace {
                    self.expr_lev += 1;
                    self.body()?;
                    self.expr_lev -= 1;
                }
                Ok(OTHER)
            }
            _ => match self.try_type()? {
                Some(t) => Ok(t),
                None => self.fail(),
            },
        }
    }

    fn primary(&mut self, x: Option<Shape>) -> R<Shape> {
        let mut x = match x {
            Some(x) => x,
            None => self.operand()?,
        };
        let mut n = 0;
        loop {
            self.nest_add(1)?;
            n += 1;
            match self.tok {
                T::Period => {
                    self.next();
                    match self.tok {
                        T::Ident => {
                            self.next();
                            x = Shape::of(K::Selector);
                        }
                        T::Lparen => {
                            self.next();
                            if self.tok == T::Type {
                                self.next();
                                self.guards_seen += 1;
                                x = Shape::of(K::TypeGuard);
                            } else {
                                self.parse_type()?;
                                x = OTHER;
                            }
                            self.expect(T::Rparen)?;
                        }
                        _ => return self.fail(),
                    }
                }
                T::Lbrack => x = self.index_or_slice()?,
                T::Lparen => {
                    self.call()?;
                    x = Shape::of(K::Call);
                }
                T::Lbrace => {
                    let literal = match x.k {
                        K::Ident | K::Selector | K::Index => self.expr_lev >= 0,
                        K::ArrayType | K::StructType | K::MapType => true,
                        _ => false,
                    };
                    if !literal {
                        break;
                    }
                    if x.paren {
                        // A parenthesised type before a composite literal's braces.
                        return self.fail();
                    }
                    self.literal_value()?;
                    x = OTHER;
                }
                _ => break,
            }
        }
        self.nest -= n;
        Ok(x)
    }

    fn index_or_slice(&mut self) -> R<Shape> {
        self.expect(T::Lbrack)?;
        if self.tok == T::Rbrack {
            return self.fail();
        }
        self.expr_lev += 1;
        let mut have = [false; 3];
        let mut colons = 0;
        if self.tok != T::Colon {
            self.expr()?;
            have[0] = true;
        }
        match self.tok {
            T::Colon => {
                while self.tok == T::Colon && colons < 2 {
                    colons += 1;
                    self.next();
                    if !matches!(self.tok, T::Colon | T::Rbrack | T::Eof) {
                        self.expr()?;
                        have[colons] = true;
                    }
                }
            }
            T::Comma => {
                while self.tok == T::Comma {
                    self.next();
                    if self.tok != T::Rbrack && self.tok != T::Eof {
                        self.parse_type()?;
                    }
                }
            }
            _ => {}
        }
        self.expr_lev -= 1;
        self.expect(T::Rbrack)?;
        if colons == 2 && !(have[1] && have[2]) {
            // A 3-index slice needs its middle and final indices.
            return self.fail();
        }
        Ok(if colons > 0 {
            OTHER
        } else {
            Shape::of(K::Index)
        })
    }

    fn call(&mut self) -> R<()> {
        self.expect(T::Lparen)?;
        self.expr_lev += 1;
        let mut ellipsis = false;
        while self.tok != T::Rparen && self.tok != T::Eof && !ellipsis {
            self.expr()?;
            if self.tok == T::Ellipsis {
                ellipsis = true;
                self.next();
            }
            if !self.at_comma(T::Rparen)? {
                break;
            }
        }
        self.expr_lev -= 1;
        self.expect(T::Rparen)
    }

    fn literal_value(&mut self) -> R<()> {
        self.enter()?;
        self.expect(T::Lbrace)?;
        self.expr_lev += 1;
        while self.tok != T::Rbrace && self.tok != T::Eof {
            self.element_value()?;
            if self.tok == T::Colon {
                self.next();
                self.element_value()?;
            }
            if !self.at_comma(T::Rbrace)? {
                break;
            }
        }
        self.expr_lev -= 1;
        self.expect(T::Rbrace)?;
        self.leave();
        Ok(())
    }

    fn element_value(&mut self) -> R<()> {
        if self.tok == T::Lbrace {
            self.literal_value()
        } else {
            self.expr().map(drop)
        }
    }

    // --- Statements ---------------------------------------------------------------------------

    fn body(&mut self) -> R<()> {
        self.enter()?;
        self.expect(T::Lbrace)?;
        self.stmt_list()?;
        self.expect(T::Rbrace)?;
        self.leave();
        Ok(())
    }

    fn stmt_list(&mut self) -> R<()> {
        while !matches!(self.tok, T::Case | T::Default | T::Rbrace | T::Eof) {
            self.stmt()?;
        }
        Ok(())
    }

    fn stmt(&mut self) -> R<()> {
        self.enter()?;
        match self.tok {
            T::Const | T::Type | T::Var => self.gen_decl(self.tok)?,
            T::Ident
            | T::Lit
            | T::Func
            | T::Lparen
            | T::Lbrack
            | T::Struct
            | T::Map
            | T::Chan
            | T::Interface
            | T::Add
            | T::Sub
            | T::Mul
            | T::And
            | T::Xor
            | T::Arrow
            | T::Not => {
                if self.simple_stmt(Mode::LabelOk)? != Simple::Labeled {
                    self.expect_semi()?;
                }
            }
            T::Go | T::Defer => {
                self.next();
                if !self.expr()?.is(K::Call) {
                    return self.fail();
                }
                self.expect_semi()?;
            }
            T::Return => {
                self.next();
                if self.tok != T::Semi && self.tok != T::Rbrace {
                    self.list()?;
                }
                self.expect_semi()?;
            }
            T::Break | T::Continue | T::Goto | T::Fallthrough => {
                let t = self.tok;
                self.next();
                if t == T::Goto || (t != T::Fallthrough && self.tok == T::Ident) {
                    self.expect(T::Ident)?;
                }
                self.expect_semi()?;
            }
            T::Lbrace => {
                self.body()?;
                self.expect_semi()?;
            }
            T::If => self.if_stmt()?,
            T::Switch => self.switch_stmt()?,
            T::Select => self.select_stmt()?,
            T::For => self.for_stmt()?,
            T::Semi => self.next(),
            T::Rbrace => {}
            _ => return self.fail(),
        }
        self.leave();
        Ok(())
    }

    fn simple_stmt(&mut self, mode: Mode) -> R<Simple> {
        let (n, first, names) = self.list()?;
        match self.tok {
            T::Define | T::Assign | T::OpAssign => {
                let op = self.tok;
                self.next();
                if op == T::Define && !names {
                    // go/parser leaves a non-name left of `:=` to the type checker.
                    return Err(self.unknown());
                }
                if mode == Mode::RangeOk && self.tok == T::Range && op != T::OpAssign {
                    self.next();
                    self.expr()?;
                    return Ok(Simple::Range(n));
                }
                let (m, rhs, _) = self.list()?;
                if n == 1 && m == 1 && rhs.is(K::TypeGuard) {
                    if op == T::Define {
                        return Ok(Simple::Guard);
                    }
                    // `x = y.(type)` (an error in a switch, the type checker's elsewhere).
                    return Err(self.unknown());
                }
                return Ok(Simple::Other);
            }
            _ => {}
        }
        if n > 1 {
            return self.fail();
        }
        match self.tok {
            T::Colon => {
                if mode == Mode::LabelOk && first.is(K::Ident) {
                    self.next();
                    self.stmt()?;
                    Ok(Simple::Labeled)
                } else {
                    self.fail()
                }
            }
            T::Arrow => {
                self.next();
                self.expr()?;
                Ok(Simple::Other)
            }
            T::Inc | T::Dec => {
                self.next();
                Ok(Simple::Other)
            }
            _ => Ok(Simple::Expr(first)),
        }
    }

    /// An `if` statement and its `else if` chain, iteratively (go/parser recurses, and counts
    /// a nesting level for each).
    fn if_stmt(&mut self) -> R<()> {
        self.enter()?;
        let mut chained = 0;
        loop {
            self.if_header()?;
            self.body()?;
            if self.tok != T::Else {
                self.expect_semi()?;
                break;
            }
            self.next();
            match self.tok {
                T::If => {
                    self.nest_add(1)?;
                    chained += 1;
                }
                T::Lbrace => {
                    self.body()?;
                    self.expect_semi()?;
                    break;
                }
                _ => return self.fail(),
            }
        }
        self.nest -= chained;
        self.leave();
        Ok(())
    }

    /// `if` and the header up to the body: an optional init statement and the condition.
    fn if_header(&mut self) -> R<()> {
        self.expect(T::If)?;
        let prev = self.expr_lev;
        self.expr_lev = -1;
        if self.tok == T::Lbrace || self.tok == T::Var {
            return self.fail();
        }
        let mut init = None;
        if self.tok != T::Semi {
            init = Some(self.simple_stmt(Mode::Basic)?);
        }
        let cond = if self.tok != T::Lbrace {
            self.expect(T::Semi)?;
            if self.tok == T::Lbrace {
                // `if x; {`: no condition.
                return self.fail();
            }
            self.simple_stmt(Mode::Basic)?
        } else {
            match init.take() {
                Some(s) => s,
                None => return self.fail(),
            }
        };
        if !matches!(cond, Simple::Expr(_)) {
            return self.fail();
        }
        self.expr_lev = prev;
        Ok(())
    }

    fn switch_stmt(&mut self) -> R<()> {
        self.expect(T::Switch)?;
        let mut tag = None;
        if self.tok != T::Lbrace {
            let prev = self.expr_lev;
            self.expr_lev = -1;
            if self.tok != T::Semi {
                tag = Some(self.simple_stmt(Mode::Basic)?);
            }
            if self.tok == T::Semi {
                self.next();
                tag = None;
                if self.tok != T::Lbrace {
                    tag = Some(self.simple_stmt(Mode::Basic)?);
                }
            }
            self.expr_lev = prev;
        }
        match tag {
            None => {}
            Some(Simple::Guard) => self.guards_used += 1,
            Some(Simple::Expr(x)) if x.is(K::TypeGuard) => self.guards_used += 1,
            Some(Simple::Expr(_)) => {}
            Some(_) => return self.fail(),
        }
        self.expect(T::Lbrace)?;
        while self.tok == T::Case || self.tok == T::Default {
            if self.tok == T::Case {
                self.next();
                self.list()?;
            } else {
                self.next();
            }
            self.expect(T::Colon)?;
            self.stmt_list()?;
        }
        self.expect(T::Rbrace)?;
        self.expect_semi()
    }

    fn select_stmt(&mut self) -> R<()> {
        self.expect(T::Select)?;
        self.expect(T::Lbrace)?;
        while self.tok == T::Case || self.tok == T::Default {
            if self.tok == T::Case {
                self.next();
                let (n, _, names) = self.list()?;
                match self.tok {
                    T::Arrow if n == 1 => {
                        self.next();
                        self.expr()?;
                    }
                    T::Assign | T::Define if n <= 2 => {
                        if self.tok == T::Define && !names {
                            return Err(self.unknown());
                        }
                        self.next();
                        self.expr()?;
                    }
                    T::Arrow | T::Assign | T::Define => return self.fail(),
                    _ if n > 1 => return self.fail(),
                    _ => {}
                }
            } else {
                self.next();
            }
            self.expect(T::Colon)?;
            self.stmt_list()?;
        }
        self.expect(T::Rbrace)?;
        self.expect_semi()
    }

    fn for_stmt(&mut self) -> R<()> {
        self.expect(T::For)?;
        let mut cond = None;
        let mut range = None;
        if self.tok != T::Lbrace {
            let prev = self.expr_lev;
            self.expr_lev = -1;
            if self.tok != T::Semi {
                if self.tok == T::Range {
                    self.next();
                    self.expr()?;
                    range = Some(0);
                } else {
                    match self.simple_stmt(Mode::RangeOk)? {
                        Simple::Range(n) => range = Some(n),
                        s => cond = Some(s),
                    }
                }
            }
            if range.is_none() && self.tok == T::Semi {
                self.next();
                cond = None;
                if self.tok != T::Semi {
                    cond = Some(self.simple_stmt(Mode::Basic)?);
                }
                self.expect_semi()?;
                if self.tok != T::Lbrace {
                    self.simple_stmt(Mode::Basic)?;
                }
            }
            self.expr_lev = prev;
        }
        self.body()?;
        self.expect_semi()?;
        match (range, cond) {
            (Some(n), _) if n > 2 => self.fail(),
            (None, Some(s)) if !matches!(s, Simple::Expr(_)) => self.fail(),
            _ => Ok(()),
        }
    }
}

#[cfg(test)]
mod tests;
