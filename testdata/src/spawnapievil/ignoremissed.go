package spawnapievil

import (
	"context"

	"golang.org/x/sync/errgroup"
)

// ---------------------------------------------------------------------------
// Ignore directives above API calls whose receiver type go/types knows: the checker matches,
// so the directive is consulted (used) and nothing is reported (§3.0.1, §6.2).
// ---------------------------------------------------------------------------

// goodIgnoreRangeOverFuncReceiver: range-over-func variable.
func goodIgnoreRangeOverFuncReceiver(ctx context.Context, seq func(yield func(*errgroup.Group) bool)) {
	for g := range seq {
		//goroutinectx:ignore errgroup
		g.Go(func() error { return work(1) })
	}
}

// goodIgnoreDefinedPointerDeref: `(*p)` of a defined pointer type.
func goodIgnoreDefinedPointerDeref(ctx context.Context, p groupPtr) {
	//goroutinectx:ignore errgroup
	(*p).Go(func() error { return work(1) })
}

// goodIgnoreAnonymousStructField: a field of an unnamed struct map element.
func goodIgnoreAnonymousStructField(ctx context.Context, m map[string]struct{ g *errgroup.Group }) {
	//goroutinectx:ignore errgroup
	m["a"].g.Go(func() error { return work(1) })
}

// goodIgnoreLocalEmbeddingType: a function-local struct type embedding *errgroup.Group.
func goodIgnoreLocalEmbeddingType(ctx context.Context) {
	type local struct{ *errgroup.Group }
	l := local{Group: new(errgroup.Group)}
	//goroutinectx:ignore errgroup
	l.Go(func() error { return work(1) })
}

// goodIgnoreLocalAlias: a function-local alias of errgroup.Group.
func goodIgnoreLocalAlias(ctx context.Context) {
	type G = errgroup.Group
	g := new(G)
	//goroutinectx:ignore
	g.Go(func() error { return work(1) })
}

// goodIgnorePassingCallOnRangeOverFunc: consulted although the callback passes.
func goodIgnorePassingCallOnRangeOverFunc(ctx context.Context, seq func(yield func(*errgroup.Group) bool)) {
	for g := range seq {
		//goroutinectx:ignore errgroup
		g.Go(func() error { return useErr(ctx) })
	}
}
