// Package goroutinederiveand holds goroutinederive fixtures for an AND group made of a method
// deriver (newrelic.Transaction.NewGoroutine) and a function deriver (newrelic.NewContext).
package goroutinederiveand

import (
	"context"

	"github.com/example/newrelic"
)

func use(ctx context.Context) { _ = ctx }

func work(n int) { _ = n }

// goodBothMembers: both members called normally.
func goodBothMembers(ctx context.Context) {
	go func() {
		txn := newrelic.FromContext(ctx)
		t := txn.NewGoroutine()
		use(newrelic.NewContext(ctx, t))
	}()
}

// badOnlyMethod: NewContext is missing: group incomplete.
func badOnlyMethod(ctx context.Context) {
	go func() { // want `^goroutine should call github\.com/example/newrelic\.Transaction\.NewGoroutine\+github\.com/example/newrelic\.NewContext to derive context$`
		txn := newrelic.FromContext(ctx)
		t := txn.NewGoroutine()
		_ = t
	}()
}

// badOnlyFunction: NewGoroutine is missing: group incomplete.
func badOnlyFunction(ctx context.Context) {
	go func() { // want `^goroutine should call github\.com/example/newrelic\.Transaction\.NewGoroutine\+github\.com/example/newrelic\.NewContext to derive context$`
		txn := newrelic.FromContext(ctx)
		use(newrelic.NewContext(ctx, txn))
	}()
}

// badNeither: nothing derives and nothing uses the context: both checkers report.
func badNeither(ctx context.Context) {
	go func() { // want `^goroutine does not propagate context "ctx"$` `^goroutine should call github\.com/example/newrelic\.Transaction\.NewGoroutine\+github\.com/example/newrelic\.NewContext to derive context$`
		work(1)
	}()
}

// badOneDeferred: one member normal, the other only deferred: defer message (§4.4).
func badOneDeferred(ctx context.Context) {
	go func() { // want `^goroutine calls github\.com/example/newrelic\.Transaction\.NewGoroutine\+github\.com/example/newrelic\.NewContext in defer, but it should be called at goroutine start$`
		t := newrelic.FromContext(ctx).NewGoroutine()
		defer newrelic.NewContext(ctx, t)
	}()
}

// badMethodInDeferredIIFE: the method member only inside a deferred IIFE.
func badMethodInDeferredIIFE(ctx context.Context) {
	go func() { // want `^goroutine calls github\.com/example/newrelic\.Transaction\.NewGoroutine\+github\.com/example/newrelic\.NewContext in defer, but it should be called at goroutine start$`
		txn := newrelic.FromContext(ctx)
		use(newrelic.NewContext(ctx, txn))
		defer func() {
			txn.NewGoroutine().End()
		}()
	}()
}

// goodChainedReceiver: the receiver type comes from FromContext's declared result.
func goodChainedReceiver(ctx context.Context) {
	go func() {
		use(newrelic.NewContext(ctx, newrelic.FromContext(ctx).NewGoroutine()))
	}()
}

// goodParameterReceiver: a parameter of type *newrelic.Transaction.
func goodParameterReceiver(ctx context.Context, txn *newrelic.Transaction) {
	go func() {
		use(newrelic.NewContext(ctx, txn.NewGoroutine()))
	}()
}

// goodValueParameterReceiver: a value (non-pointer) Transaction; the pointer method is still
// the target.
func goodValueParameterReceiver(ctx context.Context, txn newrelic.Transaction) {
	go func() {
		use(newrelic.NewContext(ctx, txn.NewGoroutine()))
	}()
}

type holder struct {
	txn *newrelic.Transaction
}

// goodFieldReceiver: a struct field of type *newrelic.Transaction.
func (h *holder) goodFieldReceiver(ctx context.Context) {
	go func() {
		use(newrelic.NewContext(ctx, h.txn.NewGoroutine()))
	}()
}

// badWrongMethod: End is not a deriver.
func badWrongMethod(ctx context.Context, txn *newrelic.Transaction) {
	go func() { // want `^goroutine should call github\.com/example/newrelic\.Transaction\.NewGoroutine\+github\.com/example/newrelic\.NewContext to derive context$`
		txn.End()
		use(newrelic.NewContext(ctx, txn))
	}()
}

// goodMembersInDifferentPlaces: members may be spread over branches and IIFEs.
func goodMembersInDifferentPlaces(ctx context.Context, txn *newrelic.Transaction, flag bool) {
	go func() {
		var t *newrelic.Transaction
		if flag {
			t = txn.NewGoroutine()
		}
		func() { use(newrelic.NewContext(ctx, t)) }()
	}()
}
