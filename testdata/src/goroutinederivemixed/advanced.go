package goroutinederivemixed

import (
	"context"

	"github.com/example/apm"
	"github.com/example/newrelic"
)

// goodTracedFirstGroup: flat detection on a traced literal, AND group complete.
func goodTracedFirstGroup(ctx context.Context) {
	f := func() {
		t := newrelic.FromContext(ctx).NewGoroutine()
		use(newrelic.NewContext(ctx, t))
	}
	go f()
}

// goodTracedAlternativeDeferred: flat detection: a deferred alternative counts.
func goodTracedAlternativeDeferred(ctx context.Context) {
	f := func() {
		defer apm.NewGoroutineContext(ctx)
	}
	go f()
}

// badTracedIncomplete: flat detection with an incomplete AND group.
func badTracedIncomplete(ctx context.Context) {
	f := func() {
		use(newrelic.NewContext(ctx, nil))
	}
	go f() // want `^goroutine should call github\.com/example/newrelic\.Transaction\.NewGoroutine\+github\.com/example/newrelic\.NewContext,github\.com/example/apm\.NewGoroutineContext to derive context$`
}

// goodFactoryAlternative: FactoryDerives with the alternative.
func goodFactoryAlternative(ctx context.Context) {
	mk := func() func() {
		return func() { use(apm.NewGoroutineContext(ctx)) }
	}
	go mk()()
}

// badFactoryIncomplete: FactoryDerives with an incomplete AND group.
func badFactoryIncomplete(ctx context.Context, txn *newrelic.Transaction) {
	mk := func() func() {
		return func() { txn.NewGoroutine().End(); use(ctx) }
	}
	go mk()() // want `^goroutine should call github\.com/example/newrelic\.Transaction\.NewGoroutine\+github\.com/example/newrelic\.NewContext,github\.com/example/apm\.NewGoroutineContext to derive context$`
}

// goodGroupViaIIFEAndBranch: members spread over an IIFE and a branch.
func goodGroupViaIIFEAndBranch(ctx context.Context, txn *newrelic.Transaction, flag bool) {
	go func() {
		t := func() *newrelic.Transaction { return txn.NewGoroutine() }()
		if flag {
			use(newrelic.NewContext(ctx, t))
		}
	}()
}
