package errgroup

import (
	"context"

	eg "golang.org/x/sync/errgroup"
)

// An aliased import (SPEC §10.1): the API is matched by import path, and the display name in
// the message does not depend on the local name (§3.0.3).

// badAliasedImport: `var g eg.Group`.
func badAliasedImport(ctx context.Context) error {
	var g eg.Group
	g.Go(func() error { return work(1) }) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
	return g.Wait()
}

// goodAliasedImport: same receiver, callback captures ctx.
func goodAliasedImport(ctx context.Context) error {
	var g eg.Group
	g.Go(func() error { return useErr(ctx) })
	return g.Wait()
}

// badAliasedWithContext: eg.WithContext, TryGo.
func badAliasedWithContext(reqCtx context.Context) bool {
	g, _ := eg.WithContext(reqCtx)
	return g.TryGo(func() error { return work(1) }) // want `^errgroup\.Group\.TryGo\(\) closure should use context "reqCtx"$`
}

// goodAliasedWithContext: the callback captures the derived context.
func goodAliasedWithContext(reqCtx context.Context) bool {
	g, gctx := eg.WithContext(reqCtx)
	return g.TryGo(func() error { return useErr(gctx) })
}
