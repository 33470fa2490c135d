package spawnapievil

import (
	context "spawnapievil/fakectx"

	"github.com/sourcegraph/conc/pool"
	"golang.org/x/sync/errgroup"
)

// In this file `context` is the lookalike package spawnapievil/fakectx.

// goodLookalikeContextNoScope: `ctx context.Context` is not the ctx type: no scope.
func goodLookalikeContextNoScope(ctx context.Context, g *errgroup.Group) {
	g.Go(func() error { return work(1) })
}

// goodLookalikeContextPoolNoScope: same for conc.
func goodLookalikeContextPoolNoScope(ctx context.Context) {
	p := pool.New()
	p.Go(func() { _ = work(1) })
	p.Wait()
}
