package errgroup

import (
	"context"
	"fmt"

	"errgroup/lib"

	"golang.org/x/sync/errgroup"
)

// ---------------------------------------------------------------------------
// Identifiers: P4 Trace with pred = P1 || P3 (§3.3, §3.0.4).
// ---------------------------------------------------------------------------

// badTracedShortVar: the variable's literal does not mention a context.
func badTracedShortVar(ctx context.Context, g *errgroup.Group) {
	f := func() error { return work(1) }
	g.Go(f) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
}

// goodTracedShortVar: the variable's literal mentions ctx.
func goodTracedShortVar(ctx context.Context, g *errgroup.Group) {
	f := func() error { return useErr(ctx) }
	g.Go(f)
}

// badTracedAssign: `var f func() error` is not collected; the `=` assignment is.
func badTracedAssign(ctx context.Context, g *errgroup.Group) {
	var f func() error
	f = func() error { return work(1) }
	g.TryGo(f) // want `^errgroup\.Group\.TryGo\(\) closure should use context "ctx"$`
}

// goodTracedAssign: the `=` assignment mentions ctx.
func goodTracedAssign(ctx context.Context, g *errgroup.Group) {
	var f func() error
	f = func() error { return useErr(ctx) }
	g.TryGo(f)
}
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {
go func() {

}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
// badTracedNestedOnly: a traced literal must mention the context in its own flat body
// (P3, §9.12); a nested closure does not count, unlike for a direct literal.
func badTracedNestedOnly(ctx context.Context, g *errgroup.Group) {
	f := func() error {
		return func() error { return useErr(ctx) }()
	}
	g.Go(f) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
}

// badTracedDeferredClosureOnly: same with a deferred closure.
func badTracedDeferredClosureOnly(ctx context.Context, g *errgroup.Group) {
	f := func() error {
		defer func() { _ = ctx }()
		return nil
	}
	g.Go(f) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
}

// goodTracedLocalCtx: P3 counts a context-typed local defined in the literal's body
// (a direct literal doing the same is reported, see badLocalCtxInsideLiteral).
func goodTracedLocalCtx(ctx context.Context, g *errgroup.Group) {
	f := func() error {
		c := context.TODO()
		return useErr(c)
	}
	g.Go(f)
}

// goodTracedPackageCtx: P3 counts a package-level context (unlike P2).
func goodTracedPackageCtx(ctx context.Context, g *errgroup.Group) {
	f := func() error { return useErr(pkgCtx) }
	g.Go(f)
}

// badConditionalAfterUnconditional: from the last unconditional assignment on, every entry
// must mention a context; the conditional one after it does not.
func badConditionalAfterUnconditional(ctx context.Context, g *errgroup.Group, flag bool) {
	f := func() error { return useErr(ctx) }
	if flag {
		f = func() error { return work(1) }
	}
	g.Go(f) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
}

// goodConditionalBeforeUnconditional: entries before the last unconditional one are ignored.
func goodConditionalBeforeUnconditional(ctx context.Context, g *errgroup.Group, flag bool) {
	var f func() error
	if flag {
		f = func() error { return work(1) }
	}
	f = func() error { return useErr(ctx) }
	g.Go(f)
}

// goodUnconditionalLastWins: an earlier context-free unconditional literal is irrelevant.
func goodUnconditionalLastWins(ctx context.Context, g *errgroup.Group) {
	f := func() error { return work(1) }
	f = func() error { return useErr(ctx) }
	g.Go(f)
}

// badUnconditionalLastLacksCtx: the last unconditional assignment lacks a context.
func badUnconditionalLastLacksCtx(ctx context.Context, g *errgroup.Group) {
	f := func() error { return useErr(ctx) }
	f = func() error { return work(1) }
	g.Go(f) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
}

// badReassignedAfterCall: a reassignment written after the call participates (§9.14).
func badReassignedAfterCall(ctx context.Context, g *errgroup.Group) {
	f := func() error { return useErr(ctx) }
	g.Go(f) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
	f = func() error { return work(1) }
	_ = f
}

// goodReassignedAfterCall: conversely the value at the call lacks a context, but the last
// unconditional assignment (after the call) mentions one.
func goodReassignedAfterCall(ctx context.Context, g *errgroup.Group) {
	f := func() error { return work(1) }
	g.Go(f)
	f = func() error { return useErr(ctx) }
	_ = f
}

// badAllConditionalFor: with no unconditional entry every entry is checked.
func badAllConditionalFor(ctx context.Context, g *errgroup.Group, n int) {
	var f func() error
	for i := 0; i < n; i++ {
		f = func() error { return work(i) }
	}
	g.Go(f) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
}

// goodConditionalSelect: from the last unconditional entry on, every entry mentions ctx.
func goodConditionalSelect(ctx context.Context, g *errgroup.Group, ch chan int) {
	f := func() error { return useErr(ctx) }
	select {
	case <-ch:
		f = func() error { return useErr(ctx) }
	default:
	}
	g.Go(f)
}

// badMultiAssign: the literal at the variable's index of a multi-assignment is collected.
func badMultiAssign(ctx context.Context, g *errgroup.Group) {
	n, f := 2, func() error { return work(1) }
	_ = n
	g.Go(f) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
}

// goodVarDeclNotTraced: `var f = func…` is not an assignment statement: untraceable, silent.
func goodVarDeclNotTraced(ctx context.Context, g *errgroup.Group) {
	var f = func() error { return work(1) }
	g.Go(f)
}

// goodCopiedFromVariable: `f := other` is not collected (only literals are): empty trace.
func goodCopiedFromVariable(ctx context.Context, g *errgroup.Group) {
	other := func() error { return work(1) }
	f := other
	g.Go(f)
}

func workOne() error { return work(1) }

// goodDeclaredFunction: a declared function has no assignments: silent.
func goodDeclaredFunction(ctx context.Context, g *errgroup.Group) {
	g.Go(workOne)
}

// goodParameterCallback: a parameter cannot be traced (§9.2).
func goodParameterCallback(ctx context.Context, g *errgroup.Group, cb func() error) {
	g.Go(cb)
}

// goodRangeVariable: range variables cannot be traced (§9.2).
func goodRangeVariable(ctx context.Context, g *errgroup.Group, cbs []func() error) {
	for _, cb := range cbs {
		g.Go(cb)
	}
}

// pkgHook is a package-level variable assigned in another function of this file.
var pkgHook func() error

func installPkgHook() { pkgHook = func() error { return work(1) } }

// badPackageVarTracedInFile: P4 collects assignments anywhere in the declaring file.
func badPackageVarTracedInFile(ctx context.Context, g *errgroup.Group) {
	g.Go(pkgHook) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
}

func installCrossFileHook() { crossFileHook = func() error { return work(1) } }

// goodCrossFileAssignment: crossFileHook is declared in basic.go, so this file's assignment
// is not collected (P4 scans the declaring file only): empty trace, silent.
func goodCrossFileAssignment(ctx context.Context, g *errgroup.Group) {
	g.Go(crossFileHook)
}

// ---------------------------------------------------------------------------
// Call expressions: P6 FactoryOK (§3.0.4).
// ---------------------------------------------------------------------------

func makeBad() func() error { return func() error { return work(1) } }

func makeLabeled(label string) func() error { return func() error { return work(len(label)) } }

func makeWithCtx(c context.Context) func() error { return func() error { return work(1) } }

func makeLocalCtx() func() error {
	return func() error {
		c := context.TODO()
		return useErr(c)
	}
}

func makeNil() func() error { return nil }

func makeTraced() func() error {
	f := func() error { return work(1) }
	return f
}

func makeTracedPkgCtx() func() error {
	f := func() error { return useErr(pkgCtx) }
	return f
}

func makeLayeredBad() func() func() error {
	return func() func() error { return func() error { return work(1) } }
}

func makeLayeredGood() func() func() error {
	return func() func() error { return func() error { return useErr(pkgCtx) } }
}

func wrap(f func() error) func() error { return f }

func labelOf(ctx context.Context) string { return fmt.Sprint(ctx) }

// badFactory: the factory's returned literal does not mention a context.
func badFactory(ctx context.Context, g *errgroup.Group) {
	g.Go(makeBad()) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
}

// goodFactoryArgMentionsCtx: an argument mentions ctx, though the factory ignores it.
func goodFactoryArgMentionsCtx(ctx context.Context, g *errgroup.Group) {
	g.Go(makeLabeled(labelOf(ctx)))
}

// goodFactoryCtxParam: a factory of this package with a context parameter passes, whatever
// it is given.
func goodFactoryCtxParam(ctx context.Context, g *errgroup.Group) {
	g.Go(makeWithCtx(nil))
}

// goodFactoryReturnsLocalCtxUser: the returned literal mentions a local context (P3).
func goodFactoryReturnsLocalCtxUser(ctx context.Context, g *errgroup.Group) {
	g.Go(makeLocalCtx())
}

// badFactoryReturnsNil: `return nil` never qualifies.
func badFactoryReturnsNil(ctx context.Context, g *errgroup.Group) {
	g.Go(makeNil()) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
}

// badFactoryReturnsTracedIdent: a returned identifier is traced; its literal lacks a context.
func badFactoryReturnsTracedIdent(ctx context.Context, g *errgroup.Group) {
	g.Go(makeTraced()) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
}

// goodFactoryReturnsTracedIdent: the returned identifier's literal mentions a context.
func goodFactoryReturnsTracedIdent(ctx context.Context, g *errgroup.Group) {
	g.Go(makeTracedPkgCtx())
}

// badFactoryChain: `mk()()` recurses into the inner call.
func badFactoryChain(ctx context.Context, g *errgroup.Group) {
	g.Go(makeLayeredBad()()) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
}

// goodFactoryChain: ReturnsCtxFunc looks through returned literals.
func goodFactoryChain(ctx context.Context, g *errgroup.Group) {
	g.Go(makeLayeredGood()())
}

// badWrapperFactory: `return f` with f a parameter (no literal assignment) never qualifies.
func badWrapperFactory(ctx context.Context, g *errgroup.Group) {
	g.Go(wrap(func() error { return work(1) })) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
}

// goodWrapperArgCapturesCtx: an argument mentioning ctx anywhere inside it passes.
func goodWrapperArgCapturesCtx(ctx context.Context, g *errgroup.Group) {
	g.Go(wrap(func() error { return useErr(ctx) }))
}

// badIIFEFactory: an immediately invoked literal factory whose result ignores the context.
func badIIFEFactory(ctx context.Context, g *errgroup.Group) {
	g.Go(func() func() error { // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
		return func() error { return work(1) }
	}())
}

// goodIIFEFactoryReturnsCtxUser: the returned literal mentions ctx.
func goodIIFEFactoryReturnsCtxUser(ctx context.Context, g *errgroup.Group) {
	g.Go(func() func() error {
		return func() error { return useErr(ctx) }
	}())
}

// goodIIFEFactoryOwnCtxParam: an IIFE factory with its own context parameter passes (§9.8).
func goodIIFEFactoryOwnCtxParam(ctx context.Context, g *errgroup.Group) {
	g.Go(func(c context.Context) func() error {
		return func() error { return work(1) }
	}(nil))
}

// goodParenthesisedIIFEFactory: a parenthesised factory literal is not inspected (§9.3).
func goodParenthesisedIIFEFactory(ctx context.Context, g *errgroup.Group) {
	g.Go((func() func() error {
		return func() error { return work(1) }
	})())
}

// badVariableFactory: a factory held in a variable: its last literal is inspected.
func badVariableFactory(ctx context.Context, g *errgroup.Group) {
	mk := func() func() error { return func() error { return work(1) } }
	g.Go(mk()) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
}

// goodVariableFactory: the variable factory's returned literal mentions ctx.
func goodVariableFactory(ctx context.Context, g *errgroup.Group) {
	mk := func() func() error { return func() error { return useErr(ctx) } }
	g.Go(mk())
}

// goodVariableFactoryOwnCtx: the variable factory has its own context parameter (P1).
func goodVariableFactoryOwnCtx(ctx context.Context, g *errgroup.Group) {
	mk := func(c context.Context) func() error { return func() error { return work(1) } }
	g.Go(mk(nil))
}

// goodFactoryParameter: a factory parameter has no literal assignment: pass.
func goodFactoryParameter(ctx context.Context, g *errgroup.Group, mk func() func() error) {
	g.Go(mk())
}

type builder struct{ n int }

func (b builder) build() func() error { return func() error { return work(b.n) } }

// goodMethodFactory: method factories are not inspected (§9.3).
func goodMethodFactory(ctx context.Context, g *errgroup.Group) {
	var b builder
	g.Go(b.build())
}

// goodOtherPackageFactory: factories from other packages are not inspected (§9.3).
func goodOtherPackageFactory(ctx context.Context, g *errgroup.Group) {
	g.Go(lib.Make())
}

// ---------------------------------------------------------------------------
// Selectors: P8 FieldLit.
// ---------------------------------------------------------------------------

type jobs struct {
	name string
	run  func() error
}

func newJobs() jobs { return jobs{run: func() error { return work(1) }} }

// badKeyedFieldLiteral: the field literal found via the keyed element lacks a context.
func badKeyedFieldLiteral(ctx context.Context, g *errgroup.Group) {
	j := jobs{name: "db", run: func() error { return work(1) }}
	g.Go(j.run) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
}

// goodKeyedFieldLiteral: the field literal mentions ctx.
func goodKeyedFieldLiteral(ctx context.Context, g *errgroup.Group) {
	j := jobs{name: "db", run: func() error { return useErr(ctx) }}
	g.Go(j.run)
}

// badKeyedFieldNestedOnly: P3 on the field literal: a nested closure does not count.
func badKeyedFieldNestedOnly(ctx context.Context, g *errgroup.Group) {
	j := jobs{run: func() error {
		return func() error { return useErr(ctx) }()
	}}
	g.Go(j.run) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
}

// goodPointerCompositeNotTraced: `&T{…}` is not traced by P8.
func goodPointerCompositeNotTraced(ctx context.Context, g *errgroup.Group) {
	j := &jobs{run: func() error { return work(1) }}
	g.Go(j.run)
}

// goodFieldAssignedNotTraced: a field assignment is not a composite literal.
func goodFieldAssignedNotTraced(ctx context.Context, g *errgroup.Group) {
	var j jobs
	j.run = func() error { return work(1) }
	g.Go(j.run)
}

// goodNonIdentifierOperand: the selector's operand is a call: pass (§9.5).
func goodNonIdentifierOperand(ctx context.Context, g *errgroup.Group) {
	g.Go(newJobs().run)
}

func (b builder) run() error { return work(b.n) }

// goodMethodValue: a method value is not backed by a keyed literal.
func goodMethodValue(ctx context.Context, g *errgroup.Group) {
	b := builder{n: 1}
	g.Go(b.run)
}

// goodPackageQualifiedCallback: a package qualifier is not a variable: pass.
func goodPackageQualifiedCallback(ctx context.Context, g *errgroup.Group) {
	g.Go(lib.Callback)
}

// ---------------------------------------------------------------------------
// Indexes: P9 IndexLit.
// ---------------------------------------------------------------------------

// badSlicePositional: element #0 does not mention a context.
func badSlicePositional(ctx context.Context, g *errgroup.Group) {
	steps := []func() error{func() error { return work(1) }, func() error { return useErr(ctx) }}
	g.Go(steps[0]) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
}

// goodSlicePositional: element #1 mentions ctx.
func goodSlicePositional(ctx context.Context, g *errgroup.Group) {
	steps := []func() error{func() error { return work(1) }, func() error { return useErr(ctx) }}
	g.Go(steps[1])
}

// badMapStringKey: the "cold" entry does not mention a context.
func badMapStringKey(ctx context.Context, g *errgroup.Group) {
	table := map[string]func() error{
		"warm": func() error { return useErr(ctx) },
		"cold": func() error { return work(1) },
	}
	g.Go(table["cold"]) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
}

// goodMapStringKey: the "warm" entry mentions ctx.
func goodMapStringKey(ctx context.Context, g *errgroup.Group) {
	table := map[string]func() error{
		"warm": func() error { return useErr(ctx) },
		"cold": func() error { return work(1) },
	}
	g.Go(table["warm"])
}

// goodNonLiteralIndex: non-literal indexes are not traced (§9.5).
func goodNonLiteralIndex(ctx context.Context, g *errgroup.Group, name string, i int) {
	table := map[string]func() error{"cold": func() error { return work(1) }}
	steps := []func() error{func() error { return work(1) }}
	g.Go(table[name])
	g.Go(steps[i])
}

// ---------------------------------------------------------------------------
// Anything else: always pass.
// ---------------------------------------------------------------------------

// goodParenthesisedLiteral: a parenthesised literal is neither a literal nor traced.
func goodParenthesisedLiteral(ctx context.Context, g *errgroup.Group) {
	g.Go((func() error { return work(1) }))
}

// goodTypeAssertion: a type assertion is not traced (§9.2).
func goodTypeAssertion(ctx context.Context, g *errgroup.Group, v any) {
	g.Go(v.(func() error))
}

// goodChannelReceive: a receive is not traced (§9.2).
func goodChannelReceive(ctx context.Context, g *errgroup.Group, q chan func() error) {
	g.Go(<-q)
}

// goodConversion: a conversion through a parenthesised type is not inspected.
func goodConversion(ctx context.Context, g *errgroup.Group) {
	g.Go((func() error)(workOne))
}

type task func() error

// goodNamedTypeConversion: a conversion to a named func type wrapping a context-free
// literal: the callee names a type, neither a variable nor a function (P6 "anything else").
func goodNamedTypeConversion(ctx context.Context, g *errgroup.Group) {
	g.Go(task(func() error { return work(1) }))
}
