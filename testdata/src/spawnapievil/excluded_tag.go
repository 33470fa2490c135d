//go:build spawnapievil_never

package spawnapievil

import (
	"context"

	"golang.org/x/sync/errgroup"
)

// A file whose build constraint is false is not selected (§1.2).
func excludedByTag(ctx context.Context, g *errgroup.Group) {
	g.Go(func() error { return work(1) })
}
