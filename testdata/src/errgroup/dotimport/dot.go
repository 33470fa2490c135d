// Package dotimport uses golang.org/x/sync/errgroup through a dot import (SPEC §10.1): the API
// is recognised by import path whatever the local spelling, and the report is still at the
// `Go`/`TryGo` selector name (SPEC §3.0.5), since g.Go is a selector even without a qualifier.
// It lives in its own package because a dot-imported `Group` would clash with the lookalike
// type `Group` declared in package errgroup (evil.go).
package dotimport

import (
	"context"

	. "golang.org/x/sync/errgroup"
)

func work(n int) error { _ = n; return nil }

func useErr(ctx context.Context) error { _ = ctx; return nil }

// badDotVar: `var g Group` from the dot import is errgroup.Group.
func badDotVar(ctx context.Context) error {
	var g Group
	g.Go(func() error { return work(1) }) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
	return g.Wait()
}

// goodDotVar: same receiver, the callback captures ctx.
func goodDotVar(ctx context.Context) error {
	var g Group
	g.Go(func() error { return useErr(ctx) })
	return g.Wait()
}

// badDotWithContext: WithContext from the dot import returns *Group; TryGo reported.
func badDotWithContext(reqCtx context.Context) bool {
	g, gctx := WithContext(reqCtx)
	_ = gctx
	return g.TryGo(func() error { return work(2) }) // want `^errgroup\.Group\.TryGo\(\) closure should use context "reqCtx"$`
}

// goodDotWithContext: the callback captures the derived context gctx.
func goodDotWithContext(reqCtx context.Context) error {
	g, gctx := WithContext(reqCtx)
	g.Go(func() error { return useErr(gctx) })
	return g.Wait()
}

// badDotNew: new(Group).
func badDotNew(ctx context.Context) {
	g := new(Group)
	g.Go(func() error { return work(3) }) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
}

// goodDotMethodExpression: a method expression moves the receiver to argument 0, so the
// callback index lands on the receiver (SPEC §3.0.2): always silent.
func goodDotMethodExpression(ctx context.Context) {
	g := new(Group)
	(*Group).Go(g, func() error { return work(4) })
}
