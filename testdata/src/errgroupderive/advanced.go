package errgroupderive

import (
	"context"
	"fmt"

	"github.com/example/apm"

	"golang.org/x/sync/errgroup"
)

// ---------------------------------------------------------------------------
// Identifiers: P4 Trace with pred = P1 || P3 || P11(lit.body) (flat deriver detection).
// ---------------------------------------------------------------------------

// goodTracedDeriver: the traced literal's flat body calls the deriver.
func goodTracedDeriver(ctx context.Context, g *errgroup.Group) {
	f := func() error {
		_ = apm.NewGoroutineContext(context.Background())
		return nil
	}
	g.Go(f)
}

// goodTracedDeferredDeriver: P11 has no defer distinction, so a deferred deriver counts for a
// traced literal (unlike badDeferredDeriver's direct literal).
func goodTracedDeferredDeriver(ctx context.Context, g *errgroup.Group) {
	f := func() error {
		defer apm.NewGoroutineContext(context.Background())
		return work(1)
	}
	g.Go(f)
}

// goodTracedGoOperandDeriver: P11 includes the operand of a go statement (the nested go
// statement spawns a package-qualified selector: neither go checker inspects it).
func goodTracedGoOperandDeriver(ctx context.Context, g *errgroup.Group) {
	var f func() error
	f = func() error {
		go apm.NewGoroutineContext(context.Background())
		return nil
	}
	g.TryGo(f)
}

// badTracedDeriverInIIFE: P11 does not enter literals, so an IIFE is invisible.
func badTracedDeriverInIIFE(ctx context.Context, g *errgroup.Group) {
	f := func() error {
		func() { _ = apm.NewGoroutineContext(context.Background()) }()
		return nil
	}
	g.Go(f) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx" or call goroutine deriver$`
}

// badTracedDeriverInDeferredClosure: nor a deferred closure.
func badTracedDeriverInDeferredClosure(ctx context.Context, g *errgroup.Group) {
	f := func() error {
		defer func() { _ = apm.NewGoroutineContext(context.Background()) }()
		return nil
	}
	g.Go(f) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx" or call goroutine deriver$`
}

// badTracedOther: apm.Other is not the deriver.
func badTracedOther(ctx context.Context, g *errgroup.Group) {
	f := func() error { return useErr(apm.Other(context.Background())) }
	g.Go(f) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx" or call goroutine deriver$`
}

// goodTracedUsesCtx: a traced literal mentioning ctx passes as without a deriver.
func goodTracedUsesCtx(ctx context.Context, g *errgroup.Group) {
	f := func() error { return useErr(ctx) }
	g.Go(f)
}

// badTracedConditionalLacksBoth: the conditional entry after the last unconditional one
// neither mentions a context nor derives.
func badTracedConditionalLacksBoth(ctx context.Context, g *errgroup.Group, fast bool) {
	f := func() error { _ = apm.NewGoroutineContext(context.Background()); return nil }
	if fast {
		f = func() error { return work(1) }
	}
	g.Go(f) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx" or call goroutine deriver$`
}

// goodTracedSwitchMixed: every conditional entry satisfies the predicate, one by the context
// and one by the deriver.
func goodTracedSwitchMixed(ctx context.Context, g *errgroup.Group, mode int) {
	var f func() error
	switch mode {
	case 1:
		f = func() error { return useErr(ctx) }
	default:
		f = func() error { return useErr(apm.NewGoroutineContext(context.Background())) }
	}
	g.Go(f)
}

// badTracedReassignedAfterCall: the reassignment after the call participates (§9.14).
func badTracedReassignedAfterCall(ctx context.Context, g *errgroup.Group) {
	f := func() error { _ = apm.NewGoroutineContext(context.Background()); return nil }
	g.Go(f) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx" or call goroutine deriver$`
	f = func() error { return work(1) }
	_ = f
}

// goodVarDeclNotTraced: `var f = func…` is not traced: silent.
func goodVarDeclNotTraced(ctx context.Context, g *errgroup.Group) {
	var f = func() error { return work(1) }
	g.Go(f)
}

