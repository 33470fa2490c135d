// Package concderive holds conc fixtures with a deriver configured (SPEC §3.3, §3.5, §4.3):
// calling the deriver is an alternative to using the context (flow-aware for direct literals,
// flat for traced ones, ignored for factories), and every conc message gains the suffix
// ` or call goroutine deriver`. No go statements here, so goroutinederive stays silent.
package concderive

import (
	"context"

	"github.com/example/apm"
	"github.com/sourcegraph/conc"
	"github.com/sourcegraph/conc/iter"
	"github.com/sourcegraph/conc/pool"
	"github.com/sourcegraph/conc/stream"
)

func use(ctx context.Context) { _ = ctx }

func work(n int) { _ = n }

// badNeither: neither context use nor deriver: the message has the suffix.
func badNeither(ctx context.Context) {
	p := pool.New()
	p.Go(func() { work(1) }) // want `^pool\.Pool\.Go\(\) closure should use context "ctx" or call goroutine deriver$`
	p.Wait()
}

// goodContextStillEnough: using the context passes without the deriver.
func goodContextStillEnough(ctx context.Context) {
	p := pool.New()
	p.Go(func() { use(ctx) })
	p.Wait()
}

// goodDeriverAlone: the deriver on a fresh context (no capture) passes by P10.
func goodDeriverAlone(ctx context.Context, xs []int) {
	iter.ForEach(xs, func(x *int) {
		_ = apm.NewGoroutineContext(context.Background())
		work(*x)
	})
}

// goodDeriverInBranch: a deriver call inside a branch counts ("at start" is a misnomer).
func goodDeriverInBranch(ctx context.Context, xs []int) []int {
	return iter.Map(xs, func(x *int) int {
		if *x > 0 {
			use(apm.NewGoroutineContext(context.TODO()))
		}
		return *x
	})
}

// goodDeriverInIIFE: P10 follows an immediately invoked literal.
func goodDeriverInIIFE(ctx context.Context) {
	wg := conc.NewWaitGroup()
	wg.Go(func() {
		func() { use(apm.NewGoroutineContext(context.Background())) }()
	})
	wg.Wait()
}

// goodDeriverThroughLocalVariable: P10 follows a call through a local closure variable.
func goodDeriverThroughLocalVariable(ctx context.Context) {
	p := pool.New()
	p.Go(func() {
		derive := func() { use(apm.NewGoroutineContext(context.Background())) }
		derive()
	})
	p.Wait()
}

// badDeriverOnlyDeferred: a deferred-only deriver fails a direct literal (no defer message for
// conc).
func badDeriverOnlyDeferred(ctx context.Context, xs []int) {
	iter.ForEach(xs, func(x *int) { // want `^iter\.ForEach\(\) closure should use context "ctx" or call goroutine deriver$`
		defer apm.NewGoroutineContext(context.Background())
		work(*x)
	})
}

// badOtherFunction: apm.Other is not the deriver.
func badOtherFunction(ctx context.Context) error {
	p := pool.New().WithErrors()
	p.Go(func() error { // want `^pool\.ErrorPool\.Go\(\) closure should use context "ctx" or call goroutine deriver$`
		use(apm.Other(context.Background()))
		return nil
	})
	return p.Wait()
}

// badDeriverOnlyInReturnedCallback: a returned (not invoked) literal is not walked by P10.
func badDeriverOnlyInReturnedCallback(ctx context.Context) {
	s := stream.New()
	s.Go(func() stream.Callback { // want `^stream\.Stream\.Go\(\) closure should use context "ctx" or call goroutine deriver$`
		return func() { use(apm.NewGoroutineContext(context.Background())) }
	})
	s.Wait()
}

// goodTracedDeriver: a traced literal calling the deriver passes (P11, flat).
func goodTracedDeriver(ctx context.Context, xs []int) {
	visit := func(x *int) { use(apm.NewGoroutineContext(context.Background())) }
	iter.ForEach(xs, visit)
}

// goodTracedDeferredDeriver: P11 includes a deferred call's operand.
func goodTracedDeferredDeriver(ctx context.Context, xs []int) {
	visit := func(x *int) {
		defer apm.NewGoroutineContext(context.Background())
		work(*x)
	}
	iter.ForEach(xs, visit)
}

// badTracedDeriverInIIFE: P11 does not enter nested literals.
func badTracedDeriverInIIFE(ctx context.Context, xs []int) []string {
	m := iter.Mapper[int, string]{}
	conv := func(x *int) string {
		func() { use(apm.NewGoroutineContext(context.Background())) }()
		return ""
	}
	return m.Map(xs, conv) // want `^iter\.Mapper\.Map\(\) closure should use context "ctx" or call goroutine deriver$`
}

// newDerivingVisitor is a factory whose literal calls the deriver but mentions no
// context-typed identifier.
func newDerivingVisitor() func(*int) {
	return func(x *int) { _ = apm.NewGoroutineContext(context.Background()) }
}

// badFactoryDeriverNotConsidered: factory results are judged on context use only.
func badFactoryDeriverNotConsidered(ctx context.Context, xs []int) {
	it := iter.Iterator[int]{}
	it.ForEach(xs, newDerivingVisitor()) // want `^iter\.Iterator\.ForEach\(\) closure should use context "ctx" or call goroutine deriver$`
}

// goodIgnoreErrgroup: the ignore name is still errgroup.
func goodIgnoreErrgroup(ctx context.Context) {
	wg := conc.NewWaitGroup()
	//goroutinectx:ignore errgroup
	wg.Go(func() { work(1) })
	wg.Wait()
}

// badIgnoreConc: `conc` is never an enabled name, with or without a deriver.
func badIgnoreConc(ctx context.Context) {
	wg := conc.NewWaitGroup()
	//goroutinectx:ignore conc // want `^unused goroutinectx:ignore directive for checker\(s\): conc$`
	wg.Go(func() { work(1) }) // want `^conc\.WaitGroup\.Go\(\) closure should use context "ctx" or call goroutine deriver$`
	wg.Wait()
}

// goodNoScope: no ctx scope, even with a deriver configured.
func goodNoScope(xs []int) {
	iter.ForEach(xs, func(x *int) { work(*x) })
}
