package ctxmentions

import "context"

// P3 (SPEC §3.0.4): a selected field whose type is ctx-ish is a mention, for struct types
// declared inside a function as for package-level ones.

func work()            {}
func mk(v any) func() { return func() { work() } }

type pkgLevel struct{ c context.Context }

func controlPackageLevelType(ctx context.Context) {
	var p pkgLevel
	f := func() { _ = p.c }
	go f()
	g := func() { _ = pkgLevel{c: nil} }
	go g()
}

func localStruct(ctx context.Context) {
	type ls struct {
		c context.Context
		n int
	}
	var l ls
	f1 := func() { _ = l.c }
	go f1()

	f2 := func() { _ = ls{c: nil} }
	go f2()

	type emb struct{ context.Context }
	var e emb
	f3 := func() { _ = e.Context }
	go f3()

	go mk(l.c)()

	f4 := func() { _ = l.n }
	go f4() // want `^goroutine does not propagate context "ctx"$`

	f5 := func() { _ = ls{n: 1} }
	go f5() // want `^goroutine does not propagate context "ctx"$`
}

type job struct{ n int }

// A local type shadowing a package-level type of the same name.
func shadowedType(ctx context.Context) {
	type job struct{ c context.Context }
	var j job
	f := func() { _ = j.c }
	go f()
}
