use super::*;

fn verdict(body: &str) -> Verdict {
    recognize(format!("package p\n\n{body}\n").as_bytes())
}

#[track_caller]
fn valid(body: &str) {
    assert_eq!(verdict(body), Verdict::Valid, "should be valid:\n{body}");
}

#[track_caller]
fn invalid(body: &str) {
    let v = verdict(body);
    assert!(
        matches!(v, Verdict::Invalid { .. }),
        "should be invalid, got {v:?}:\n{body}"
    );
}

/// Not `Valid` (go/parser may accept it, but we leave it to the parse).
#[track_caller]
fn not_valid(body: &str) {
    assert_ne!(
        verdict(body),
        Verdict::Valid,
        "should not be valid:\n{body}"
    );
}

#[test]
fn package_clause_and_imports() {
    assert_eq!(recognize(b"package p"), Verdict::Valid);
    assert_eq!(recognize(b"\xef\xbb\xbfpackage p\n"), Verdict::Valid);
    assert!(!recognize(b"").is_valid());
    assert!(!recognize(b"func f() {}\n").is_valid());
    assert!(!recognize(b"package\n").is_valid());
    assert!(!recognize(b"package p; package q").is_valid());
    valid("import \"fmt\"");
    valid("import (\n\t\"fmt\"\n\tx \"os\"\n\t. \"io\"\n\t_ `net`\n)");
    valid("import ()");
    invalid("import fmt");
    invalid("import 1");
    invalid("import (\"a\" \"b\")");
    invalid("var x int\nimport \"fmt\"");
}

#[test]
fn literals() {
    valid(
        r#"const (
	a = 0x1p-2 + 0X_1FFFP-16 + 0o17 + 0O17 + 0b1011 + 017 + 1_000_000 + 0x_ff
	b = 1e10 + .5 + 5. + 1.5e+3 + 0.i + 1i + 017i + 089i + 08.5 + 0x1.8p1i + 089e1
	c = 'a' + '\n' + '\'' + '\x41' + '\u12e4' + '\U00101234' + '\377' + 'ä'
	d = "a\tb\"c\\" + `raw
string` + "ä\u00e4"
)"#,
    );
    for bad in [
        "0x",
        "0b102",
        "0o8",
        "08",
        "1_",
        "1__0",
        "0_x1",
        "0x1.5",
        "0b1.0",
        "1e",
        "1e+",
        "0x1e1p",
        "0o1e1",
        "0b1p1",
        "''",
        "'ab'",
        r"'\z'",
        r"'\400'",
        r"'\uD800'",
        r"'\U00110000'",
        r#""\'""#,
        "\"a\nb\"",
        "'\n'",
        r"'\x4'",
        "\"abc",
        "'a",
        "`abc",
    ] {
        invalid(&format!("const c = {bad}"));
    }
    valid("const c = 0_1 + 0x_1 + 1_0.0_1e1_0");
    invalid("var x = 1 /* unterminated");
    invalid("var x = @");
    invalid("var x = $");
    invalid("var x = 1 ? 2 : 3");
    // A byte order mark or NUL anywhere but at the start.
    invalid("var x = 1 // \u{feff}");
    invalid("var x = \"\0\"");
    // Non-ASCII letters of common scripts; other non-ASCII characters are left to the parse.
    valid("var ä, xä, θ, µs, λ2, ŝ, Ω, ж, 変数, ひ = 1, 2, 3, 4, 5, 6, 7, 8, 9, 10");
    assert_eq!(verdict("var x١ = 1"), Verdict::Unknown);
    assert_eq!(verdict("var x = 1 × 2"), Verdict::Unknown);
    assert_eq!(verdict("var \u{2160} = 1"), Verdict::Unknown);
    assert_eq!(verdict("var a\u{301} = 1"), Verdict::Unknown);
    valid("var x = \"ä\" // ä");
    assert_eq!(recognize(b"package p\n// \xff\n"), Verdict::Unknown);
}

