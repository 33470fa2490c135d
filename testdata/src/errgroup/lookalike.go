package errgroup

import (
	"context"

	"errgroup/lookalike"
)

// The package imported here is named errgroup and spelled exactly like the real one at the
// call sites (`errgroup.Group`, `errgroup.WithContext`), but its import path is
// "errgroup/lookalike": APIs are matched by path, never by local name (SPEC §3.0.3, §10.1).

// goodLookalikeVar: `var g errgroup.Group` of the lookalike package.
func goodLookalikeVar(ctx context.Context) error {
	var g errgroup.Group
	g.Go(func() error { return work(1) })
	return g.Wait()
}

// goodLookalikeWithContext: the lookalike's WithContext and TryGo.
func goodLookalikeWithContext(ctx context.Context) bool {
	g, _ := errgroup.WithContext(ctx)
	return g.TryGo(func() error { return work(1) })
}

// badIgnoreAboveLookalike: the lookalike's Go matches no API, so nothing consults the
// directive: it is reported unused and nothing else is.
func badIgnoreAboveLookalike(ctx context.Context) {
	g := new(errgroup.Group)
	//goroutinectx:ignore errgroup // want `^unused goroutinectx:ignore directive for checker\(s\): errgroup$`
	g.Go(func() error { return work(1) })
}
