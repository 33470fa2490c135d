package spawnapievil

import (
	"context"
	"time"
	"unsafe"

	"github.com/sourcegraph/conc/iter"
	"github.com/sourcegraph/conc/pool"
	"golang.org/x/sync/errgroup"
)

// ---------------------------------------------------------------------------
// P2 (captures, direct literals) and P3 (mentions, traced literals) decided by what each
// identifier denotes.
// ---------------------------------------------------------------------------

// goodRedeclareFromOuterInsideLiteral: in `ctx := ctx` the right-hand ctx is still the outer
// parameter (the new variable's scope starts after the statement): a capture.
func goodRedeclareFromOuterInsideLiteral(ctx context.Context, g *errgroup.Group) {
	g.Go(func() error {
		ctx := ctx
		return useErr(ctx)
	})
}

// goodWithTimeoutInsideLiteral: `ctx, cancel := context.WithTimeout(ctx, …)` captures the
// outer ctx on the right-hand side.
func goodWithTimeoutInsideLiteral(ctx context.Context, g *errgroup.Group) {
	g.Go(func() error {
		ctx, cancel := context.WithTimeout(ctx, time.Second)
		defer cancel()
		return useErr(ctx)
	})
}

// goodIfInitFromOuterInsideLiteral: `if ctx := ctx; …` likewise.
func goodIfInitFromOuterInsideLiteral(ctx context.Context, xs []int) {
	iter.ForEach(xs, func(x *int) {
		if ctx := ctx; ctx != nil {
			use(ctx)
		}
	})
}

// goodIIFEArgumentInsideLiteral: an IIFE inside the callback receives the outer ctx as its
// argument: the argument is in the callback's body: a capture.
func goodIIFEArgumentInsideLiteral(ctx context.Context) {
	p := pool.New()
	p.Go(func() {
		func(c context.Context) { use(c) }(ctx)
	})
	p.Wait()
}

// goodMapLiteralKeyIsReference: a map literal key is an expression: `ctx` is a capture.
func goodMapLiteralKeyIsReference(ctx context.Context, g *errgroup.Group) {
	g.Go(func() error {
		seen := map[context.Context]bool{ctx: true}
		_ = seen
		return nil
	})
}

// request has a context field named ctx.
type request struct {
	ctx  context.Context
	name string
}

// badStructLiteralKeyIsNoReference: `request{ctx: nil}` names the field, not the parameter:
// no capture.
func badStructLiteralKeyIsNoReference(ctx context.Context, g *errgroup.Group) {
	g.Go(func() error { // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
		r := request{ctx: nil, name: "x"}
		_ = r
		return nil
	})
}

// badLabelNamedCtx: a label named ctx is no variable.
func badLabelNamedCtx(ctx context.Context, g *errgroup.Group) {
	g.Go(func() error { // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
	ctx:
		for i := 0; i < 2; i++ {
			if i == 1 {
				break ctx
			}
		}
		return nil
	})
}

// goodTracedStructLiteralKeyIsFieldMention: in a traced literal P3 counts identifiers that
// resolve to ctx-typed objects; the key `ctx` resolves to the field request.ctx (go/types
// records it as a use of the field), whose type is context.Context.
func goodTracedStructLiteralKeyIsFieldMention(ctx context.Context, g *errgroup.Group) {
	f := func() error {
		r := request{ctx: nil, name: "x"}
		_ = r
		return nil
	}
	g.Go(f)
}

// goodTypeSwitchMultiTypeClauseKeepsContextType: in a clause listing two types, the bound
// variable has the switched expression's type, context.Context.
type ctxImplA struct{ context.Context }
type ctxImplB struct{ context.Context }

func goodTypeSwitchMultiTypeClauseKeepsContextType(ctx context.Context, g *errgroup.Group) {
	switch c := ctx.(type) {
	case *ctxImplA, *ctxImplB:
		g.Go(func() error { return useErr(c) })
	}
}

// badTypeSwitchSingleTypeClause: in a one-type clause the variable has that type, a struct
// embedding a context: not ctx-ish.
func badTypeSwitchSingleTypeClause(ctx context.Context, g *errgroup.Group) {
	switch c := ctx.(type) {
	case *ctxImplA:
		g.Go(func() error { _ = c; return nil }) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
	}
}

// goodTypeSwitchDefaultClause: in the default clause the variable has the switched type.
func goodTypeSwitchDefaultClause(ctx context.Context, g *errgroup.Group) {
	switch c := ctx.(type) {
	case *ctxImplA:
	default:
		g.Go(func() error { return useErr(c) })
	}
}