#[test]
fn semicolons_are_inserted() {
    valid("func f() {\n\tx := 1\n\tx++\n\treturn\n}");
    valid("func f() { x := 1; x++; return }");
    valid("func f() int { return 1 /* c */ }");
    valid("func f() int {\n\treturn 1 /* c\n */\n}");
    valid("var x = 1 // end");
    invalid("func f() {\n\tx := 1 y := 2\n}");
    invalid("func f() {\n\tx := 1 /* c */ y := 2\n}");
    valid("func f() {\n\tx := 1 /* c\n */ y := 2\n\t_ = x\n}");
    // A newline after an operator does not end the statement; after an operand it does.
    valid("var x = 1 +\n\t2");
    invalid("var x = 1\n\t+ 2 +");
    valid("var x = f(\n\t1,\n\t2,\n)");
    invalid("var x = f(\n\t1,\n\t2\n)");
    valid("var x = []int{\n\t1,\n}");
    invalid("var x = []int{\n\t1\n}");
}

#[test]
fn declarations() {
    valid("var x int");
    valid("var x, y = 1, 2");
    valid("var (\n\tx int\n\ty = 2\n)");
    invalid("var x");
    invalid("var x int = ");
    valid("const x = iota");
    valid("const (\n\ta = iota\n\tb\n\tc int = 3\n)");
    valid("const x int");
    invalid("const x = 1 = 2");
    valid("type T int");
    valid("type T = int");
    valid("type (\n\tA int\n\tB = string\n)");
    valid("type T struct {\n\ta, b int\n\tc string `json:\"c\"`\n\tE\n\t*F\n\tp.G\n\t*p.H \"tag\"\n\tI[int]\n\tarr [4]int\n}");
    invalid("type T struct { (E) }");
    invalid("type T struct { *(E) }");
    invalid("type T struct { a int b int }");
    invalid("type T struct { a.b.c }");
    valid("type I interface {\n\tM(x int) (int, error)\n\tN()\n\tE\n\tp.F\n\t~int | ~string\n\tint\n\t*T | []int\n\tG[int]\n}");
    invalid("type I interface { M[T any]() }");
    invalid("type I interface { M() int int }");
    valid("type A [4]int");
    valid("type A [N]int");
    assert_eq!(verdict("type A [N * 2]int"), Verdict::Unknown);
    valid("type A [2 * N]int");
    valid("type A [N + M]int");
    valid("type A [...]int");
    valid("type S []int");
    valid("type M map[string][]int");
    valid("type C chan<- <-chan int");
    valid("type F func(int, ...string) (a, b int)");
    invalid("type F func[T any]()");
    valid("func f()");
    valid("func f() {}");
    valid("func (r *T) M() {}");
    valid("func (T) M() {}");
    invalid("func f()\n{\n}");
    invalid("func f() {} }");
    invalid("x := 1");
    invalid("func () {}");
}

#[test]
fn generics() {
    valid("type List[T any] struct{ next *List[T]; v T }");
    valid("type M[K comparable, V any] map[K]V");
    valid("type N[T interface{ ~int | ~float64 }] T");
    valid("type S[E any, S ~[]E] struct{}");
    valid("type P[T ~int] int");
    valid("type A[T any] = []T");
    valid("type C[T []int] int");
    valid("type D[T, U any] int");
    valid("type E[T chan int] int");
    valid("type F[T map[int]int] int");
    valid("type G[T int | string] int");
    invalid("type G[T] int int");
    // go/parser's ambiguity with array lengths is left to the parse.
    assert_eq!(verdict("type P[T *int] int"), Verdict::Unknown);
    assert_eq!(verdict("type P[T *int,] int"), Verdict::Unknown);
    valid("func F[T any](x T) T { return x }");
    valid("func F[S ~[]E, E cmp.Ordered](s S) {}");
    valid("func F[T interface{ M() }]() {}");
    valid("func (l *List[T]) Push(v T) {}");
    valid("func (m M[K, V]) Get(k K) V { var v V; return v }");
    valid("func (m M[_, _]) Len() int { return 0 }");
    // Go 1.27: type parameters on methods.
    valid("func (r T) Map[U any](f func(int) U) []U { return nil }");
    invalid("func F[]() {}");
    invalid("func F[T]() {}");
    invalid("func F[T any, U]() {}");
    valid("var x = F[int]");
    valid("var x = F[int, string](1)");
    valid("var x = List[int]{}");
    valid("var x = p.List[int]{}");
    valid("var x = m[k]");
    valid("func f() { _ = Sum[float64](xs) }");
}

