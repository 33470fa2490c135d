// Package goroutinederivemixed holds goroutinederive fixtures for a deriver set mixing an AND
// group (newrelic.Transaction.NewGoroutine + newrelic.NewContext) with an alternative
// (apm.NewGoroutineContext): either group satisfies.
package goroutinederivemixed

import (
	"context"

	"github.com/example/apm"
	"github.com/example/newrelic"
)

func use(ctx context.Context) { _ = ctx }

func work(n int) { _ = n }

// goodFirstGroup: the AND group is complete.
func goodFirstGroup(ctx context.Context, txn *newrelic.Transaction) {
	go func() {
		t := txn.NewGoroutine()
		use(newrelic.NewContext(ctx, t))
	}()
}

// goodSecondGroup: the single-member alternative.
func goodSecondGroup(ctx context.Context) {
	go func() {
		use(apm.NewGoroutineContext(ctx))
	}()
}

// badFirstGroupIncomplete: only NewGoroutine, and no alternative.
func badFirstGroupIncomplete(ctx context.Context, txn *newrelic.Transaction) {
	go func() { // want `^goroutine should call github\.com/example/newrelic\.Transaction\.NewGoroutine\+github\.com/example/newrelic\.NewContext,github\.com/example/apm\.NewGoroutineContext to derive context$`
		t := txn.NewGoroutine()
		use(ctx)
		_ = t
	}()
}

// goodIncompletePlusAlternative: an incomplete AND group does not matter when the
// alternative is called.
func goodIncompletePlusAlternative(ctx context.Context, txn *newrelic.Transaction) {
	go func() {
		t := txn.NewGoroutine()
		_ = t
		use(apm.NewGoroutineContext(ctx))
	}()
}

// badNothing: neither group, no context: both checkers report.
func badNothing(ctx context.Context) {
	go func() { // want `^goroutine does not propagate context "ctx"$` `^goroutine should call github\.com/example/newrelic\.Transaction\.NewGoroutine\+github\.com/example/newrelic\.NewContext,github\.com/example/apm\.NewGoroutineContext to derive context$`
		work(1)
	}()
}

// badAlternativeDeferred: the alternative only in defer: defer message.
func badAlternativeDeferred(ctx context.Context) {
	go func() { // want `^goroutine calls github\.com/example/newrelic\.Transaction\.NewGoroutine\+github\.com/example/newrelic\.NewContext,github\.com/example/apm\.NewGoroutineContext in defer, but it should be called at goroutine start$`
		defer apm.NewGoroutineContext(ctx)
		use(ctx)
	}()
}

// badGroupMemberDeferred: the AND group is complete only with a deferred member.
func badGroupMemberDeferred(ctx context.Context, txn *newrelic.Transaction) {
	go func() { // want `^goroutine calls github\.com/example/newrelic\.Transaction\.NewGoroutine\+github\.com/example/newrelic\.NewContext,github\.com/example/apm\.NewGoroutineContext in defer, but it should be called at goroutine start$`
		t := txn.NewGoroutine()
		defer newrelic.NewContext(ctx, t)
	}()
}

// goodDeferredGroupButNormalAlternative: AtStart through the alternative wins over a
// deferred-only AND group.
func goodDeferredGroupButNormalAlternative(ctx context.Context, txn *newrelic.Transaction) {
	go func() {
		t := txn.NewGoroutine()
		defer newrelic.NewContext(ctx, t)
		use(apm.NewGoroutineContext(ctx))
	}()
}

// badIncompleteGroupPlusDeferredAlternative: group 1 incomplete, group 2 deferred only:
// DeferOnly.
func badIncompleteGroupPlusDeferredAlternative(ctx context.Context, txn *newrelic.Transaction) {
	go func() { // want `^goroutine calls github\.com/example/newrelic\.Transaction\.NewGoroutine\+github\.com/example/newrelic\.NewContext,github\.com/example/apm\.NewGoroutineContext in defer, but it should be called at goroutine start$`
		use(newrelic.NewContext(ctx, txn))
		defer apm.NewGoroutineContext(ctx)
	}()
}

// badMembersOfDifferentGroups: NewContext (group 1) + nothing else is not a group.
func badMembersOfDifferentGroups(ctx context.Context, txn *newrelic.Transaction) {
	go func() { // want `^goroutine should call github\.com/example/newrelic\.Transaction\.NewGoroutine\+github\.com/example/newrelic\.NewContext,github\.com/example/apm\.NewGoroutineContext to derive context$`
		use(newrelic.NewContext(ctx, txn))
		use(apm.Other(ctx))
	}()
}
