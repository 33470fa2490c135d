package spawnerlabelevil

import (
	"iter"
	"sync"

	"golang.org/x/sync/errgroup"
)

// A look-alike with a Go method.
type fakeWG struct{}

func (fakeWG) Go(f func()) { _ = f }

// An inner declaration shadows the WaitGroup: the call is the look-alike's.
func shadowInnerBlock() {
	var wg sync.WaitGroup
	_ = &wg
	{
		wg := fakeWG{}
		wg.Go(work)
	}
}

// A type switch binds the API type in one clause.
func typeSwitchBinding(v any) { // want `^function "typeSwitchBinding" should have //goroutinectx:spawner directive \(calls errgroup\.Group\.Go with func argument\)$`
	switch g := v.(type) {
	case fakeWG:
		g.Go(work)
	case *errgroup.Group:
		g.Go(rebuild)
	}
}

// Receivers from a range, a receive, a type assertion.
func rangeReceivers(gs []*errgroup.Group) { // want `^function "rangeReceivers" should have //goroutinectx:spawner directive \(calls errgroup\.Group\.Go with func argument\)$`
	for _, g := range gs {
		g.Go(rebuild)
	}
}

func receivedReceiver(ch chan *sync.WaitGroup) { // want `^function "receivedReceiver" should have //goroutinectx:spawner directive \(calls sync\.WaitGroup\.Go with func argument\)$`
	(<-ch).Go(work)
}

func assertedReceiver(v any) { // want `^function "assertedReceiver" should have //goroutinectx:spawner directive \(calls errgroup\.Group\.TryGo with func argument\)$`
	v.(*errgroup.Group).TryGo(rebuild)
}

// Locals bound in a multi-value declaration.
func localMultiDecl() { // want `^function "localMultiDecl" should have //goroutinectx:spawner directive \(calls sync\.WaitGroup\.Go with func argument\)$`
	n, step := 1, func() {
		var wg sync.WaitGroup
		wg.Go(work)
	}
	show(n)
	step()
}

// A swap: s1 holds the second literal at the call (the right-hand side is read before the
// assignment takes effect).
func localSwap() { // want `^function "localSwap" should have //goroutinectx:spawner directive \(calls errgroup\.Group\.Go with func argument\)$`
	s1, s2 := func() { show(1) }, func() {
		var grp errgroup.Group
		grp.Go(rebuild)
	}
	s1, s2 = s2, s1
	s1()
	_ = s2
}

// A local bound to a marked function, called in a go statement: go helper(f) is a call.
func localBoundGo() { // want `^function "localBoundGo" should have //goroutinectx:spawner directive \(calls hook with func argument\)$`
	h := hook
	go h(work)
}

// Range over a function: the loop body is a closure capturing the loop state (searched).
func rangeOverFunc(seq iter.Seq[int]) { // want `^function "rangeOverFunc" should have //goroutinectx:spawner directive \(calls sync\.WaitGroup\.Go with func argument\)$`
	for range seq {
		var wg sync.WaitGroup
		wg.Go(work)
	}
}

// Generic alias of a struct type: keys are fields.
type bagAlias[T any] = bag[T]

func captureGenericAliasKey() {
	items := 1
	_ = items
	_ = func() {
		_ = bagAlias[int]{items: nil}
		var wg sync.WaitGroup
		wg.Go(work)
	}
}

// A pointer composite literal &T{…} with a key named like a local.
func capturePointerLiteralKey() {
	n := 1
	_ = n
	_ = func() {
		_ = &worker{n: 2}
		var wg sync.WaitGroup
		wg.Go(work)
	}
}

// A parameter named like an imported package shadows it.
func paramShadowsImport(errgroup *fakeWG) { errgroup.Go(work) }

func localShadowsSync() {
	sync := fakeWG{}
	sync.Go(work)
}

// The literal held in step is captured by the invoked literal, so step is not lifted: the
// call inside is dynamic, and the marked function makes no spawn call.
//
//goroutinectx:spawner
func markedCapturedStep() { // want `^function "markedCapturedStep" has unnecessary //goroutinectx:spawner directive$`
	step := func() { hook(work) }
	func() { step() }()
}

// A spawn in a select case's communication expression and in a defer's argument.
func selectCommSpawn(ch chan bool) { // want `^function "selectCommSpawn" should have //goroutinectx:spawner directive \(calls errgroup\.Group\.TryGo with func argument\)$`
	var grp errgroup.Group
	select {
	case ch <- grp.TryGo(rebuild):
	default:
	}
}

func deferArgSpawn() { // want `^function "deferArgSpawn" should have //goroutinectx:spawner directive \(calls errgroup\.Group\.TryGo with func argument\)$`
	var grp errgroup.Group
	defer record(grp.TryGo(rebuild))
}

func record(bool) {}

// The swap the other way round: s1 holds the quiet literal at the call. Marked, it needs no
// directive.
//
//goroutinectx:spawner
func localSwapQuiet() { // want `^function "localSwapQuiet" has unnecessary //goroutinectx:spawner directive$`
	s1, s2 := func() {
		var grp errgroup.Group
		grp.Go(rebuild)
	}, func() { show(1) }
	s1, s2 = s2, s1
	s1()
	_ = s2
}
