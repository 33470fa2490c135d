package spawnapievil

import (
	"context"

	"golang.org/x/sync/errgroup"
)

// ---------------------------------------------------------------------------
// Directive recognition details (§6.1).
// ---------------------------------------------------------------------------

// goodIgnoreWithoutSpaceBeforeName: `goroutinectx:ignoreX` is accepted with remainder X, so
// `//goroutinectx:ignoreerrgroup` lists the name errgroup.
func goodIgnoreWithoutSpaceBeforeName(ctx context.Context, g *errgroup.Group) {
	//goroutinectx:ignoreerrgroup
	g.Go(func() error { return work(1) })
}

// goodIgnoreTrailingComma: empty pieces are dropped.
func goodIgnoreTrailingComma(ctx context.Context, g *errgroup.Group) {
	//goroutinectx:ignore errgroup,
	g.Go(func() error { return work(1) })
}

// directiveInString is not a comment: no directive, nothing unused.
var directiveInString = "//goroutinectx:ignore errgroup"

// badStringIsNoDirective: the string on the line above is no directive.
func badStringIsNoDirective(ctx context.Context, g *errgroup.Group) {
	s := `
//goroutinectx:ignore errgroup`
	g.Go(func() error { return work(len(s)) }) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
}

// badBlockCommentIsNoDirective: block comments never are directives.
func badBlockCommentIsNoDirective(ctx context.Context, g *errgroup.Group) {
	/* goroutinectx:ignore errgroup */
	g.Go(func() error { return work(1) }) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
}