#[test]
fn parameters() {
    valid("func f(a, b int, c string) {}");
    valid("func f(int, string) {}");
    valid("func f(a, b) {}");
    valid("func f(a int, b ...int) {}");
    valid("func f(...int) {}");
    valid("func f(a, ...int) {}");
    valid("func f(a, b,\n) {}");
    invalid("func f(a int, string) {}");
    invalid("func f(a, b int, c) {}");
    invalid("func f(a ...int, b int) {}");
    invalid("func f(a, b ...int) {}");
    invalid("func f() (a ...int) {}");
    invalid("func f(1) {}");
    invalid("func f(,) {}");
    invalid("func f(a int b int) {}");
    valid("func f() (int, error) { return 0, nil }");
    valid("func f() (n int, err error) { return }");
    valid("func f() []int { return nil }");
    valid("func f() func() int { return nil }");
    valid("func f(p.T, *q.U, []V, map[K]V, chan T, func(), struct{}, interface{}) {}");
    valid("func f(a [4]int, b []int, c m.T[int]) {}");
    valid("func f(x List[int]) {}");
    valid("func f(List[int]) {}");
    invalid("func f(a [4]int,) int int {}");
}

#[test]
fn expressions() {
    valid("var x = a + b*c - d/e%f<<g>>h&i|j^k&^l == m && n || !o");
    valid("var x = -a + +b ^ ^c &d *e + <-f");
    valid("var x = ~a");
    valid("var x = a.b.c(d)[e][f:g][:h][i:][j:k:l]");
    valid("var x = a.(T).(*U)");
    valid("var x = f(a, b...)");
    valid("var x = f(a, b...,)");
    invalid("var x = f(a..., b)");
    invalid("var x = a[]");
    invalid("var x = a[::]");
    invalid("var x = a[1::3]");
    invalid("var x = a[1:2:]");
    valid("var x = a[1:2:3]");
    valid("var x = (*T)(nil)");
    valid("var x = []int(nil)");
    valid("var x = map[string]int{\"a\": 1}");
    valid("var x = [...]int{1, 2}");
    valid("var x = [][]int{{1}, {2}}");
    valid("var x = map[T]U{{1}: {2}}");
    valid("var x = struct{ a int }{a: 1}");
    valid("var x = T{1, 2}.f");
    valid("var x = &T{}");
    valid("var x = func(a int) int { return a }(1)");
    valid("var x = interface{ M() }(nil)");
    valid("var x = chan int(nil)");
    valid("var x = <-chan int(nil)");
    valid("var x = (<-chan int)(nil)");
    valid("var x = (chan<- int)(nil)");
    valid("var x = make(chan<- chan int)");
    valid("var x = make(<-chan <-chan int)");
    valid("var x = <-chan<- int(nil)");
    invalid("var x = (<-chan<- int)(nil)");
    valid("var x = (<-chan<- chan int)(nil)");
    invalid("var x = (<-<-chan int)(nil)");
    valid("var x = <-<-c");
    invalid("var x = (T){}");
    invalid("var x = ([]int){}");
    valid("var x = ([]int{})");
    invalid("var x = a b");
    invalid("var x = f(a b)");
    invalid("var x = f(a = b)");
    invalid("var x = a.");
    invalid("var x = a.1");
    invalid("var x = *");
    invalid("var x = func[T any]() {}");
    invalid("var x = f(,)");
    invalid("var x = T{,}");
    invalid("var x = a ==");
    valid("var x = T{a: 1, b: 2,}");
    valid("var x = T{\n\ta: 1,\n\tb: 2,\n}");
    valid("var x = new(int)");
}

