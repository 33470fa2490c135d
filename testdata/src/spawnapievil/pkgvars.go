package spawnapievil

import (
	"context"

	"github.com/sourcegraph/conc/pool"
	"golang.org/x/sync/errgroup"

	"spawnapievil/carrier"
)

// ---------------------------------------------------------------------------
// Calls inside package-level variable initializers (§2.1, §3.0.4 P2 exception).
// ---------------------------------------------------------------------------

// startedAtInit: no enclosing ctx scope at all: never checked.
var startedAtInit = new(errgroup.Group).TryGo(func() error { return work(1) })

// initCarrierScope: a literal with a carrier parameter is a scope; the callback fails.
var initCarrierScope = func(txn *carrier.Txn) bool {
	return new(errgroup.Group).TryGo(func() error { return work(1) }) // want `^errgroup\.Group\.TryGo\(\) closure should use context "txn"$`
}

// initCarrierNestedOnly: in an initializer P2 is flat: a carrier use inside a nested literal
// does not count.
var initCarrierNestedOnly = func(txn *carrier.Txn, g *errgroup.Group) {
	g.Go(func() error { // want `^errgroup\.Group\.Go\(\) closure should use context "txn"$`
		return func() error { return work(len(txn.Name())) }()
	})
}

// initTable: a struct literal's field literal in an initializer.
var initTable = struct {
	run func(ctx context.Context)
}{
	run: func(ctx context.Context) {
		p := pool.New()
		p.Go(func() { _ = work(1) }) // want `^pool\.Pool\.Go\(\) closure should use context "ctx"$`
		p.Go(func() { use(ctx) })
		p.Wait()
	},
}

// initSliceOfHandlers: literals in a slice in an initializer; the second's callback declares
// a local context (P3 counts it here).
var initSliceOfHandlers = []func(context.Context, *errgroup.Group){
	func(ctx context.Context, g *errgroup.Group) {
		g.Go(func() error { return work(1) }) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
	},
	func(ctx context.Context, g *errgroup.Group) {
		g.Go(func() error {
			var c context.Context
			return useErr(c)
		})
	},
}
