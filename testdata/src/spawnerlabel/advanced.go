package spawnerlabel

import (
	"sync"

	"github.com/sourcegraph/conc"
	"github.com/sourcegraph/conc/iter"
	"github.com/sourcegraph/conc/pool"
	"golang.org/x/sync/errgroup"
)

// --- where the search looks (SPEC §3.7) -----------------------------------------------------

func viaIIFE() { // want `^function "viaIIFE" should have //goroutinectx:spawner directive \(calls errgroup\.Group\.Go with func argument\)$`
	func() {
		var grp errgroup.Group
		grp.Go(rebuild)
		_ = grp.Wait()
	}()
}

func viaDeferredIIFE() { // want `^function "viaDeferredIIFE" should have //goroutinectx:spawner directive \(calls sync\.WaitGroup\.Go with func argument\)$`
	defer func() {
		var wg sync.WaitGroup
		wg.Go(work)
		wg.Wait()
	}()
}

func viaNestedIIFE() { // want `^function "viaNestedIIFE" should have //goroutinectx:spawner directive \(calls iter\.ForEach with func argument\)$`
	func() {
		func() { iter.ForEach([]int{1}, touch) }()
	}()
}

func viaParenIIFE() { // want `^function "viaParenIIFE" should have //goroutinectx:spawner directive \(calls pool\.Pool\.Go with func argument\)$`
	(func() { pool.New().Go(work) })()
}

// A literal called through a local variable bound to it is searched like an IIFE.
func viaLocalVar() { // want `^function "viaLocalVar" should have //goroutinectx:spawner directive \(calls conc\.WaitGroup\.Go with func argument\)$`
	step := func() {
		wg := conc.NewWaitGroup()
		wg.Go(work)
		wg.Wait()
	}
	step()
}

// A literal that captures nothing and is never invoked is not searched.
func storedNeverCalled() {
	step := func() {
		wg := conc.NewWaitGroup()
		wg.Go(work)
		wg.Wait()
	}
	_ = step
}

func passedNeverCalled() {
	hold(func() {
		var grp errgroup.Group
		grp.Go(rebuild)
		_ = grp.Wait()
	})
}

// Any literal capturing a variable of an enclosing function is searched, called or not.
func capturesLocal() { // want `^function "capturesLocal" should have //goroutinectx:spawner directive \(calls sync\.WaitGroup\.Go with func argument\)$`
	var wg sync.WaitGroup
	later := func() { wg.Go(work) }
	_ = later
}

func capturesParam(wg *sync.WaitGroup) { // want `^function "capturesParam" should have //goroutinectx:spawner directive \(calls sync\.WaitGroup\.Go with func argument\)$`
	_ = func() { wg.Go(work) }
}

func capturesPassedOn(xs []int) { // want `^function "capturesPassedOn" should have //goroutinectx:spawner directive \(calls iter\.ForEach with func argument\)$`
	hold(func() {
		iter.ForEach(xs, touch) // the literal captures xs: searched although only passed on
	})
}

type server struct{ grp errgroup.Group }

func (s *server) start() { // want `^function "start" should have //goroutinectx:spawner directive \(calls errgroup\.Group\.Go with func argument\)$`
	_ = func() { s.grp.Go(rebuild) } // captures the receiver
}

// Package-level variables are not captures.
var pkgGroup errgroup.Group

func capturesPackageVar() {
	_ = func() { pkgGroup.Go(rebuild) }
}

// A capturing literal nested in a non-capturing literal that is never invoked is not searched.
func mkNeverCalled() {
	mk := func(n int) func() {
		return func() {
			var wg sync.WaitGroup
			wg.Go(func() { show(n) })
			wg.Wait()
		}
	}
	_ = mk
}

// mk(1)() invokes mk through the local variable; the literal it returns captures n.
func mkCalled() { // want `^function "mkCalled" should have //goroutinectx:spawner directive \(calls sync\.WaitGroup\.Go with func argument\)$`
	mk := func(n int) func() {
		return func() {
			var wg sync.WaitGroup
			wg.Go(func() { show(n) })
			wg.Wait()
		}
	}
	mk(1)()
}

func nestedInUncalled() {
	_ = func() {
		n := 2
		_ = func() {
			p := pool.New()
			p.Go(func() { show(n) })
			p.Wait()
		}
	}
}

func nestedInInvoked() { // want `^function "nestedInInvoked" should have //goroutinectx:spawner directive \(calls pool\.Pool\.Go with func argument\)$`
	func() {
		n := 2
		_ = func() {
			p := pool.New()
			p.Go(func() { show(n) })
			p.Wait()
		}
	}()
}

// --- go statements ----------------------------------------------------------------------------

