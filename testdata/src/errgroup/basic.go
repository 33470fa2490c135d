// Package errgroup holds the fixtures of the errgroup checker (SPEC §3.3) with default flags:
// receiver forms, direct literals (P1/P2), TryGo and context detection (§2) in basic.go; the
// other rows of the callback rule (identifiers, factories, selectors, indexes, other forms) in
// advanced.go; an aliased import in aliased.go; ignore directives in directive.go; lookalikes and
// upstream quirks in evil.go and lookalike.go. Subpackages: lib (receivers and callbacks from
// another package), dotimport (a dot import), lookalike (a fake errgroup package).
//
// Note: the import path of this package is "errgroup", which is not
// golang.org/x/sync/errgroup, so its own types never match the API.
package errgroup

import (
	"context"

	"errgroup/lib"

	"golang.org/x/sync/errgroup"
)

// Helpers: they take a context but contain no API call, so nothing is checked in them.

func useErr(ctx context.Context) error { _ = ctx; return nil }

func work(n int) error { _ = n; return nil }

// pkgCtx is a package-level context: never captured by a literal (P2 (a)).
var pkgCtx = context.Background()

// crossFileHook is declared here without any assignment; advanced.go assigns it (P4 is per file).
var crossFileHook func() error

func newGroup() *errgroup.Group { return new(errgroup.Group) }

// ---------------------------------------------------------------------------
// Receiver forms (§3.3): every way of obtaining a Group, reported and silent.
// ---------------------------------------------------------------------------

// badVarGroup: the zero Group declared with var.
func badVarGroup(ctx context.Context) error {
	var g errgroup.Group
	g.Go(func() error { return work(1) }) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
	return g.Wait()
}

// goodVarGroup: same receiver, the callback captures ctx.
func goodVarGroup(ctx context.Context) error {
	var g errgroup.Group
	g.Go(func() error { return useErr(ctx) })
	return g.Wait()
}

// badNewGroup: new(errgroup.Group).
func badNewGroup(ctx context.Context) error {
	g := new(errgroup.Group)
	g.Go(func() error { return work(1) }) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
	return g.Wait()
}

// goodNewGroup: new(errgroup.Group), callback captures ctx.
func goodNewGroup(ctx context.Context) error {
	g := new(errgroup.Group)
	g.Go(func() error { return useErr(ctx) })
	return g.Wait()
}

// badAddrComposite: &errgroup.Group{}.
func badAddrComposite(ctx context.Context) error {
	g := &errgroup.Group{}
	g.Go(func() error { return work(1) }) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
	return g.Wait()
}

// goodAddrComposite: &errgroup.Group{}, callback captures ctx.
func goodAddrComposite(ctx context.Context) error {
	g := &errgroup.Group{}
	g.Go(func() error { return useErr(ctx) })
	return g.Wait()
}

// badValueComposite: errgroup.Group{} stored in an (addressable) variable.
func badValueComposite(ctx context.Context) error {
	g := errgroup.Group{}
	g.Go(func() error { return work(1) }) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
	return g.Wait()
}

// badWithContext: `g, gctx := errgroup.WithContext(ctx)` gives a *Group.
func badWithContext(ctx context.Context) error {
	g, gctx := errgroup.WithContext(ctx)
	_ = gctx
	g.Go(func() error { return work(1) }) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
	return g.Wait()
}

// goodWithContextCapturesDerived: capturing the derived gctx (a local of context type declared
// outside the literal) is context use (§2.2).
func goodWithContextCapturesDerived(ctx context.Context) error {
	g, gctx := errgroup.WithContext(ctx)
	g.Go(func() error { return useErr(gctx) })
	return g.Wait()
}

// badWithContextBlank: `g, _ := errgroup.WithContext(ctx)`.
func badWithContextBlank(ctx context.Context) error {
	g, _ := errgroup.WithContext(ctx)
	g.Go(func() error { return work(1) }) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
	return g.Wait()
}

// goodWithContextBlank: `g, _ :=`, the callback captures the parameter.
func goodWithContextBlank(ctx context.Context) error {
	g, _ := errgroup.WithContext(ctx)
	g.Go(func() error { return useErr(ctx) })
	return g.Wait()
}

// badPointerParam: a *errgroup.Group parameter.
func badPointerParam(ctx context.Context, g *errgroup.Group) {
	g.Go(func() error { return work(1) }) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
}

// goodPointerParam: a *errgroup.Group parameter, callback captures ctx.
func goodPointerParam(ctx context.Context, g *errgroup.Group) {
	g.Go(func() error { return useErr(ctx) })
}

// badValueParam: a value parameter; the pointer-receiver method is callable because the
// parameter is addressable.
func badValueParam(ctx context.Context, g errgroup.Group) {
	g.Go(func() error { return work(1) }) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
}

