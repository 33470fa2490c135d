package spawnapievil

import (
	"context"
	"sync"

	"github.com/sourcegraph/conc/iter"
	"golang.org/x/sync/errgroup"

	"spawnapievil/lib"
)

// ---------------------------------------------------------------------------
// Method sets and promotion as go/types computes them (§3.0.2 "promoted method via struct
// embedding", §10.4): the shallowest depth wins, fields and methods share one namespace, a
// defined type keeps promoted methods but drops declared ones, interfaces are not errgroup.
// ---------------------------------------------------------------------------

// hasGroup embeds errgroup.Group (Go at depth 1 from hasGroup).
type hasGroup struct{ errgroup.Group }

// fakeGoer declares its own Go.
type fakeGoer struct{}

func (fakeGoer) Go(f func() error) { _ = f }

// shallowFake: fakeGoer.Go is at depth 1, errgroup's Go at depth 2 (through hasGroup): the
// shallower fake method wins.
type shallowFake struct {
	hasGroup
	fakeGoer
}

// goodShallowerFakeWins: `s.Go` is fakeGoer.Go.
func goodShallowerFakeWins(ctx context.Context, s *shallowFake) {
	s.Go(func() error { return work(1) })
}

// deepFake puts fakeGoer one level deeper.
type deepFake struct{ fakeGoer }

// shallowGroup: errgroup's Go at depth 1, the fake at depth 2.
type shallowGroup struct {
	*errgroup.Group
	deepFake
}

// badShallowerGroupWins: `s.Go` is errgroup.Group.Go.
func badShallowerGroupWins(ctx context.Context, s shallowGroup) {
	s.Go(func() error { return work(1) }) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
}

// fieldGo has a function-typed field named Go at depth 0 and errgroup's Go at depth 1.
type fieldGo struct {
	*errgroup.Group
	Go func(func() error)
}

// goodFieldShadowsPromotedMethod: `s.Go(…)` calls the field: a function value, no API.
func goodFieldShadowsPromotedMethod(ctx context.Context, s fieldGo) {
	s.Go(func() error { return work(1) })
}

// innerField has a field named Go; withDeepField holds it at depth 1, so the field is at
// depth 2 while errgroup's method is at depth 1.
type innerField struct{ Go func(func() error) }

type midField struct{ innerField }

type withDeepField struct {
	midField
	*errgroup.Group
}

// badMethodShallowerThanField: errgroup.Group.Go (depth 1) wins over the field (depth 2).
func badMethodShallowerThanField(ctx context.Context, s withDeepField) {
	s.Go(func() error { return work(1) }) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
}

// withGoer embeds a named interface: its Go is the interface's method.
type withGoer struct{ goerIface }

// goodEmbeddedInterfaceInStruct: even when an errgroup is stored in the embedded interface.
func goodEmbeddedInterfaceInStruct(ctx context.Context) {
	s := withGoer{goerIface: new(errgroup.Group)}
	s.Go(func() error { return work(1) })
}

// goerWaiter embeds goerIface in another interface.
type goerWaiter interface {
	goerIface
	Wait() error
}

// goodInterfaceEmbeddingInterface: the promoted interface method is still no API.
func goodInterfaceEmbeddingInterface(ctx context.Context) {
	var x goerWaiter = new(errgroup.Group)
	x.Go(func() error { return work(1) })
}

// goodOtherPackageInterface: lib.Grouper.Go / TryGo are interface methods.
func goodOtherPackageInterface(ctx context.Context, gr lib.Grouper) {
	gr.Go(func() error { return work(1) })
	_ = gr.TryGo(func() error { return work(2) })
}

// groupAlias is errgroup.Group itself.
type groupAlias = errgroup.Group

// embedsAlias embeds the alias through a pointer: the field is named groupAlias, and Go is
// errgroup.Group.Go.
type embedsAlias struct{ *groupAlias }

// badEmbeddedAliasPointer: promoted through an embedded alias.
func badEmbeddedAliasPointer(ctx context.Context, s embedsAlias) {
	s.Go(func() error { return work(1) }) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
}

// renamedEmbedded is a defined type of a struct of another package that embeds
// *errgroup.Group: promoted methods survive the definition.
type renamedEmbedded lib.Embedded

// badDefinedTypeKeepsPromotedFromOtherPackage: `r.TryGo` is errgroup.Group.TryGo.
func badDefinedTypeKeepsPromotedFromOtherPackage(ctx context.Context, r renamedEmbedded) {
	_ = r.TryGo(func() error { return work(1) }) // want `^errgroup\.Group\.TryGo\(\) closure should use context "ctx"$`
}

// groupPtr is a defined pointer type: its method set is empty, but `(*p)` is an
// errgroup.Group.
type groupPtr *errgroup.Group

// badDerefDefinedPointerType: `(*p).Go`.
func badDerefDefinedPointerType(ctx context.Context, p groupPtr) {
	(*p).Go(func() error { return work(1) }) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
}

// chain1 → *chain2 → chain3 → *errgroup.Group: promotion at depth 3 through mixed pointers.
type chain3 struct{ *errgroup.Group }
type chain2 struct{ chain3 }
type chain1 struct{ *chain2 }

// badDepthThreePromotion: `c.Go` is errgroup.Group.Go.
func badDepthThreePromotion(ctx context.Context, c chain1) {
	c.Go(func() error { return work(1) }) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
}

// both embeds sync.WaitGroup and errgroup.Group: `b.Go` would be ambiguous, but naming the
// embedded field selects one.
type both struct {
	sync.WaitGroup
	errgroup.Group
}

// badExplicitEmbeddedFieldsOfBoth: two different APIs through their field names.
func badExplicitEmbeddedFieldsOfBoth(ctx context.Context, b *both) {
	b.WaitGroup.Go(func() { _ = work(1) })      // want `^sync\.WaitGroup\.Go\(\) closure should use context "ctx"$`
	b.Group.Go(func() error { return work(2) }) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
}

// iterHolder embeds conc's generic Iterator; mapperHolder a pointer to a Mapper.
type iterHolder struct {
	iter.Iterator[int]
	name string
}

type mapperHolder struct {
	*iter.Mapper[int, string]
}

// badPromotedIteratorForEach: promoted from an instantiated generic embedded field.
func badPromotedIteratorForEach(ctx context.Context, h iterHolder, xs []int) {
	h.ForEach(xs, func(x *int) { _ = work(*x) }) // want `^iter\.Iterator\.ForEach\(\) closure should use context "ctx"$`
}

// badPromotedMapperMapErr: promoted through an embedded pointer to a generic type.
func badPromotedMapperMapErr(ctx context.Context, h mapperHolder, xs []int) {
	_, _ = h.MapErr(xs, func(x *int) (string, error) { return "", nil }) // want `^iter\.Mapper\.MapErr\(\) closure should use context "ctx"$`
}

// ownTryGo embeds *errgroup.Group and declares its own TryGo (with another signature): its
// TryGo shadows the promoted one, while Go is still promoted.
type ownTryGo struct{ *errgroup.Group }

func (o ownTryGo) TryGo(f func() error, n int) bool { _, _ = f, n; return true }

// goodOwnMethodShadowsPromoted / badOtherMethodStillPromoted.
func goodOwnMethodShadowsPromoted(ctx context.Context, o ownTryGo) {
	_ = o.TryGo(func() error { return work(1) }, 2)
	o.Go(func() error { return work(1) }) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
}
