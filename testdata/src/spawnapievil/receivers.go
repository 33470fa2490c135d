package spawnapievil

import (
	"context"
	"unsafe"

	"github.com/sourcegraph/conc/pool"
	"github.com/sourcegraph/conc/stream"
	"golang.org/x/sync/errgroup"

	"spawnapievil/lib"
)

// ---------------------------------------------------------------------------
// Receivers obtained in every way go/types can type (SPEC §3.3 "receiver obtained any way",
// §10.3, §10.4). The callback never uses the context: each call is reported.
// ---------------------------------------------------------------------------

// badReceiverFromReceive: `(<-ch)` has the channel's element type, *errgroup.Group.
func badReceiverFromReceive(ctx context.Context, ch chan *errgroup.Group) {
	(<-ch).Go(func() error { return work(1) }) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
}

// badReceiverFromTypeAssertion: a type assertion has the asserted type.
func badReceiverFromTypeAssertion(ctx context.Context, v any) {
	v.(*errgroup.Group).Go(func() error { return work(1) }) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
}

// badReceiverFromClosureResult: a call of a local func variable has the literal's result type.
func badReceiverFromClosureResult(ctx context.Context) {
	mk := func() *errgroup.Group { return new(errgroup.Group) }
	_ = mk().TryGo(func() error { return work(1) }) // want `^errgroup\.Group\.TryGo\(\) closure should use context "ctx"$`
}

// badReceiverFromIIFE: the result of an immediately invoked literal.
func badReceiverFromIIFE(ctx context.Context) {
	func() *errgroup.Group { return &errgroup.Group{} }().Go(func() error { return work(1) }) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
}

// badReceiverRangeOverMap: the value of a range over a map of groups.
func badReceiverRangeOverMap(ctx context.Context, m map[string]*errgroup.Group) {
	for _, g := range m {
		g.Go(func() error { return work(1) }) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
	}
}

// badReceiverRangeOverChannel: the one iteration variable of a range over a channel.
func badReceiverRangeOverChannel(ctx context.Context, ch <-chan *errgroup.Group) {
	for g := range ch {
		g.Go(func() error { return work(1) }) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
	}
}

// badReceiverRangeOverFunc: range-over-func (Go 1.23): the variable has yield's parameter type.
func badReceiverRangeOverFunc(ctx context.Context, seq func(yield func(*errgroup.Group) bool)) {
	for g := range seq {
		g.Go(func() error { return work(1) }) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
	}
}

// badReceiverRangeIndexIntoArrayPointer: indexing a pointer to an array of groups.
func badReceiverRangeIndexIntoArrayPointer(ctx context.Context, arr *[2]errgroup.Group) {
	for i := range arr {
		arr[i].Go(func() error { return work(i) }) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
	}
}

// badReceiverFromSliceLiteralIndex: indexing a composite literal directly.
func badReceiverFromSliceLiteralIndex(ctx context.Context) {
	[]*errgroup.Group{new(errgroup.Group)}[0].Go(func() error { return work(1) }) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
}

// badReceiverFromSlicedSlice: an index of a slice expression.
func badReceiverFromSlicedSlice(ctx context.Context, gs []*errgroup.Group) {
	gs[1:][0].Go(func() error { return work(1) }) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
}

// badReceiverMapOfAnonymousStructs: a field of a map element of an unnamed struct type.
func badReceiverMapOfAnonymousStructs(ctx context.Context, m map[string]struct{ g *errgroup.Group }) {
	m["a"].g.Go(func() error { return work(1) }) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
}

// badReceiverDoublePointer: `(*pp)` of a **errgroup.Group.
func badReceiverDoublePointer(ctx context.Context, pp **errgroup.Group) {
	(*pp).Go(func() error { return work(1) }) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
}

// badReceiverFromUnsafeConversion: a conversion has the target type.
func badReceiverFromUnsafeConversion(ctx context.Context, p unsafe.Pointer) {
	(*errgroup.Group)(p).Go(func() error { return work(1) }) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
}

// badReceiverFromAnyAssertion: `any(g).(*errgroup.Group)`.
func badReceiverFromAnyAssertion(ctx context.Context, g *errgroup.Group) {
	any(g).(*errgroup.Group).Go(func() error { return work(1) }) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
}

// badReceiverFirstOfPair / badReceiverSecondOfSwap: each left-hand name gets its result's type.
func badReceiverFirstOfPair(ctx context.Context) {
	g, err := lib.Pair()
	_ = err
	g.Go(func() error { return work(1) }) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
}

func badReceiverSecondOfSwap(ctx context.Context) {
	err, g := lib.Swap()
	_ = err
	g.Go(func() error { return work(1) }) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
}

// badReceiverFromOtherPackageMethod: a method result of another package's type.
func badReceiverFromOtherPackageMethod(ctx context.Context, h *lib.Holder) {
	h.Group().Go(func() error { return work(1) }) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
}

// badReceiverFieldOfOtherPackageResult: a field of a struct value returned by another package.
func badReceiverFieldOfOtherPackageResult(ctx context.Context) {
	lib.NewPools().Errs.Go(func() error { return work(1) }) // want `^pool\.ErrorPool\.Go\(\) closure should use context "ctx"$`
}

// badReceiverPackageVarOtherFile: a package-level group declared in helpers.go.
func badReceiverPackageVarOtherFile(ctx context.Context) {
	pkgGroup.Go(func() error { return work(1) }) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
}

// badReceiverPackageVarFromWithContext: `var a, b = errgroup.WithContext(…)` in helpers.go.
func badReceiverPackageVarFromWithContext(ctx context.Context) {
	pkgGroupFromCall.Go(func() error { return work(1) }) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
}

