package spawnapievil

import (
	"context"
	"sync"

	"github.com/sourcegraph/conc/iter"
	"github.com/sourcegraph/conc/pool"
	"golang.org/x/sync/errgroup"

	fakeiter "spawnapievil/github.com/sourcegraph/conc/iter"
)

// ---------------------------------------------------------------------------
// Ignore directives (§3.0.1, §6.1, §6.2). Enabled names here: goroutine, waitgroup, errgroup.
// A directive is consulted only when a checker MATCHES the call; calls that are not
// identified (§3.0.2) never consult it.
// ---------------------------------------------------------------------------

// badIgnoreAboveTypeParamMethod: the constraint's Go is no API: unused.
func badIgnoreAboveTypeParamMethod[G interface{ Go(func() error) }](ctx context.Context, g G) {
	//goroutinectx:ignore errgroup // want `^unused goroutinectx:ignore directive for checker\(s\): errgroup$`
	g.Go(func() error { return work(1) })
}

// badIgnoreAboveExplicitInstantiation: `iter.ForEach[int]` is not identified: unused.
func badIgnoreAboveExplicitInstantiation(ctx context.Context, xs []int) {
	//goroutinectx:ignore errgroup // want `^unused goroutinectx:ignore directive for checker\(s\): errgroup$`
	iter.ForEach[int](xs, func(x *int) { _ = work(*x) })
}

// badIgnoreAboveSuffixLookalike: the lookalike iter matches no API: unused.
func badIgnoreAboveSuffixLookalike(ctx context.Context, xs []int) {
	//goroutinectx:ignore errgroup // want `^unused goroutinectx:ignore directive for checker\(s\): errgroup$`
	fakeiter.ForEach(xs, func(x *int) { _ = work(*x) })
}

// badIgnoreAboveFieldShadowingMethod: `s.Go` is a field call: unused.
func badIgnoreAboveFieldShadowingMethod(ctx context.Context, s fieldGo) {
	//goroutinectx:ignore errgroup // want `^unused goroutinectx:ignore directive for checker\(s\): errgroup$`
	s.Go(func() error { return work(1) })
}

// badIgnoreAboveShallowerFake: `s.Go` is fakeGoer.Go: unused.
func badIgnoreAboveShallowerFake(ctx context.Context, s *shallowFake) {
	//goroutinectx:ignore - fake // want `^unused goroutinectx:ignore directive$`
	s.Go(func() error { return work(1) })
}

// goodIgnoreAboveNilCallback: Go matches, so the directive is consulted (used) although the
// nil callback passes.
func goodIgnoreAboveNilCallback(ctx context.Context, g *errgroup.Group) {
	//goroutinectx:ignore errgroup
	g.Go(nil)
}

// goodOneDirectiveTwoCheckersSameLine: a waitgroup call and an errgroup call on one line;
// the list covers both, both are consulted.
func goodOneDirectiveTwoCheckersSameLine(ctx context.Context, wg *sync.WaitGroup, g *errgroup.Group) {
	//goroutinectx:ignore waitgroup,errgroup
	wg.Go(func() { g.Go(func() error { return work(1) }) })
}

// badDirectiveCoversOnlyOneOfTwo: same line, only errgroup listed: the waitgroup diagnostic
// stays (its callback captures only wg and g).
func badDirectiveCoversOnlyOneOfTwo(ctx context.Context, wg *sync.WaitGroup, g *errgroup.Group) {
	//goroutinectx:ignore errgroup
	wg.Go(func() { g.Go(func() error { return work(1) }) }) // want `^sync\.WaitGroup\.Go\(\) closure should use context "ctx"$`
}

// badInnerCallOnLaterLineNotCovered: the inner call starts two lines below the directive.
func badInnerCallOnLaterLineNotCovered(ctx context.Context, g *errgroup.Group) {
	//goroutinectx:ignore errgroup
	g.Go(func() error {
		g.Go(func() error { return work(1) }) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
		return work(2)
	})
}

// goodIgnoreInsideNestedCtxLiteral: the directive is inside a ctx literal of a function
// without a context: consulted.
func goodIgnoreInsideNestedCtxLiteral() {
	run := func(ctx context.Context) {
		p := pool.New()
		//goroutinectx:ignore errgroup
		p.Go(func() { _ = work(1) })
		p.Wait()
	}
	_ = run
}

// goodIgnoreOnCallStartOfMultiLineReceiverCall: the call starts at `func() *errgroup.Group`
// (an IIFE receiver); the report would be on the last line.
func goodIgnoreOnCallStartOfMultiLineReceiverCall(ctx context.Context) {
	//goroutinectx:ignore errgroup
	func() *errgroup.Group {
		return new(errgroup.Group)
	}().Go(func() error { return work(1) })
}

// badMultiLineReceiverReportedOnGoLine: without a directive the report is at `Go`.
func badMultiLineReceiverReportedOnGoLine(ctx context.Context) {
	func() *errgroup.Group {
		return new(errgroup.Group)
	}().Go(func() error { return work(1) }) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
}