// goodValueParam: a value parameter, callback captures ctx.
func goodValueParam(ctx context.Context, g errgroup.Group) {
	g.Go(func() error { return useErr(ctx) })
}

// badCallResultReceiver: the receiver is the result of a function of this package.
func badCallResultReceiver(ctx context.Context) {
	newGroup().Go(func() error { return work(1) }) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
}

// goodCallResultReceiver: same receiver, callback captures ctx.
func goodCallResultReceiver(ctx context.Context) {
	newGroup().Go(func() error { return useErr(ctx) })
}

// server holds groups in fields; the type is declared in this package.
type server struct {
	name  string
	group errgroup.Group
	pool  *errgroup.Group
}

// badFieldValue: a value field reached through the method receiver. The receiver is never a
// scope; N is the ctx parameter.
func (s *server) badFieldValue(ctx context.Context) {
	s.group.Go(func() error { return work(len(s.name)) }) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
}

// goodFieldValue: a value field, callback captures ctx.
func (s *server) goodFieldValue(ctx context.Context) {
	s.group.Go(func() error { return useErr(ctx) })
}

// badFieldPointer: a pointer field of a local struct variable.
func badFieldPointer(ctx context.Context) {
	s := server{name: "api", pool: new(errgroup.Group)}
	s.pool.Go(func() error { return work(1) }) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
}

// goodFieldPointer: a pointer field, callback captures ctx.
func goodFieldPointer(ctx context.Context) {
	s := server{name: "api", pool: new(errgroup.Group)}
	s.pool.Go(func() error { return useErr(ctx) })
}

// goodMethodWithoutCtxParam: a method without a context parameter is not a scope, whatever
// its receiver holds.
func (s *server) goodMethodWithoutCtxParam() {
	s.group.Go(func() error { return work(1) })
}

// badOtherPackageField: fields of a struct declared in another package.
func badOtherPackageField(ctx context.Context) {
	w := lib.New()
	w.Ptr.Go(func() error { return work(1) })      // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
	w.Group.TryGo(func() error { return work(2) }) // want `^errgroup\.Group\.TryGo\(\) closure should use context "ctx"$`
}

// goodOtherPackageField: same fields, callbacks capture ctx.
func goodOtherPackageField(ctx context.Context) {
	w := lib.New()
	w.Ptr.Go(func() error { return useErr(ctx) })
	w.Group.TryGo(func() error { return useErr(ctx) })
}

// badOtherPackageCallResult: a *errgroup.Group returned by a function of another package.
func badOtherPackageCallResult(ctx context.Context) {
	lib.NewGroup().Go(func() error { return work(1) }) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
}

// goodOtherPackageCallResult: same, callback captures ctx.
func goodOtherPackageCallResult(ctx context.Context) {
	lib.NewGroup().Go(func() error { return useErr(ctx) })
}

// embedsValue promotes Go from an embedded errgroup.Group.
type embedsValue struct {
	errgroup.Group
	label string
}

// embedsPointer promotes Go from an embedded *errgroup.Group.
type embedsPointer struct {
	*errgroup.Group
}

// badPromotedFromValue: s.Go is errgroup.Group.Go promoted through embedding.
func badPromotedFromValue(ctx context.Context) {
	var s embedsValue
	s.Go(func() error { return work(len(s.label)) }) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
}

// goodPromotedFromValue: promoted Go, callback captures ctx.
func goodPromotedFromValue(ctx context.Context) {
	var s embedsValue
	s.Go(func() error { return useErr(ctx) })
}

// badPromotedFromPointer: promoted through an embedded pointer.
func badPromotedFromPointer(ctx context.Context) {
	s := embedsPointer{Group: new(errgroup.Group)}
	s.Go(func() error { return work(1) }) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
}

// goodPromotedFromPointer: promoted through an embedded pointer, callback captures ctx.
func goodPromotedFromPointer(ctx context.Context) {
	s := embedsPointer{Group: new(errgroup.Group)}
	s.Go(func() error { return useErr(ctx) })
}

// badPromotedTryGo: TryGo is promoted too; reached through a pointer to the embedding struct.
func badPromotedTryGo(ctx context.Context, s *embedsValue) bool {
	return s.TryGo(func() error { return work(1) }) // want `^errgroup\.Group\.TryGo\(\) closure should use context "ctx"$`
}

// badEmbeddedFieldSpelledOut: s.Group.Go names the embedded field explicitly.
func badEmbeddedFieldSpelledOut(ctx context.Context) {
	var s embedsValue
	s.Group.Go(func() error { return work(1) }) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
}

// badPromotedOtherPackage: a struct of another package embedding *errgroup.Group.
func badPromotedOtherPackage(ctx context.Context) {
	e := lib.Embedded{Group: new(errgroup.Group)}
	e.Go(func() error { return work(1) }) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
}

