package spawnapievil

import (
	"context"

	"github.com/sourcegraph/conc/iter"
	"github.com/sourcegraph/conc/pool"
	"golang.org/x/sync/errgroup"
)

// ---------------------------------------------------------------------------
// Callback forms (§3.3's table) that a syntax-only reading can mistake.
// ---------------------------------------------------------------------------

// goodUnparenthesisedFuncTypeConversion: `func() error(workOne)` is a conversion (its callee
// is a function type): "anything else", pass.
func goodUnparenthesisedFuncTypeConversion(ctx context.Context, g *errgroup.Group) {
	g.Go((func() error)(workOne))
}

// goodConversionOfContextFreeLiteral: a conversion wrapping a context-free literal still
// passes (the callback is not a function literal).
func goodConversionOfContextFreeLiteral(ctx context.Context, g *errgroup.Group) {
	g.Go((func() error)(func() error { return work(1) }))
}

// goodNilConversion: a typed nil.
func goodNilConversion(ctx context.Context) {
	p := pool.New()
	p.Go((func())(nil))
	p.Wait()
}

// goodNilIterCallback: a nil callback at index 1.
func goodNilIterCallback(ctx context.Context, xs []int) {
	iter.ForEach(xs, nil)
}

// worker has a method with the callback shape.
type worker struct{ n int }

func (w worker) run() error { return work(w.n) }

// goodMethodValueOnCompositeLiteral: `worker{}.run` is a selector whose operand is not a
// variable: P8 passes.
func goodMethodValueOnCompositeLiteral(ctx context.Context, g *errgroup.Group) {
	g.Go(worker{n: 1}.run)
}

// goodMethodValueOfKeyedStruct: the method value `w.run` of a variable whose keyed literal
// has no `run` element: P8 passes.
func goodMethodValueOfKeyedStruct(ctx context.Context, g *errgroup.Group) {
	w := worker{n: 1}
	g.Go(w.run)
}

// goodParenthesisedIdentifier: `(f)` is parenthesised: pass, although f lacks a context.
func goodParenthesisedIdentifier(ctx context.Context, g *errgroup.Group) {
	f := func() error { return work(1) }
	g.Go((f))
}

// badHexIndexReadsLeadingDigits: P9 reads the leading decimal digits of the literal: `0x1`
// is read as 0, the context-free element (SPEC §3.0.4 P9).
func badHexIndexReadsLeadingDigits(ctx context.Context, g *errgroup.Group) {
	steps := []func() error{func() error { return work(1) }, func() error { return useErr(ctx) }}
	g.Go(steps[0x1]) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
}

// goodRawStringIndexKey: P9 strips `"` from both ends of the keys only: a raw-string index
// `cold` keeps its backquotes and matches no key: pass.
func goodRawStringIndexKey(ctx context.Context, g *errgroup.Group) {
	table := map[string]func() error{"cold": func() error { return work(1) }}
	g.Go(table[`cold`])
}

// badRawStringKeysOnBothSides: both the key and the index are the same raw string.
func badRawStringKeysOnBothSides(ctx context.Context, g *errgroup.Group) {
	table := map[string]func() error{`cold`: func() error { return work(1) }}
	g.Go(table[`cold`]) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
}

// goodIndexFirstAssignmentWins: P9 takes the first composite-literal assignment to the
// variable in file order; a later one is ignored even when it comes before the call.
func goodIndexFirstAssignmentWins(ctx context.Context, g *errgroup.Group) {
	steps := []func() error{func() error { return useErr(ctx) }}
	steps = []func() error{func() error { return work(1) }}
	g.Go(steps[0])
}

type hooks struct{ run func() error }

// badFieldFirstAssignmentLacksCtx: P8 takes the first keyed literal in file order; the later
// context-using one is ignored.
func badFieldFirstAssignmentLacksCtx(ctx context.Context, g *errgroup.Group) {
	h := hooks{run: func() error { return work(1) }}
	g.Go(h.run) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
	h = hooks{run: func() error { return useErr(ctx) }}
	_ = h
}

// goodFieldOnPointerDerefOperand: `(*hp).run` has a parenthesised operand: pass.
func goodFieldOnPointerDerefOperand(ctx context.Context, g *errgroup.Group) {
	hp := &hooks{run: func() error { return work(1) }}
	g.Go((*hp).run)
}

// goodFactoryMethodValueInVariable: `mk := w.factory` binds no literal: LastLit(mk) is
// none, pass.
func (w worker) factory() func() error { return func() error { return work(w.n) } }

func goodFactoryMethodValueInVariable(ctx context.Context, g *errgroup.Group) {
	w := worker{}
	mk := w.factory
	g.Go(mk())
}

// goodFactoryVarDeclaredWithVar: `var mk = func…` is not an assignment statement: none, pass.
func goodFactoryVarDeclaredWithVar(ctx context.Context, g *errgroup.Group) {
	var mk = func() func() error { return func() error { return work(1) } }
	g.Go(mk())
}

