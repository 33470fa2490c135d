package goroutinederiveand

import (
	"context"

	"github.com/example/newrelic"
)

// goodTracedBothFlat: identifiers use flat detection: both members, one deferred, satisfy it.
func goodTracedBothFlat(ctx context.Context, txn *newrelic.Transaction) {
	f := func() {
		t := txn.NewGoroutine()
		defer newrelic.NewContext(ctx, t)
	}
	go f()
}

// badTracedOneMember: the traced literal calls one member only.
func badTracedOneMember(ctx context.Context, txn *newrelic.Transaction) {
	f := func() {
		use(newrelic.NewContext(ctx, txn))
	}
	go f() // want `^goroutine should call github\.com/example/newrelic\.Transaction\.NewGoroutine\+github\.com/example/newrelic\.NewContext to derive context$`
}

// goodFactoryBoth: a factory literal whose returned literal calls both members.
func goodFactoryBoth(ctx context.Context, txn *newrelic.Transaction) {
	go func() func() {
		return func() { use(newrelic.NewContext(ctx, txn.NewGoroutine())) }
	}()()
}

// goodMethodExpression: a method expression identifies the method.
func goodMethodExpression(ctx context.Context, txn *newrelic.Transaction) {
	go func() {
		t := (*newrelic.Transaction).NewGoroutine(txn)
		use(newrelic.NewContext(ctx, t))
	}()
}

// goodLocalMethodValue: a local variable bound to a method value is a static call of it.
func goodLocalMethodValue(ctx context.Context, txn *newrelic.Transaction) {
	go func() {
		ng := txn.NewGoroutine
		use(newrelic.NewContext(ctx, ng()))
	}()
}

// goodDoubleChain: the result type of NewGoroutine is *Transaction again.
func goodDoubleChain(ctx context.Context) {
	go func() {
		t := newrelic.FromContext(ctx).NewGoroutine().NewGoroutine()
		use(newrelic.NewContext(ctx, t))
	}()
}
