package spawnapievilderive

import (
	"context"

	. "github.com/example/apm"
	"golang.org/x/sync/errgroup"
)

// goodDotImportedDeriver: the bare NewGoroutineContext is the configured deriver.
func goodDotImportedDeriver(ctx context.Context, g *errgroup.Group) {
	g.Go(func() error {
		consume(NewGoroutineContext(context.Background()))
		return nil
	})
}

// badDotImportedOther: Other is not configured.
func badDotImportedOther(ctx context.Context, g *errgroup.Group) {
	g.Go(func() error { // want `^errgroup\.Group\.Go\(\) closure should use context "ctx" or call goroutine deriver$`
		consume(Other(context.Background()))
		return nil
	})
}