// The literal of go func(){…}() is searched only if it captures something.
func goLiteralNoCapture() {
	go func() {
		var wg sync.WaitGroup
		wg.Go(work)
		wg.Wait()
	}()
}

func goLiteralCaptures() { // want `^function "goLiteralCaptures" should have //goroutinectx:spawner directive \(calls sync\.WaitGroup\.Go with func argument\)$`
	var wg sync.WaitGroup
	go func() { wg.Go(work) }()
	wg.Wait()
}

// go helper(f) with a marked helper is a spawn call.
func goMarkedHelper() { go hook(work) } // want `^function "goMarkedHelper" should have //goroutinectx:spawner directive \(calls hook with func argument\)$`

// A bare go statement is no spawn call.
func goBare() { go work() }

func goBareLiteral(f func()) { go f() }

// The arguments of a go statement are evaluated (and searched) as usual.
func goArgs() { // want `^function "goArgs" should have //goroutinectx:spawner directive \(calls errgroup\.Group\.TryGo with func argument\)$`
	var grp errgroup.Group
	go record(grp.TryGo(rebuild))
}

func goLiteralArgs() { // want `^function "goLiteralArgs" should have //goroutinectx:spawner directive \(calls errgroup\.Group\.TryGo with func argument\)$`
	var grp errgroup.Group
	go func(bool) {}(grp.TryGo(rebuild))
}

// A defer operand is checked as a call.
func deferGo() { // want `^function "deferGo" should have //goroutinectx:spawner directive \(calls sync\.WaitGroup\.Go with func argument\)$`
	var wg sync.WaitGroup
	defer wg.Wait()
	defer wg.Go(work)
}

// --- control flow -----------------------------------------------------------------------------

func inSelect(ch chan int) { // want `^function "inSelect" should have //goroutinectx:spawner directive \(calls errgroup\.Group\.Go with func argument\)$`
	var grp errgroup.Group
	select {
	case <-ch:
		grp.Go(rebuild)
	default:
	}
}

func inLoop(n int) { // want `^function "inLoop" should have //goroutinectx:spawner directive \(calls pool\.Pool\.Go with func argument\)$`
	p := pool.New()
	for i := 0; i < n; i++ {
		p.Go(work)
	}
	p.Wait()
}

func inSwitch(k int, xs []int) { // want `^function "inSwitch" should have //goroutinectx:spawner directive \(calls iter\.ForEachIdx with func argument\)$`
	switch k {
	case 1:
		show(k)
	default:
		iter.ForEachIdx(xs, func(int, *int) {})
	}
}

// Code after return / panic(...) in the same block is unreachable and not searched.
func afterReturn() {
	var grp errgroup.Group
	return
	grp.Go(rebuild)
}

func afterPanic() {
	var wg sync.WaitGroup
	panic("unsupported")
	wg.Go(work)
}

// A return or panic inside a branch does not hide what follows the branch.
func afterReturnInBranch(b bool) error { // want `^function "afterReturnInBranch" should have //goroutinectx:spawner directive \(calls errgroup\.Group\.Go with func argument\)$`
	if b {
		return nil
	}
	var grp errgroup.Group
	grp.Go(rebuild)
	return grp.Wait()
}

func afterPanicInBranch(b bool) { // want `^function "afterPanicInBranch" should have //goroutinectx:spawner directive \(calls sync\.WaitGroup\.Go with func argument\)$`
	var wg sync.WaitGroup
	if b {
		panic("no")
	}
	wg.Go(work)
}

// Interface method calls never count, whatever the dynamic type.
type goer interface{ Go(func() error) }

func viaInterface(g goer) { g.Go(rebuild) }

func viaInterfaceValue() {
	var g goer = new(errgroup.Group)
	g.Go(rebuild)
}

func viaIface(r interface{ Run(func()) }) { r.Run(func() {}) }

// Receiving functions from a channel is irrelevant.
func fromChannel(ch chan func()) {
	f := <-ch
	f()
	go f()
	go (<-ch)()
}

// --- higher-order: a local function returning a capturing literal that spawns ---------------

// factory itself is reported: the returned literal captures wg and is searched.
func factory(wg *sync.WaitGroup) func() { // want `^function "factory" should have //goroutinectx:spawner directive \(calls sync\.WaitGroup\.Go with func argument\)$`
	return func() { wg.Go(work) }
}

// Calling factory is a spawn call (SPEC §3.7 spawn call 3). The API printed is not fixed by the
// spec: either the spawn found in the returned literal or the factory's name is accepted.
func usesFactory() { // want `^function "usesFactory" should have //goroutinectx:spawner directive \(calls (sync\.WaitGroup\.Go|factory) with func argument\)$`
	var wg sync.WaitGroup
	run := factory(&wg)
	_ = run
}