// goodPromotedOtherPackage: same, callback captures ctx.
func goodPromotedOtherPackage(ctx context.Context) {
	e := lib.Embedded{Group: new(errgroup.Group)}
	e.Go(func() error { return useErr(ctx) })
}

// ---------------------------------------------------------------------------
// TryGo.
// ---------------------------------------------------------------------------

// badTryGo: TryGo has its own message.
func badTryGo(ctx context.Context) bool {
	var g errgroup.Group
	g.SetLimit(1)
	return g.TryGo(func() error { return work(1) }) // want `^errgroup\.Group\.TryGo\(\) closure should use context "ctx"$`
}

// goodTryGo: TryGo whose callback captures ctx.
func goodTryGo(ctx context.Context) bool {
	var g errgroup.Group
	g.SetLimit(1)
	return g.TryGo(func() error { return useErr(ctx) })
}

// badTryGoInIfCondition: a TryGo call in an if condition is visited like any call.
func badTryGoInIfCondition(ctx context.Context, g *errgroup.Group) {
	if !g.TryGo(func() error { return work(1) }) { // want `^errgroup\.Group\.TryGo\(\) closure should use context "ctx"$`
		_ = g.Wait()
	}
}

// goodTryGoAssigned: the result assigned, callback captures ctx at depth.
func goodTryGoAssigned(ctx context.Context, g *errgroup.Group) bool {
	ok := g.TryGo(func() error {
		return func() error { return useErr(ctx) }()
	})
	return ok
}

// ---------------------------------------------------------------------------
// Direct literals: P2 (captures a context, any depth). P1 cannot occur here: the callback
// type is func() error, so a direct literal cannot declare a context parameter.
// ---------------------------------------------------------------------------

// badEmptyCallback: the simplest failing callback.
func badEmptyCallback(ctx context.Context, g *errgroup.Group) {
	g.Go(func() error { return nil }) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
}

// goodSelectOnDone: selecting on ctx.Done() names ctx.
func goodSelectOnDone(ctx context.Context, g *errgroup.Group) {
	g.Go(func() error {
		<-ctx.Done()
		return nil
	})
}

// goodBlankAssignCapture: `_ = ctx` is a capture.
func goodBlankAssignCapture(ctx context.Context, g *errgroup.Group) {
	g.Go(func() error {
		_ = ctx
		return work(1)
	})
}

// goodCaptureInNestedClosure: a capture inside a nested closure counts for a direct literal.
func goodCaptureInNestedClosure(ctx context.Context, g *errgroup.Group) {
	g.Go(func() error {
		retry := func() error { return useErr(ctx) }
		_ = retry
		return nil
	})
}

// goodCaptureTwoLevelsDeep: any nesting depth.
func goodCaptureTwoLevelsDeep(ctx context.Context, g *errgroup.Group) {
	g.Go(func() error {
		return func() error {
			return func() error { return useErr(ctx) }()
		}()
	})
}

// goodCaptureInDeferredClosure: a capture in a deferred closure counts.
func goodCaptureInDeferredClosure(ctx context.Context, g *errgroup.Group) {
	g.Go(func() error {
		defer func() { _ = ctx }()
		return work(1)
	})
}

// goodCaptureInInnerGo: a capture inside a go statement in the callback counts (and that go
// statement itself propagates ctx, so the goroutine checker is silent too).
func goodCaptureInInnerGo(ctx context.Context, g *errgroup.Group) {
	g.Go(func() error {
		go func() { _ = useErr(ctx) }()
		return nil
	})
}

// goodCaptureCancelCtx: a local context declared outside the literal is captured (§2.2).
func goodCaptureCancelCtx(ctx context.Context, g *errgroup.Group) {
	c2, cancel := context.WithCancel(ctx)
	defer cancel()
	g.Go(func() error { return useErr(c2) })
}

// goodCapturePointerToCtx: *context.Context is ctx-ish (pointer layers removed, §0).
func goodCapturePointerToCtx(ctx context.Context, g *errgroup.Group) {
	pc := &ctx
	g.Go(func() error { return useErr(*pc) })
}

// badLocalCtxInsideLiteral: a context created inside the literal is not captured (P2).
func badLocalCtxInsideLiteral(ctx context.Context, g *errgroup.Group) {
	g.Go(func() error { // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
		c := context.TODO()
		return useErr(c)
	})
}

// badPackageLevelCtx: package-level variables are not captured (P2 (a)).
func badPackageLevelCtx(ctx context.Context, g *errgroup.Group) {
	g.Go(func() error { return useErr(pkgCtx) }) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
}

// badBackgroundInsideLiteral: context.Background() inside the literal is no capture.
func badBackgroundInsideLiteral(ctx context.Context, g *errgroup.Group) {
	g.Go(func() error { return useErr(context.Background()) }) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
}

