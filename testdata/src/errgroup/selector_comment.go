package errgroup

import (
	"context"

	"golang.org/x/sync/errgroup"
)

// Go allows comments between a selector's dot and its name; this file's only spawning
// calls are spelled that way, so the lexical prefilter must still find them.

func commentAfterDot(ctx context.Context, g *errgroup.Group) {
	g. /* block */
		Go(func() error { return nil }) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
}

func lineCommentAfterDot(ctx context.Context, g *errgroup.Group) {
	g. // line
		Go(func() error { return nil }) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
}