// badCapturedPackageLevelContext: pkgGroupCtx is a package-level context: never a capture
// (P2 (a) "not at package level"), so the direct literal fails.
func badCapturedPackageLevelContext(ctx context.Context) {
	pkgGroupFromCall.Go(func() error { return useErr(pkgGroupCtx) }) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
}

// badReceiverFuncFieldResult: the result of calling a function-typed struct field.
type groupSource struct{ next func() *errgroup.Group }

func badReceiverFuncFieldResult(ctx context.Context, s groupSource) {
	s.next().Go(func() error { return work(1) }) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
}

// badStreamFromMapIndex: conc's stream through a map index, the callback a Task literal.
func badStreamFromMapIndex(ctx context.Context, m map[int]*stream.Stream) {
	m[0].Go(func() stream.Callback { return nil }) // want `^stream\.Stream\.Go\(\) closure should use context "ctx"$`
}

// badErrorPoolFromReceive: conc's error pool received from a channel.
func badErrorPoolFromReceive(ctx context.Context, ch chan *pool.ErrorPool) {
	(<-ch).Go(func() error { return nil }) // want `^pool\.ErrorPool\.Go\(\) closure should use context "ctx"$`
}

// first is a local generic function: its result type is its instantiated type parameter.
func first[T any](xs []T) T { return xs[0] }

// badReceiverFromInferredGenericCall: `first(gs)` infers T = *errgroup.Group.
func badReceiverFromInferredGenericCall(ctx context.Context, gs []*errgroup.Group) {
	first(gs).Go(func() error { return work(1) }) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
}

// badReceiverFromExplicitGenericCall: the receiver call is explicitly instantiated, but the Go
// call itself is a plain selector call (§3.0.2 only rejects instantiation of the callee).
func badReceiverFromExplicitGenericCall(ctx context.Context, gs []*errgroup.Group) {
	first[*errgroup.Group](gs).Go(func() error { return work(1) }) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
}

// ---------------------------------------------------------------------------
// Type switches and shadowing of the receiver variable: per-clause types.
// ---------------------------------------------------------------------------

// goodTypeSwitchPerClause: in the errgroup clause the callback uses ctx; in the fakeRunner
// clause x is a fakeRunner, whose Go is no API.
func goodTypeSwitchPerClause(ctx context.Context, v any) {
	switch x := v.(type) {
	case *errgroup.Group:
		x.Go(func() error { return useErr(ctx) })
	case fakeRunner:
		x.Go(func() error { return work(1) })
	}
}

// badTypeSwitchSecondClause: the bad callback is in the errgroup clause, which comes second.
func badTypeSwitchSecondClause(ctx context.Context, v any) {
	switch x := v.(type) {
	case fakeRunner:
		x.Go(func() error { return work(1) })
	case *errgroup.Group:
		x.Go(func() error { return work(2) }) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
	}
}

// goodInnerBlockShadowsReceiver: the inner g is a fakeRunner.
func goodInnerBlockShadowsReceiver(ctx context.Context) {
	g := new(errgroup.Group)
	{
		g := fakeRunner{}
		g.Go(func() error { return work(1) })
	}
	g.Go(func() error { return useErr(ctx) })
}

// goodIfInitShadowsReceiver: an if-init declaration shadows the outer group.
func goodIfInitShadowsReceiver(ctx context.Context, g *errgroup.Group) {
	if g := (fakeRunner{}); g.ok() {
		g.Go(func() error { return work(1) })
	}
}

// badIfInitShadowsFake: the reverse: the outer g is fake, the if-init g is a real group.
func badIfInitShadowsFake(ctx context.Context, g fakeRunner) {
	if g := new(errgroup.Group); g != nil {
		g.Go(func() error { return work(1) }) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
	}
	g.Go(func() error { return work(2) })
}

// badResultPoolQualifiedTypeArg: `pool.NewWithResults[context.Context]()`.
func badResultPoolQualifiedTypeArg(ctx context.Context) {
	p := pool.NewWithResults[context.Context]()
	p.Go(func() context.Context { return nil }) // want `^pool\.ResultPool\.Go\(\) closure should use context "ctx"$`
}

// badResultPoolPointerTypeArgChain: `pool.NewWithResults[*int]().Go(…)`.
func badResultPoolPointerTypeArgChain(ctx context.Context) {
	pool.NewWithResults[*int]().Go(func() *int { return nil }) // want `^pool\.ResultPool\.Go\(\) closure should use context "ctx"$`
}

// badResultPoolMapTypeArg: `[map[string]int]`.
func badResultPoolMapTypeArg(ctx context.Context) {
	p := pool.NewWithResults[map[string]int]().WithErrors()
	p.Go(func() (map[string]int, error) { return nil, nil }) // want `^pool\.ResultErrorPool\.Go\(\) closure should use context "ctx"$`
}

// groupFactory is a named function type.
type groupFactory func() *errgroup.Group

// badReceiverFromNamedFuncTypeCall: calling a value of a named function type.
func badReceiverFromNamedFuncTypeCall(ctx context.Context, mk groupFactory) {
	mk().Go(func() error { return work(1) }) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
}

// badReceiverFromMethodValueCall: `get := h.Group; get()`.
func badReceiverFromMethodValueCall(ctx context.Context, h *lib.Holder) {
	get := h.Group
	get().Go(func() error { return work(1) }) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
}

// badReceiverFromSelectCase: `case g := <-ch`.
func badReceiverFromSelectCase(ctx context.Context, ch chan *errgroup.Group) {
	select {
	case g := <-ch:
		g.Go(func() error { return work(1) }) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
	}
}

// badReceiverFromCurriedFactory: `mk()()`.
func badReceiverFromCurriedFactory(ctx context.Context, mk func() func() *errgroup.Group) {
	mk()().Go(func() error { return work(1) }) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
}
