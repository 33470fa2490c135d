package spawnerevil

import (
	"context"
	"unsafe"

	"spawnerevil/lib"
)

// --- more callee identification ----------------------------------------------------------

type innerField struct{ Go func(func()) }

// FieldDeeper has a marked method Go at depth 0 and a promoted field Go at depth 1: the
// shallower selector wins (Go spec), so o.Go is the marked method.
type FieldDeeper struct{ innerField }

//goroutinectx:spawner
func (o FieldDeeper) Go(f func()) { go f() }

// FieldShallower has a field Go at depth 0 that hides the promoted marked method.
type FieldShallower struct {
	Workers
	Go func(func())
}

func badShallowestSelectorWins(ctx context.Context, o FieldDeeper, s FieldShallower) {
	o.Go(func() { beat() }) // want `^Go\(\) func argument should use context "ctx"$`
	s.Go(func() { beat() }) // a func-typed field: not identified
}

// WorkersAlias is an alias: its methods are Workers'.
type WorkersAlias = Workers

func badAliasReceiver(ctx context.Context, wa *WorkersAlias, pw **Workers) {
	wa.Go(func() { beat() })                   // want `^Go\(\) func argument should use context "ctx"$`
	(*WorkersAlias).Go(wa, func() { beat() })  // want `^Go\(\) func argument should use context "ctx"$`
	(*pw).Go(func() { beat() })                // want `^Go\(\) func argument should use context "ctx"$`
	(*Workers)(nil).Go(func() { beat() })      // want `^Go\(\) func argument should use context "ctx"$`
}

// badLabelNotAVariable: labels live in their own name space; runOne is still the spawner.
func badLabelNotAVariable(ctx context.Context) {
runOne:
	for {
		break runOne
	}
	runOne(func() { beat() }) // want `^runOne\(\) func argument should use context "ctx"$`
}

// goodRangeShadow: a range variable named like the spawner shadows it.
func goodRangeShadow(ctx context.Context, fs []func(func())) {
	for _, runOne := range fs {
		runOne(func() { beat() })
	}
}

// badLocalPackageShadow: a local variable named like an imported package is a variable.
func badLocalPackageShadow(ctx context.Context) {
	lib := &lib.Pool{}
	lib.Submit(func() { beat() }) // want `^Submit\(\) func argument should use context "ctx"$`
}

// --- capture (P2) and mention (P3) -------------------------------------------------------

type ctxHolder struct{ ctx context.Context }

// badStructFieldCapture: a captured struct whose field is a context is not a captured
// context (P2); a traced literal selecting the field mentions it (P3).
func badStructFieldCapture(ctx context.Context, h ctxHolder) {
	runOne(func() { _ = h.ctx }) // want `^runOne\(\) func argument should use context "ctx"$`
	f := func() { _ = h.ctx }
	runOne(f)
}

// goodCapturedKinds: captured context variables of every origin count (SPEC §2.2).
func goodCapturedKinds(ctx context.Context, v any, cs []context.Context, ch chan context.Context, m map[string]context.Context) (out context.Context) {
	runOne(func() { _ = out })
	switch c := v.(type) {
	case context.Context:
		runOne(func() { _ = c })
	}
	for _, c := range cs {
		runOne(func() { _ = c })
	}
	c1 := <-ch
	runOne(func() { _ = c1 })
	c2, ok := m["k"]
	_ = ok
	runOne(func() { _ = c2 })
	c3 := v.(context.Context)
	runOne(func() { _ = c3 })
	c4 := func() context.Context { return ctx }()
	runOne(func() { _ = c4 })
	return nil
}

func identity[T any](v T) T { return v }

type generic[T any] struct{ v T }

// goodCapturedGenericResults: the captured variables are contexts, via a generic function
// result and a field of an instantiated generic type (SPEC §2.3: types, not names).
func goodCapturedGenericResults(ctx context.Context) {
	c := identity(ctx)
	runOne(func() { _ = c })
	g := generic[context.Context]{v: ctx}
	d := g.v
	runOne(func() { _ = d })
	e := g.get()
	runOne(func() { _ = e })
	p, _ := pair(ctx, 1)
	runOne(func() { _ = p })
}

func (g generic[T]) get() T { return g.v }

func pair[A, B any](a A, b B) (A, B) { return a, b }

// goodCapturedAnonymousStructField: a local context copied out of a field of an unnamed
// struct type is a context (SPEC §2.2, §10.3).
func goodCapturedAnonymousStructField(ctx context.Context, h struct{ c context.Context }) {
	c := h.c
	runOne(func() { _ = c })
	c2 := struct{ c context.Context }{ctx}.c
	runOne(func() { _ = c2 })
}

// badOwnParamNamedCtx: the literal's own parameter named ctx is not a capture.
func badOwnParamNamedCtx(ctx context.Context) {
	runAny(func(ctx int) { _ = ctx }) // want `^runAny\(\) func argument should use context "ctx"$`
}

