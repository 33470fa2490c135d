package spawnapievil

import (
	"context"

	"github.com/sourcegraph/conc/iter"
	"github.com/sourcegraph/conc/pool"
	"golang.org/x/sync/errgroup"

	"spawnapievil/carrier"
	"spawnapievil/lib"
)

// ---------------------------------------------------------------------------
// Carriers (-context-carriers=spawnapievil.Session,spawnapievil/carrier.Txn, §5.1) and
// aliases of context.Context (§0, §12.7).
// ---------------------------------------------------------------------------

// Session is a carrier declared in this package.
type Session struct{ id string }

// Work is a method of the carrier.
func (s *Session) Work() error { return work(len(s.id)) }

// badCarrierOnlyScope: a carrier parameter makes the scope; N is its name.
func badCarrierOnlyScope(txn *carrier.Txn, g *errgroup.Group) {
	g.Go(func() error { return work(1) }) // want `^errgroup\.Group\.Go\(\) closure should use context "txn"$`
}

// goodCarrierCaptured: capturing the carrier is context use (P2).
func goodCarrierCaptured(txn *carrier.Txn, g *errgroup.Group) {
	g.Go(func() error { return work(len(txn.Name())) })
}

// badCarrierParamIsNoP1: the callback's own carrier parameter is no exemption (P1 counts
// context.Context only).
func badCarrierParamIsNoP1(ctx context.Context, txns []carrier.Txn) {
	iter.ForEach(txns, func(t *carrier.Txn) { _ = t.Name() }) // want `^iter\.ForEach\(\) closure should use context "ctx"$`
}

// goodCarrierInTracedLiteral: a traced literal mentioning a carrier passes (P3).
func goodCarrierInTracedLiteral(ctx context.Context, txn *carrier.Txn, g *errgroup.Group) {
	f := func() error { return work(len(txn.Name())) }
	g.Go(f)
}

// goodCarrierInFactoryArgument: P6 step 1 counts a carrier identifier in the arguments.
func goodCarrierInFactoryArgument(ctx context.Context, txn *carrier.Txn, g *errgroup.Group) {
	g.Go(labeled(txn.Name()))
}

func labeled(s string) func() error { return func() error { return work(len(s)) } }

// badCarrierDoublePointerScope: pointer layers are stripped (§0).
func badCarrierDoublePointerScope(pp **Session, g *errgroup.Group) {
	g.Go(func() error { return work(1) }) // want `^errgroup\.Group\.Go\(\) closure should use context "pp"$`
}

// goodCapturedCarrierReceiver: the receiver never makes a scope, but a captured receiver of
// carrier type counts as context use (§2.1).
func (s *Session) goodCapturedCarrierReceiver(ctx context.Context, g *errgroup.Group) {
	g.Go(func() error { return s.Work() })
}

// goodReceiverOnlyCarrierNoScope: with only the receiver ctx-ish, nothing is checked.
func (s *Session) goodReceiverOnlyCarrierNoScope(g *errgroup.Group) {
	g.Go(func() error { return work(1) })
}

// txnAlias aliases the carrier: a parameter of it makes a scope (§12.7).
type txnAlias = carrier.Txn

// badCarrierAliasScope: N is the alias-typed parameter.
func badCarrierAliasScope(t *txnAlias, g *errgroup.Group) {
	g.Go(func() error { return work(1) }) // want `^errgroup\.Group\.Go\(\) closure should use context "t"$`
}

// ctxAlias aliases context.Context.
type ctxAlias = context.Context

// goodContextPoolAliasParam: the callback's own alias-typed parameter is a ctx type (P1).
func goodContextPoolAliasParam(ctx context.Context) error {
	p := pool.New().WithContext(ctx)
	p.Go(func(c ctxAlias) error { return nil })
	return p.Wait()
}

// goodOtherPackageAliasParamScope: lib.Ctx aliases context.Context; a callback capturing a
// lib.Ctx variable passes, and the scope's N is the alias-typed parameter.
func goodOtherPackageAliasParamScope(c lib.Ctx, g *errgroup.Group) {
	var d lib.Ctx = c
	g.Go(func() error { return useErr(d) })
}

// badOtherPackageAliasScope: the same scope, reported with N = c.
func badOtherPackageAliasScope(c lib.Ctx, g *errgroup.Group) {
	g.Go(func() error { return work(1) }) // want `^errgroup\.Group\.Go\(\) closure should use context "c"$`
}

// definedCtx is a defined type: not a ctx type.
type definedCtx context.Context

// badDefinedCtxElementParam: a *definedCtx parameter is no own context (P1).
func badDefinedCtxElementParam(ctx context.Context, xs []definedCtx) {
	iter.ForEach(xs, func(c *definedCtx) { _ = work(1) }) // want `^iter\.ForEach\(\) closure should use context "ctx"$`
}

// goodAliasElementParam: a *ctxAlias parameter is a *context.Context (P1).
func goodAliasElementParam(ctx context.Context, xs []ctxAlias) {
	iter.ForEach(xs, func(c *ctxAlias) { _ = work(1) })
}

// goodCapturedFromOtherPackageFunc: `c := lib.Background()` is a context.Context.
func goodCapturedFromOtherPackageFunc(ctx context.Context, g *errgroup.Group) {
	c := lib.Background()
	g.Go(func() error { return useErr(c) })
}