// plainFactory returns a literal that captures nothing: neither it nor its callers spawn.
func plainFactory() func() {
	return func() {
		var wg sync.WaitGroup
		wg.Go(work)
		wg.Wait()
	}
}

func usesPlainFactory() { plainFactory()() }

// The returned literal captures, but spawns nothing.
func counterFactory(n int) func() int { return func() int { return n } }

func usesCounterFactory() int { return counterFactory(1)() }

// --- which API is named (SPEC §3.7, §11.7) ----------------------------------------------------

func orderSource() { // want `^function "orderSource" should have //goroutinectx:spawner directive \(calls sync\.WaitGroup\.Go with func argument\)$`
	var wg sync.WaitGroup
	var grp errgroup.Group
	wg.Go(work)
	grp.Go(rebuild)
}

func orderSourceReversed() { // want `^function "orderSourceReversed" should have //goroutinectx:spawner directive \(calls errgroup\.Group\.Go with func argument\)$`
	var wg sync.WaitGroup
	var grp errgroup.Group
	grp.Go(rebuild)
	wg.Go(work)
}

func orderMarkedFirst() { // want `^function "orderMarkedFirst" should have //goroutinectx:spawner directive \(calls hook with func argument\)$`
	hook(work)
	iter.ForEach([]int{1}, touch)
}

// A capturing closure passed as an argument is searched before the call it is passed to.
func orderClosureArg() { // want `^function "orderClosureArg" should have //goroutinectx:spawner directive \(calls sync\.WaitGroup\.Go with func argument\)$`
	var wg sync.WaitGroup
	var grp errgroup.Group
	grp.Go(func() error { wg.Go(work); return nil })
	wg.Wait()
}

// A closure capturing nothing is not searched at all.
func orderNonCapturingArg() { // want `^function "orderNonCapturingArg" should have //goroutinectx:spawner directive \(calls errgroup\.Group\.Go with func argument\)$`
	var grp errgroup.Group
	grp.Go(func() error {
		var wg sync.WaitGroup
		wg.Go(work)
		wg.Wait()
		return nil
	})
}

// The block after an if … else comes before the else block.
func orderIfElse(b bool) { // want `^function "orderIfElse" should have //goroutinectx:spawner directive \(calls errgroup\.Group\.Go with func argument\)$`
	var wg sync.WaitGroup
	var grp errgroup.Group
	if b {
		show(1)
	} else {
		wg.Go(work)
	}
	grp.Go(rebuild)
}

// … but the then block comes first.
func orderIfThen(b bool) { // want `^function "orderIfThen" should have //goroutinectx:spawner directive \(calls sync\.WaitGroup\.Go with func argument\)$`
	var wg sync.WaitGroup
	var grp errgroup.Group
	if b {
		wg.Go(work)
	} else {
		show(1)
	}
	grp.Go(rebuild)
}

// --- generics -----------------------------------------------------------------------------------

//goroutinectx:spawner
func fanEach[T any](xs []T, f func(T)) { // silent: has a func parameter
	for _, x := range xs {
		go f(x)
	}
}

// Marked generic functions are recognised, inferred or explicitly instantiated.
func callsFanEachInferred() { fanEach([]int{1}, show) } // want `^function "callsFanEachInferred" should have //goroutinectx:spawner directive \(calls fanEach with func argument\)$`

func callsFanEachExplicit() { fanEach[int]([]int{1}, show) } // want `^function "callsFanEachExplicit" should have //goroutinectx:spawner directive \(calls fanEach with func argument\)$`

type box[T any] struct{ items []T }

//goroutinectx:spawner
func (b *box[T]) each(f func(T)) { // silent: has a func parameter
	for _, it := range b.items {
		go f(it)
	}
}

// A marked method of a generic type is not recognised at its call sites.
func callsBoxEach() {
	b := &box[int]{}
	b.each(func(int) {})
}

//goroutinectx:spawner
func (b *box[T]) size() int { return len(b.items) } // want `^function "size" has unnecessary //goroutinectx:spawner directive$`

// Unmarked generic functions and methods of generic types are inspected too.
func fanOutGeneric[T any](xs []T, f func(T)) { // want `^function "fanOutGeneric" should have //goroutinectx:spawner directive \(calls iter\.ForEach with func argument\)$`
	iter.ForEach(xs, func(p *T) { f(*p) })
}

func (b *box[T]) spawnEach() { // want `^function "spawnEach" should have //goroutinectx:spawner directive \(calls sync\.WaitGroup\.Go with func argument\)$`
	var wg sync.WaitGroup
	for _, it := range b.items {
		wg.Go(func() { _ = it })
	}
	wg.Wait()
}
