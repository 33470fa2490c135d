package spawnapievil

import (
	"context"

	"golang.org/x/sync/errgroup"
)

// A file with CRLF line endings: the trailing \r is not part of a directive (SPEC §1.2, §6.1).
func goodIgnoreCRLF(ctx context.Context, g *errgroup.Group) {
	//goroutinectx:ignore errgroup
	g.Go(func() error { return work(1) })
}

func badCRLF(ctx context.Context, g *errgroup.Group) {
	g.Go(func() error { return work(2) }) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
}