// badFactoryVarAssignedLater: `var mk func…` then `mk = func…`: LastLit is the assignment.
func badFactoryVarAssignedLater(ctx context.Context, g *errgroup.Group) {
	var mk func() func() error
	mk = func() func() error { return func() error { return work(1) } }
	g.Go(mk()) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
}

// badFactoryLastLiteralAfterCall: LastLit takes the last literal in file order,
// conditional or not, even after the call.
func badFactoryLastLiteralAfterCall(ctx context.Context, g *errgroup.Group, flag bool) {
	mk := func() func() error { return func() error { return useErr(ctx) } }
	g.Go(mk()) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
	if flag {
		mk = func() func() error { return func() error { return work(1) } }
	}
	_ = mk
}

// newCtxTask is a factory for ContextPool tasks whose returned literal has a context
// parameter but never mentions a context in its body: P7 requires P3 of the returned
// literal (its body only), so the factory does not qualify.
func newCtxTask() func(context.Context) error {
	return func(c context.Context) error { return nil }
}

// badContextPoolFactoryBodyIgnoresParam: reported although the task receives a context.
func badContextPoolFactoryBodyIgnoresParam(ctx context.Context) error {
	p := pool.New().WithContext(ctx)
	p.Go(newCtxTask()) // want `^pool\.ContextPool\.Go\(\) closure should use context "ctx"$`
	return p.Wait()
}

// goodContextPoolTracedOwnParam: a traced literal with its own context parameter passes by P1.
func goodContextPoolTracedOwnParam(ctx context.Context) error {
	p := pool.New().WithErrors().WithContext(ctx).WithFirstError().WithMaxGoroutines(2)
	task := func(c context.Context) error { return nil }
	p.Go(task)
	return p.Wait()
}

// goodContextPoolUnnamedParam: P1 counts an unnamed context parameter.
func goodContextPoolUnnamedParam(ctx context.Context) ([]int, error) {
	p := pool.NewWithResults[int]().WithErrors().WithContext(ctx).WithCollectErrored()
	p.Go(func(context.Context) (int, error) { return 1, nil })
	return p.Wait()
}

// goodCallbackOwnCtxPointerPointer: a **context.Context parameter is a ctx type (P1).
func goodCallbackOwnCtxPointerPointer(ctx context.Context, xs []*context.Context) {
	iter.ForEach(xs, func(c **context.Context) { _ = work(1) })
}

// badCapturedStructEmbeddingContext: a struct embedding context.Context is not ctx-ish (§0).
type ctxHolder struct {
	context.Context
	name string
}

func badCapturedStructEmbeddingContext(ctx context.Context, g *errgroup.Group) {
	h := ctxHolder{Context: ctx}
	g.Go(func() error { _ = h.name; return nil }) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
}

// goodCapturedPromotedContextField: `c := h.Context` is a context.Context.
func goodCapturedPromotedContextField(ctx context.Context, g *errgroup.Group) {
	h := ctxHolder{Context: ctx}
	c := h.Context
	g.Go(func() error { return useErr(c) })
}

// richCtx is a named interface embedding context.Context: not the context type (§0).
type richCtx interface {
	context.Context
	Tenant() string
}

// badCapturedInterfaceEmbeddingContext: only a richCtx is captured.
func badCapturedInterfaceEmbeddingContext(ctx context.Context, rc richCtx, g *errgroup.Group) {
	g.Go(func() error { _ = rc.Tenant(); return nil }) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
}

// badCapturedMethodValueOfContext: `done := ctx.Done` is a func value; capturing it is no
// capture of a ctx-ish variable.
func badCapturedMethodValueOfContext(ctx context.Context, g *errgroup.Group) {
	done := ctx.Done
	g.Go(func() error { <-done(); return nil }) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
}

// mixedCapturedContextsOfEveryOrigin: each captured variable below is a context.Context,
// except the last, a []context.Context (§0: slices are not ctx-ish).
func mixedCapturedContextsOfEveryOrigin(ctx context.Context, g *errgroup.Group, ch chan context.Context, m map[string]context.Context, v any, pc *context.Context, ctxs []context.Context, seq func(func(context.Context) bool)) {
	a := <-ch
	g.Go(func() error { return useErr(a) })
	b, _ := m["k"]
	g.Go(func() error { return useErr(b) })
	c := v.(context.Context)
	g.Go(func() error { return useErr(c) })
	d := *pc
	g.Go(func() error { return useErr(d) })
	for _, e := range ctxs {
		g.Go(func() error { return useErr(e) })
	}
	for f := range seq {
		g.Go(func() error { return useErr(f) })
	}
	h := context.Context(nil)
	g.Go(func() error { return useErr(h) })
	i := ctxs[1:]
	g.Go(func() error { return useErr(i[0]) }) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
}
