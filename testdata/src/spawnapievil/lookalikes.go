package spawnapievil

import (
	"context"

	conciter "github.com/sourcegraph/conc/iter"
	"spawnapievil/github.com/sourcegraph/conc/iter"
	fakeerrgroup "spawnapievil/golang.org/x/sync/errgroup"
)

// ---------------------------------------------------------------------------
// Lookalike packages whose import paths merely END with the real ones (§3.0.3: the declaring
// package path must equal the spec path, or extend it with /v<digit>).
// ---------------------------------------------------------------------------

// goodSuffixPathIter: spawnapievil/github.com/sourcegraph/conc/iter is not conc's iter.
func goodSuffixPathIter(ctx context.Context, xs []int) {
	iter.ForEach(xs, func(x *int) { _ = work(*x) })
	_ = iter.Map(xs, func(x *int) int { return *x })
}

// badRealIterBesideSuffixLookalike: the real package imported under another name.
func badRealIterBesideSuffixLookalike(ctx context.Context, xs []int) {
	conciter.ForEach(xs, func(x *int) { _ = work(*x) }) // want `^iter\.ForEach\(\) closure should use context "ctx"$`
}

// goodSuffixPathErrgroup: spawnapievil/golang.org/x/sync/errgroup.Group is not errgroup's.
func goodSuffixPathErrgroup(ctx context.Context) {
	var g fakeerrgroup.Group
	g.Go(func() error { return work(1) })
	_ = g.TryGo(func() error { return work(2) })
}
