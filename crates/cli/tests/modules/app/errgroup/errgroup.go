package errgroup

import (
	"context"

	"golang.org/x/sync/errgroup"
)

// Fetch runs its workers in an errgroup whose closures forget the request context.
func Fetch(ctx context.Context, urls []string) error {
	g, gctx := errgroup.WithContext(ctx)
	for _, u := range urls {
		g.Go(func() error { return get(u) })
		g.Go(func() error { return getCtx(gctx, u) })
	}
	return g.Wait()
}

func get(string) error                      { return nil }
func getCtx(context.Context, string) error { return nil }
