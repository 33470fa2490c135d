package nomark

import (
	"context"

	"golang.org/x/sync/errgroup"
)

// This file imports context, so it is parsed; the declaration itself must still be searched.
func commentBeforeParenCtx(c context.Context) { // want `^function "commentBeforeParenCtx" should have //goroutinectx.spawner directive \(calls errgroup\.Group\.TryGo with func argument\)$`
	var grp errgroup.Group
	_ = c
	grp.TryGo /* run it */ (rebuild)
}