// ---------------------------------------------------------------------------
// Factories (P6): judged on context use only, the deriver is not considered (§4.3).
// ---------------------------------------------------------------------------

func makeDeriving() func() error {
	return func() error { _ = apm.NewGoroutineContext(context.Background()); return nil }
}

func makeLabeled(label string) func() error { return func() error { return work(len(label)) } }

func labelOf(ctx context.Context) string { return fmt.Sprint(ctx) }

// badFactoryDeriverIgnored: the factory's literal derives, but factories ignore derivers.
func badFactoryDeriverIgnored(ctx context.Context, g *errgroup.Group) {
	g.Go(makeDeriving()) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx" or call goroutine deriver$`
}

// badIIFEFactoryDeriverIgnored: same with an immediately invoked literal factory.
func badIIFEFactoryDeriverIgnored(ctx context.Context, g *errgroup.Group) {
	g.Go(func() func() error { // want `^errgroup\.Group\.Go\(\) closure should use context "ctx" or call goroutine deriver$`
		return func() error { _ = apm.NewGoroutineContext(context.Background()); return nil }
	}())
}

// goodFactoryArgMentionsCtx: an argument mentions ctx.
func goodFactoryArgMentionsCtx(ctx context.Context, g *errgroup.Group) {
	g.Go(makeLabeled(labelOf(ctx)))
}

// badFactoryDeriverAsArgument: an argument calling the deriver is not an argument mentioning a
// context variable (P6 step 1 looks for ctx-ish identifiers; the deriver is a function).
func badFactoryDeriverAsArgument(ctx context.Context, g *errgroup.Group) {
	g.Go(makeLabeled(fmt.Sprint(apm.NewGoroutineContext(nil)))) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx" or call goroutine deriver$`
}

// ---------------------------------------------------------------------------
// Selectors (P8) and indexes (P9): P3 on the found literal only, no deriver.
// ---------------------------------------------------------------------------

type jobs struct {
	name string
	run  func() error
}

// badFieldDeriverOnly: the field literal derives but does not mention a context.
func badFieldDeriverOnly(ctx context.Context, g *errgroup.Group) {
	j := jobs{name: "a", run: func() error { _ = apm.NewGoroutineContext(context.Background()); return nil }}
	g.Go(j.run) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx" or call goroutine deriver$`
}

// goodFieldUsesCtx: the field literal mentions ctx.
func goodFieldUsesCtx(ctx context.Context, g *errgroup.Group) {
	j := jobs{name: "a", run: func() error { return useErr(ctx) }}
	g.Go(j.run)
}

// badIndexDeriverOnly: the positional element derives but does not mention a context.
func badIndexDeriverOnly(ctx context.Context, g *errgroup.Group) {
	steps := []func() error{func() error { _ = apm.NewGoroutineContext(context.Background()); return nil }}
	g.Go(steps[0]) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx" or call goroutine deriver$`
}

// goodMapKeyUsesCtx: the keyed element mentions ctx.
func goodMapKeyUsesCtx(ctx context.Context, g *errgroup.Group) {
	table := map[string]func() error{"warm": func() error { return useErr(ctx) }}
	g.Go(table["warm"])
}

// ---------------------------------------------------------------------------
// Package-level variable initializer (§3.0.4 P2 exception): P10 becomes P11 there, so a
// deferred deriver counts and a deriver inside an IIFE does not.
// ---------------------------------------------------------------------------

var initializerHandler = func(ctx context.Context) error {
	var g errgroup.Group
	// Deferred deriver: reported in a function (badDeferredDeriver), silent here.
	g.Go(func() error {
		defer apm.NewGoroutineContext(context.Background())
		return nil
	})
	// Deriver inside an IIFE: silent in a function (goodDeriverInIIFE), reported here.
	g.Go(func() error { // want `^errgroup\.Group\.Go\(\) closure should use context "ctx" or call goroutine deriver$`
		func() { _ = apm.NewGoroutineContext(context.Background()) }()
		return nil
	})
	// A plain deriver call in the body passes either way.
	g.Go(func() error {
		_ = apm.NewGoroutineContext(context.Background())
		return nil
	})
	return g.Wait()
}