#[test]
fn statements() {
    valid(
        "func f() { x := 1; x = 2; x += 3; x <<= 1; x &^= 1; x++; x--; c <- x; <-c; f(); {}; ; }",
    );
    valid("func f() { a, b := 1, 2; a, b = b, a; _, _ = a, b }");
    valid("func f() { var x int; const y = 1; type T int; _ = x }");
    valid("func f() { go g(); defer h.i(); go func() {}(); defer (<-c)() }");
    invalid("func f() { go g }");
    invalid("func f() { go (g()) }");
    invalid("func f() { defer g() + 1 }");
    valid("func f() { return }");
    valid("func f() (int, int) { return 1, 2 }");
    valid("func f() { L: for { break L; continue L }; goto L }");
    valid("func f() { L: }");
    valid("func f() {\nL:\n\tfallthrough\n}");
    invalid("func f() { goto }");
    invalid("func f() { fallthrough L }");
    invalid("func f() { a, b: x }");
    invalid("func f() { (a): x }");
    invalid("func f() { a, b++ }");
    invalid("func f() { a, b <- c }");
    invalid("func f() { ~x }");
    invalid("func f() { x := }");
    invalid("func f() { x = 1 = 2 }");
    invalid("func f() { import \"fmt\" }");
    invalid("func f() { func g() {} }");
    invalid("func f() { case 1: }");
    invalid("func f() {");
    invalid("func f() { x := 1 }}");
    // go/parser leaves these to the type checker; we leave them to the parse.
    assert_eq!(verdict("func f() { a.b := 1 }"), Verdict::Unknown);
    assert_eq!(verdict("func f() { x := y.(type) }"), Verdict::Unknown);
    valid("func f() { x := 1; _ = x }");
}

#[test]
fn if_for_switch_select() {
    valid("func f() { if x { } else if y { } else { } }");
    let chain = format!(
        "func f() {{ if x {{ }}{} else {{ }} }}",
        " else if x { }".repeat(5_000)
    );
    valid(&chain);
    valid("func f() { if x := g(); x > 0 { } }");
    valid("func f() { if ; x { } }");
    invalid("func f() { if { } }");
    invalid("func f() { if x; { } }");
    invalid("func f() { if x := 1 { } }");
    invalid("func f() { if var x = 1; x { } }");
    invalid("func f() { if x { } else y { } }");
    invalid("func f() { if x { } else for { } }");
    invalid("func f() { if x\n{ } }");
    valid("func f() { for { } }");
    valid("func f() { for x { } }");
    valid("func f() { for i := 0; i < n; i++ { } }");
    valid("func f() { for ; ; { } }");
    valid("func f() { for i := 0; i < n; { } }");
    valid("func f() { for range 10 { } }");
    valid("func f() { for i := range 10 { } }");
    valid("func f() { for k, v := range m { } }");
    valid("func f() { for k, v = range m { } }");
    valid("func f() { for range seq { } }");
    valid("func f() { for x := range func(yield func(int) bool) {} { _ = x } }");
    invalid("func f() { for a, b, c := range m { } }");
    invalid("func f() { for x += range m { } }");
    invalid("func f() { for x := 1 { } }");
    invalid("func f() { for i := 0; i < n { } }");
    invalid("func f() { for range { } }");
    valid("func f() { switch { } }");
    valid("func f() { switch x { case 1, 2: f(); fallthrough; case 3: default: } }");
    valid("func f() { switch x := g(); x { } }");
    valid("func f() { switch x := g(); { } }");
    valid("func f() { switch ; { } }");
    valid("func f() { switch x.(type) { case int, []string, nil: } }");
    valid("func f() { switch y := x.(type) { case *T: _ = y; default: } }");
    valid("func f() { switch a := 1; y := x.(type) { } }");
    not_valid("func f() { switch y = x.(type) { } }");
    invalid("func f() { switch x := 1 { } }");
    invalid("func f() { switch x { f() } }");
    invalid("func f() { switch x { case: } }");
    assert_eq!(
        verdict("func f() { switch (x.(type)) { } }"),
        Verdict::Unknown
    );
    valid("func f() { select { } }");
    valid("func f() { select { case <-c: case x := <-c: case x, ok := <-c: case c <- 1: case y = <-c: default: } }");
    invalid("func f() { select { case a, b <- c: } }");
    invalid("func f() { select { case a, b, c := <-d: } }");
    invalid("func f() { select { case a, b: } }");
    invalid("func f() { select { f() } }");
}

