// Package dotall dot-imports errgroup, conc's pool and conc's iter at once (their exported
// names do not collide) and uses the dot-imported types as receivers, embedded fields and
// constructor results (SPEC §3.0.5: bare calls are reported at the call start, selector calls
// at the selector name).
package dotall

import (
	"context"

	. "github.com/sourcegraph/conc/iter"
	. "github.com/sourcegraph/conc/pool"
	. "golang.org/x/sync/errgroup"
	. "spawnapievil/lib"
)

func work(n int) error { _ = n; return nil }

func use(ctx context.Context) { _ = ctx }

// embedsDotGroup embeds the dot-imported *Group.
type embedsDotGroup struct{ *Group }

// badDotEmbeddedGroup: the promoted Go of the dot-imported Group.
func badDotEmbeddedGroup(ctx context.Context, s embedsDotGroup) {
	s.Go(func() error { return work(1) }) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
}

// badDotNewChain: `New()` is conc's pool.New; the chain ends in an ErrorPool.
func badDotNewChain(ctx context.Context) error {
	p := New().WithErrors().WithFirstError()
	p.Go(func() error { return work(1) }) // want `^pool\.ErrorPool\.Go\(\) closure should use context "ctx"$`
	return p.Wait()
}

// badDotNewWithResultsInferredFromParam: a parameter of the dot-imported generic type.
func badDotResultPoolParam(ctx context.Context, p *ResultPool[string]) {
	p.Go(func() string { return "" }) // want `^pool\.ResultPool\.Go\(\) closure should use context "ctx"$`
}

// badDotForEachInsideGroupCallback: a bare ForEach inside a passing Go callback: reported at
// the call start.
func badDotForEachInsideGroupCallback(ctx context.Context, g *Group, xs []int) {
	g.Go(func() error {
		use(ctx)
		ForEach(xs, func(x *int) { _ = work(*x) }) // want `^iter\.ForEach\(\) closure should use context "ctx"$`
		return nil
	})
}

// goodDotMapShadowedByParam: a parameter named Map hides the dot-imported function.
func goodDotMapShadowedByParam(ctx context.Context, xs []int, Map func([]int, func(*int) int) []int) []int {
	return Map(xs, func(x *int) int { return *x })
}

// goodDotWithContextCaptured: the derived context from the dot-imported WithContext.
func goodDotWithContextCaptured(ctx context.Context) error {
	g, gctx := WithContext(ctx)
	g.Go(func() error { use(gctx); return nil })
	return g.Wait()
}

// goodDotImportedFactoryOfOtherPackage: MakeJob is a function of another package reached
// through a dot import: P6 passes factories of other packages (§3.0.4, §9.3).
func goodDotImportedFactoryOfOtherPackage(ctx context.Context, g *Group) {
	g.Go(MakeJob())
}

// goodDotImportedInterfaceMethod: Grouper (dot-imported) is an interface.
func goodDotImportedInterfaceMethod(ctx context.Context, gr Grouper) {
	gr.Go(func() error { return work(1) })
}

// badDotImportedPairReceiver: the first result of the dot-imported Pair.
func badDotImportedPairReceiver(ctx context.Context) {
	g, _ := Pair()
	g.Go(func() error { return work(1) }) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
}

// badDotImportedAliasScope: Ctx (dot-imported alias of context.Context) makes a scope (§12.7).
func badDotImportedAliasScope(c Ctx, g *Group) {
	g.Go(func() error { return work(1) }) // want `^errgroup\.Group\.Go\(\) closure should use context "c"$`
}

// badDotMapperCompositeReceiver: `Mapper[int, int]{}.Map(…)` on a dot-imported generic
// composite literal.
func badDotMapperCompositeReceiver(ctx context.Context, xs []int) []int {
	return Mapper[int, int]{}.Map(xs, func(x *int) int { return *x }) // want `^iter\.Mapper\.Map\(\) closure should use context "ctx"$`
}

// goodDotImportedHookVariable: Hook is a variable of another package: untraceable (§9.2).
func goodDotImportedHookVariable(ctx context.Context, g *Group) {
	g.Go(Hook)
}

// goodLocalAliasShadowsDotGroup: inside this function Group is a local alias of a fake type.
type fakeGroup struct{}

func (fakeGroup) Go(f func() error) { _ = f }

func goodLocalAliasShadowsDotGroup(ctx context.Context) {
	type Group = fakeGroup
	var g Group
	g.Go(func() error { return work(1) })
}

// goodLocalVarShadowsDotNew: a local function variable named New hides pool.New.
func goodLocalVarShadowsDotNew(ctx context.Context) {
	New := func() fakeGroup { return fakeGroup{} }
	New().Go(func() error { return work(1) })
}
