// Package spawnerderive: spawner arguments with a deriver configured (SPEC §3.6, §4.3).
package spawnerderive

import (
	"context"

	"github.com/example/apm"
)

func beat() {}

//goroutinectx:spawner
func runOne(f func()) { go f() }

// goodLiteralDerives: the literal calls the deriver when it runs (P10), without using the
// outer context.
func goodLiteralDerives(ctx context.Context) {
	runOne(func() {
		apm.NewGoroutineContext(nil)
		beat()
	})
}

// goodDeriverInIIFE: P10 follows immediately invoked literals.
func goodDeriverInIIFE(ctx context.Context) {
	runOne(func() {
		func() { apm.NewGoroutineContext(nil) }()
	})
}

// badDeferredDeriver: a deriver only in defer does not count for a callback; the message is
// the ordinary one with the suffix (no defer message here).
func badDeferredDeriver(ctx context.Context) {
	runOne(func() { // want `^runOne\(\) func argument should use context "ctx" or call goroutine deriver$`
		defer apm.NewGoroutineContext(nil)
		beat()
	})
}

// badNeither: neither context nor deriver.
func badNeither(ctx context.Context) {
	runOne(func() { beat() }) // want `^runOne\(\) func argument should use context "ctx" or call goroutine deriver$`
}

// goodTracedDerives: a traced literal whose flat body calls the deriver (P11).
func goodTracedDerives(ctx context.Context) {
	f := func() { apm.NewGoroutineContext(nil) }
	runOne(f)
}

// badTracedDeriverInIIFE: P11 does not enter literals, so a traced literal's IIFE is invisible.
func badTracedDeriverInIIFE(ctx context.Context) {
	f := func() {
		func() { apm.NewGoroutineContext(nil) }()
	}
	runOne(f) // want `^runOne\(\) func argument should use context "ctx" or call goroutine deriver$`
}

func makeDeriving() func() {
	return func() { apm.NewGoroutineContext(nil) }
}

// badFactoryDeriverIgnored: factory results are judged on context use only (SPEC §4.3).
func badFactoryDeriverIgnored(ctx context.Context) {
	runOne(makeDeriving()) // want `^runOne\(\) func argument should use context "ctx" or call goroutine deriver$`
}

// goodStillUsesContext: using the context is still enough.
func goodStillUsesContext(ctx context.Context) {
	runOne(func() { _ = ctx })
}