#[test]
fn composite_literals_in_headers() {
    // `T{` in an if/for/switch header is the block, not a literal, unless parenthesised.
    valid("func f() { if x == (T{}) { } }");
    valid("func f() { if x := (T{}); x.a { } }");
    valid("func f() { for _, x := range []T{{1}, {2}} { _ = x } }");
    valid("func f() { if m[k] == (map[int]int{}) { } }");
    valid("func f() { if x := []int{1}; len(x) > 0 { } }");
    valid("func f() { if f(T{}) { } }");
    valid("func f() { if func() bool { return T{} == x }() { } }");
    invalid("func f() { switch T{}.a { } }");
    invalid("func f() { if x == T{} { } }");
    invalid("func f() { for _, x := range T{1, 2} { } }");
    valid("func f() { if x == T {} }");
}

#[test]
fn deep_nesting_is_undecided_and_safe() {
    let deep = |open: &str, close: &str, n: usize| {
        format!("var x = {}1{}", open.repeat(n), close.repeat(n))
    };
    valid(&deep("(", ")", 100));
    assert_eq!(verdict(&deep("(", ")", 100_000)), Verdict::Unknown);
    assert_eq!(verdict(&deep("[]int{", "}", 50_000)), Verdict::Unknown);
    assert_eq!(verdict(&deep("- ", "", 100_000)), Verdict::Unknown);
    let blocks = format!(
        "func f() {{ {} {} }}",
        "{".repeat(100_000),
        "}".repeat(100_000)
    );
    assert_eq!(verdict(&blocks), Verdict::Unknown);
    // go/parser's nesting bound also counts long operator chains and selector chains.
    let chain = format!("var x = a{}", " + a".repeat(150_000));
    assert_ne!(verdict(&chain), Verdict::Valid);
    let sel = format!("var x = a{}", ".b".repeat(150_000));
    assert_ne!(verdict(&sel), Verdict::Valid);
}

#[test]
fn deep_nesting_on_a_small_stack() {
    std::thread::Builder::new()
        .stack_size(256 << 10)
        .spawn(|| {
            for (open, close) in [
                ("(", ")"),
                ("[]T{", "}"),
                ("func() { x = ", "}"),
                ("<-", ""),
                ("*", ""),
                ("[", "]int"),
                ("map[", "]int"),
                ("func(", ")"),
                ("func(a ", ") int"),
                ("struct{ f ", " }"),
                ("interface{ M(", ") }"),
                ("chan ", ""),
                ("T[", "]"),
                ("a: ", ""),
                ("L: switch { case ", ": }"),
            ] {
                let n = 5_000;
                let src = format!(
                    "package p\nvar x = {}1{}\n",
                    open.repeat(n),
                    close.repeat(n)
                );
                assert_ne!(recognize(src.as_bytes()), Verdict::Valid);
            }
            for (open, close) in [
                ("if x { ", "}"),
                ("a: ", ""),
                ("switch { case 1: ", "}"),
                ("select { default: ", "}"),
                ("for { ", "}"),
                ("{ ", "}"),
                ("go func() { ", "}()\n"),
            ] {
                let n = 5_000;
                let src = format!(
                    "package p\nfunc f() {{ {} }}\n",
                    open.repeat(n) + &close.repeat(n)
                );
                assert_eq!(recognize(src.as_bytes()), Verdict::Unknown, "{open}");
            }
            let src = format!(
                "package p\ntype T {}int\n",
                "*[]map[int]chan ".repeat(5_000)
            );
            assert_eq!(recognize(src.as_bytes()), Verdict::Unknown);
        })
        .unwrap()
        .join()
        .expect("no stack overflow on a 256 KiB stack");
}

#[test]
fn arbitrary_bytes_do_not_panic() {
    let mut state = 0x2545_F491_4F6C_DD1Du64;
    let mut next = || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let alphabet = b"package p func(){}[]<-.:=,;\n\"'`/*0x1e_.i \\ab";
    for _ in 0..2_000 {
        let len = (next() % 200) as usize;
        let mut src = b"package p\n".to_vec();
        src.extend((0..len).map(|_| alphabet[(next() % alphabet.len() as u64) as usize]));
        let _ = recognize(&src);
        let raw: Vec<u8> = (0..len).map(|_| next() as u8).collect();
        let _ = recognize(&raw);
    }
}