// badMultiLineCallback: a multi-line call is reported at the Go selector's line.
func badMultiLineCallback(ctx context.Context, g *errgroup.Group, items []int) {
	for _, it := range items {
		g.Go(func() error { // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
			return work(it)
		})
	}
}

// goodSetLimitAndWaitNeverReport: SetLimit and Wait are not checked.
func goodSetLimitAndWaitNeverReport(ctx context.Context) error {
	g, _ := errgroup.WithContext(ctx)
	g.SetLimit(3)
	return g.Wait()
}

// ---------------------------------------------------------------------------
// Context detection (§2.1).
// ---------------------------------------------------------------------------

// goodNoCtxParam: a function without a context parameter is never checked, even when it
// creates one locally.
func goodNoCtxParam() error {
	c := context.Background()
	var g errgroup.Group
	g.Go(func() error { return work(1) })
	_ = c
	return g.Wait()
}

// badOtherName: N is the parameter's name.
func badOtherName(reqCtx context.Context, g *errgroup.Group) {
	g.Go(func() error { return work(1) }) // want `^errgroup\.Group\.Go\(\) closure should use context "reqCtx"$`
}

// badFirstOfSeveral: N is the first context parameter.
func badFirstOfSeveral(limit int, first, second context.Context, g *errgroup.Group) {
	g.Go(func() error { return work(limit) }) // want `^errgroup\.Group\.Go\(\) closure should use context "first"$`
}

// goodSecondCtxIsEnough: capturing any context counts, not only N.
func goodSecondCtxIsEnough(first, second context.Context, g *errgroup.Group) {
	g.Go(func() error { return useErr(second) })
}

// badNestedLiteralOwnScope: a nested literal with its own context parameter becomes the scope
// and its parameter becomes N.
func badNestedLiteralOwnScope(ctx context.Context, g *errgroup.Group) {
	func(inner context.Context) {
		g.Go(func() error { return work(1) }) // want `^errgroup\.Group\.Go\(\) closure should use context "inner"$`
	}(ctx)
}

// goodNestedLiteralOuterCapture: inside the nested scope, capturing the outer ctx still counts.
func goodNestedLiteralOuterCapture(ctx context.Context, g *errgroup.Group) {
	func(inner context.Context) {
		g.Go(func() error { return useErr(ctx) })
	}(ctx)
}

// badTransparentClosure: a closure without a context parameter is transparent; N stays ctx.
func badTransparentClosure(ctx context.Context, g *errgroup.Group) {
	run := func() {
		g.Go(func() error { return work(1) }) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
	}
	run()
}

// badUncalledClosure: also in a closure that is never called.
func badUncalledClosure(reqCtx context.Context, g *errgroup.Group) {
	later := func() {
		g.Go(func() error { return work(1) }) // want `^errgroup\.Group\.Go\(\) closure should use context "reqCtx"$`
	}
	_ = later
}

// badBlankCtxParam: `_ context.Context` makes a scope whose N is `_`.
func badBlankCtxParam(_ context.Context, g *errgroup.Group) {
	g.Go(func() error { return work(1) }) // want `^errgroup\.Group\.Go\(\) closure should use context "_"$`
}

// goodUnnamedCtxParam: an unnamed context parameter makes no scope.
func goodUnnamedCtxParam(context.Context) {
	var g errgroup.Group
	g.Go(func() error { return work(1) })
}

// badPointerCtxParam: a *context.Context parameter makes a scope.
func badPointerCtxParam(pctx *context.Context, g *errgroup.Group) {
	g.Go(func() error { return work(1) }) // want `^errgroup\.Group\.Go\(\) closure should use context "pctx"$`
}

// ctxAlias is an alias of context.Context: the same type (§0, §12.7).
type ctxAlias = context.Context

// badAliasCtxParam: a parameter spelled with an alias makes a scope.
func badAliasCtxParam(ac ctxAlias, g *errgroup.Group) {
	g.Go(func() error { return work(1) }) // want `^errgroup\.Group\.Go\(\) closure should use context "ac"$`
}

// definedCtx is a defined type, not context.Context (§0).
type definedCtx context.Context

// goodDefinedCtxTypeNoScope: a defined type makes no scope.
func goodDefinedCtxTypeNoScope(dc definedCtx, g *errgroup.Group) {
	g.Go(func() error { return work(1) })
}

// goodVariadicCtxNoScope: a variadic ...context.Context parameter makes no scope.
func goodVariadicCtxNoScope(g *errgroup.Group, cs ...context.Context) {
	g.Go(func() error { return work(len(cs)) })
}

// goodCtxSliceNoScope: a []context.Context parameter makes no scope.
func goodCtxSliceNoScope(cs []context.Context, g *errgroup.Group) {
	g.Go(func() error { return work(len(cs)) })
}