// goodSelectReceiveOfContext: `case c := <-ch` binds a context.
func goodSelectReceiveOfContext(ctx context.Context, g *errgroup.Group, ch chan context.Context) {
	select {
	case c, ok := <-ch:
		_ = ok
		g.Go(func() error { return useErr(c) })
	default:
	}
}

// goodRangeOverFuncSecondValue: the second iteration variable has yield's second parameter
// type.
func goodRangeOverFuncSecondValue(ctx context.Context, g *errgroup.Group, seq func(func(int, context.Context) bool)) {
	for i, c := range seq {
		_ = i
		g.Go(func() error { return useErr(c) })
	}
}

// goodRangeOverMapKeys: the key of a map keyed by contexts.
func goodRangeOverMapKeys(ctx context.Context, g *errgroup.Group, m map[context.Context]int) {
	for c := range m {
		g.Go(func() error { return useErr(c) })
	}
}

// goodRangeOverArrayPointer: `range &arr` yields the array's elements.
func goodRangeOverArrayPointer(ctx context.Context, g *errgroup.Group, arr [2]context.Context) {
	for _, c := range &arr {
		g.Go(func() error { return useErr(c) })
	}
}

// holder carries a context-returning func field.
type holder struct{ get func() context.Context }

// goodCapturedResultOfFuncField: `c := h.get()` is a context.
func goodCapturedResultOfFuncField(ctx context.Context, g *errgroup.Group, h holder) {
	c := h.get()
	g.Go(func() error { return useErr(c) })
}

// goodCapturedResultOfMethodValueVar: `get := h.get; c := get()`.
func goodCapturedResultOfMethodValueVar(ctx context.Context, g *errgroup.Group, h holder) {
	get := h.get
	c := get()
	g.Go(func() error { return useErr(c) })
}

// goodCapturedIIFEResult: `c := func() context.Context { … }()`.
func goodCapturedIIFEResult(ctx context.Context, g *errgroup.Group) {
	c := func() context.Context { return ctx }()
	g.Go(func() error { return useErr(c) })
}

// goodCapturedValueAssertion: `ctx.Value(k).(context.Context)`.
func goodCapturedValueAssertion(ctx context.Context, g *errgroup.Group) {
	c := ctx.Value("parent").(context.Context)
	g.Go(func() error { return useErr(c) })
}

// goodCapturedGenericBoxField: box[context.Context].v is a context.
func goodCapturedGenericBoxField(ctx context.Context, g *errgroup.Group) {
	b := box[context.Context]{v: ctx}
	c := b.v
	g.Go(func() error { return useErr(c) })
}

// goodCapturedReceiveOfReceive: `<-<-chch`.
func goodCapturedReceiveOfReceive(ctx context.Context, g *errgroup.Group, chch chan chan context.Context) {
	c := <-<-chch
	g.Go(func() error { return useErr(c) })
}

// goodCapturedVarGroup: `var (a int; c = ctx)`.
func goodCapturedVarGroup(ctx context.Context, g *errgroup.Group) {
	var (
		a = 1
		c = ctx
	)
	_ = a
	g.Go(func() error { return useErr(c) })
}

// badCapturedOnlyIntOfPair: `n, c := 1, ctx` and only n is captured.
func badCapturedOnlyIntOfPair(ctx context.Context, g *errgroup.Group) {
	n, c := 1, ctx
	_ = c
	g.Go(func() error { return work(n) }) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
}

// twoBadOnOneLine: two failing calls on one line give two diagnostics.
func twoBadOnOneLine(ctx context.Context, g *errgroup.Group) {
	_ = []bool{g.TryGo(func() error { return work(1) }), g.TryGo(func() error { return work(2) })} // want `^errgroup\.Group\.TryGo\(\) closure should use context "ctx"$` `^errgroup\.Group\.TryGo\(\) closure should use context "ctx"$`
}

// badConstantLenOfArrayLiteral: `len([1]context.Context{ctx})` is a constant expression (an
// array literal without receives or calls): Go folds it, no reference to ctx survives
// (§3.0.4 P2, §11.13).
func badConstantLenOfArrayLiteral(ctx context.Context, g *errgroup.Group) {
	g.Go(func() error { return work(len([1]context.Context{ctx})) }) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
}

// badAlignofFolded: unsafe.Alignof(ctx) is folded too.
func badAlignofFolded(ctx context.Context, g *errgroup.Group) {
	g.Go(func() error { return work(int(unsafe.Alignof(ctx))) }) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
}

// goodLenOfSliceLiteralNotConstant: `len([]context.Context{ctx})` is not a constant: ctx is
// referenced.
func goodLenOfSliceLiteralNotConstant(ctx context.Context, g *errgroup.Group) {
	g.Go(func() error { return work(len([]context.Context{ctx})) })
}
