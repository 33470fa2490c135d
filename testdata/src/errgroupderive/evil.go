package errgroupderive

import (
	"context"

	"github.com/example/apm"

	"golang.org/x/sync/errgroup"
)

// ---------------------------------------------------------------------------
// Directives (§6). Enabled names with a deriver: goroutine, goroutinederive, waitgroup,
// errgroup, gotask. Expectations on directive lines follow ` //` (checker list) or ` - `.
// ---------------------------------------------------------------------------

// goodIgnoreErrgroup: the errgroup name suppresses the suffixed report.
func goodIgnoreErrgroup(ctx context.Context, g *errgroup.Group) {
	//goroutinectx:ignore errgroup
	g.Go(func() error { return work(1) })
}

// goodIgnoreAllAboveDerivingCallback: consulted although the check passes: used.
func goodIgnoreAllAboveDerivingCallback(ctx context.Context, g *errgroup.Group) {
	//goroutinectx:ignore
	g.Go(func() error { return useErr(apm.NewGoroutineContext(context.Background())) })
}

// badIgnoreGoroutinederiveName: goroutinederive is enabled but only go statements consult it;
// the errgroup diagnostic stays.
func badIgnoreGoroutinederiveName(ctx context.Context, g *errgroup.Group) {
	//goroutinectx:ignore goroutinederive // want `^unused goroutinectx:ignore directive for checker\(s\): goroutinederive$`
	g.Go(func() error { return work(1) }) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx" or call goroutine deriver$`
}

// badIgnoreGotaskName: gotask is enabled with a deriver, but an errgroup call does not
// consult it.
func badIgnoreGotaskName(ctx context.Context, g *errgroup.Group) {
	//goroutinectx:ignore gotask // want `^unused goroutinectx:ignore directive for checker\(s\): gotask$`
	g.TryGo(func() error { return work(1) }) // want `^errgroup\.Group\.TryGo\(\) closure should use context "ctx" or call goroutine deriver$`
}

// badIgnoreGoroutinederiveOnGoStatement: on `go g.Go(…)` the go statement consults
// goroutinederive (used, and it passes the selector spawn); the errgroup report stays.
func badIgnoreGoroutinederiveOnGoStatement(ctx context.Context, g *errgroup.Group) {
	//goroutinectx:ignore goroutinederive
	go g.Go(func() error { return work(1) }) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx" or call goroutine deriver$`
}

// ---------------------------------------------------------------------------
// Receivers and callee forms with the deriver.
// ---------------------------------------------------------------------------

// goodWithContextDerived: capturing gctx is context use.
func goodWithContextDerived(ctx context.Context) error {
	g, gctx := errgroup.WithContext(ctx)
	g.Go(func() error { return useErr(gctx) })
	return g.Wait()
}

type pipeline struct {
	*errgroup.Group
	name string
}

// badPromotedGo: promoted through an embedded *errgroup.Group.
func badPromotedGo(ctx context.Context) {
	p := pipeline{Group: new(errgroup.Group), name: "etl"}
	p.Go(func() error { return work(len(p.name)) }) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx" or call goroutine deriver$`
}

// goodPromotedGoDerives: same receiver, the callback derives.
func goodPromotedGoDerives(ctx context.Context) {
	p := pipeline{Group: new(errgroup.Group), name: "etl"}
	p.Go(func() error { _ = apm.NewGoroutineContext(context.Background()); return nil })
}

// goodMethodExpression: the callback index lands on the receiver: silent.
func goodMethodExpression(ctx context.Context, g *errgroup.Group) {
	(*errgroup.Group).Go(g, func() error { return work(1) })
}

// Group is a local lookalike type.
type Group struct{}

// Go mimics errgroup.Group.Go.
func (Group) Go(f func() error) { _ = f }

// goodLocalGroup: a local type is not the API.
func goodLocalGroup(ctx context.Context) {
	var g Group
	g.Go(func() error { return work(1) })
}

// goodInterfaceHoldingGroup: an interface method of a different type.
func goodInterfaceHoldingGroup(ctx context.Context) {
	var r interface{ Go(func() error) } = new(errgroup.Group)
	r.Go(func() error { return work(1) })
}

// badInsideGoStatement: an errgroup call inside a go statement's literal. The go literal
// derives from ctx, which satisfies both go checkers; the inner callback does neither.
func badInsideGoStatement(ctx context.Context, g *errgroup.Group) {
	go func() {
		_ = apm.NewGoroutineContext(ctx)
		g.Go(func() error { return work(1) }) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx" or call goroutine deriver$`
	}()
}

// badInsideDefer: `defer g.Go(…)`.
func badInsideDefer(ctx context.Context, g *errgroup.Group) {
	defer g.Go(func() error { return work(1) }) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx" or call goroutine deriver$`
}

// badSplitAfterDot: reported at `Go` on the continuation line.
func badSplitAfterDot(ctx context.Context, g *errgroup.Group) {
	g.
		Go(func() error { return work(1) }) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx" or call goroutine deriver$`
}

// goodDeriverOnOuterContext: deriving from the captured ctx both captures and derives.
func goodDeriverOnOuterContext(ctx context.Context, g *errgroup.Group) {
	g.Go(func() error { return useErr(apm.NewGoroutineContext(ctx)) })
}

// badLocalCtxNoDeriver: a local context inside the direct literal is neither a capture nor a
// deriver call.
func badLocalCtxNoDeriver(ctx context.Context, g *errgroup.Group) {
	g.Go(func() error { // want `^errgroup\.Group\.Go\(\) closure should use context "ctx" or call goroutine deriver$`
		c := context.TODO()
		return useErr(c)
	})
}