// badReceiverNamedCtx: a receiver named ctx of another type is not a context; N is the
// first context parameter.
func (ctx *Workers) badReceiverNamedCtx(c context.Context) {
	runOne(func() { _ = ctx }) // want `^runOne\(\) func argument should use context "c"$`
}

// badConstantFolded: unsafe.Sizeof(ctx) folds to a constant (SPEC §11.13).
func badConstantFolded(ctx context.Context) {
	runOne(func() { _ = unsafe.Sizeof(ctx) }) // want `^runOne\(\) func argument should use context "ctx"$`
}

// tracedMentions: P3 counts a spelled context type, but not an unbound context call.
func tracedMentions(ctx context.Context) {
	f := func() { var c context.Context; _ = c }
	runOne(f)
	g := func() { beatCtx(context.Background()) }
	runOne(g) // want `^runOne\(\) func argument should use context "ctx"$`
}

// badShadowedDeclaredFunc: a local variable named like a declared function is a variable
// and is traced.
func badShadowedDeclaredFunc(ctx context.Context) {
	beat := func() {}
	runOne(beat) // want `^runOne\(\) func argument should use context "ctx"$`
}

// goodStaticTypeNotFunc: an `any` variable holding a literal is not function-typed, and a
// composite literal of functions is not either.
func goodStaticTypeNotFunc(ctx context.Context) {
	var v any
	v = func() { beat() }
	runAny(v)
	runAny([]func(){func() { beat() }})
}

// goodOwnCtxViaVariable: a traced literal with its own context parameter passes (P1).
func goodOwnCtxViaVariable(ctx context.Context) {
	g := func(c context.Context) { beat() }
	runCtxFunc(g)
}

// badSpawnerWithCtxArgument: each function argument is judged on its own, even when the
// context is another argument of the same call.
//
//goroutinectx:spawner
func runWith(c context.Context, f func()) { go f() }

func badSpawnerWithCtxArgument(ctx context.Context) {
	runWith(ctx, func() { beat() }) // want `^runWith\(\) func argument should use context "ctx"$`
}

// badNestedScopeInArgument: the outer argument captures ctx through its nested literal;
// the inner spawner call is in a scope named c.
func badNestedScopeInArgument(ctx context.Context) {
	runOne(func() {
		func(c context.Context) {
			runOne(func() { beat() }) // want `^runOne\(\) func argument should use context "c"$`
		}(ctx)
	})
}

// --- package-level initializers: P2 falls back to P1 || P3 (SPEC §3.0.4) -----------------

var initJob = func(ctx context.Context) {
	runOne(func() { _ = ctx })
	runOne(func() { func() { _ = ctx }() }) // want `^runOne\(\) func argument should use context "ctx"$`
	runOne(func() { c := context.TODO(); _ = c })
	runOne(func() { beat() }) // want `^runOne\(\) func argument should use context "ctx"$`
}

// --- more factories ------------------------------------------------------------------------

func mkNoBody() func()

func mkFromCall() func() {
	f := makeNoCtx()
	return f
}

func mkCtxParamFunc() func(context.Context) {
	return func(c context.Context) { beat() }
}

func mkCtxParamFuncUses() func(context.Context) {
	return func(c context.Context) { _ = c }
}

func moreFactories(ctx context.Context) {
	runOne(mkNoBody())
	runOne(mkFromCall())          // want `^runOne\(\) func argument should use context "ctx"$`
	runCtxFunc(mkCtxParamFunc()) // want `^runCtxFunc\(\) func argument should use context "ctx"$`
	runCtxFunc(mkCtxParamFuncUses())
}

// --- more directives -----------------------------------------------------------------------

// goodSameLineFirst: the same-line directive does not cover spawner, so the line above is
// consulted; the same-line one stays unused.
func goodSameLineFirst(ctx context.Context) {
	//goroutinectx:ignore spawner
	runOne(func() { beat() }) //goroutinectx:ignore goroutine // want `^unused goroutinectx:ignore directive for checker\(s\): goroutine$`
}

// goodSameLineWins: the same-line directive covers spawner, so the one above is never
// consulted and is unused.
func goodSameLineWins(ctx context.Context) {
	//goroutinectx:ignore spawner // want `^unused goroutinectx:ignore directive for checker\(s\): spawner$`
	runOne(func() { beat() }) //goroutinectx:ignore spawner
}

// badGoIgnoredOnlyForGoroutine: on a go statement, `goroutine` is consulted by the goroutine
// checker (which passes: the callee is a declared function), while the spawner call is
// still reported.
func badGoIgnoredOnlyForGoroutine(ctx context.Context) {
	//goroutinectx:ignore goroutine
	go runOne(func() { beat() }) // want `^runOne\(\) func argument should use context "ctx"$`
	//goroutinectx:ignore spawner
	go runOne(func() { beat() })
}
