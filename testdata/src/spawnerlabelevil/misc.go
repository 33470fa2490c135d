package spawnerlabelevil

import (
	"context"
	"sync"

	gotaskv2 "github.com/siketyan/gotask/v2"
	"github.com/siketyan/gotask/v2/compat"
	"golang.org/x/sync/errgroup"
)

// A method Go declared on the outer type hides the promoted errgroup.Group.Go.
type myGroup struct{ errgroup.Group }

func (m *myGroup) Go(f func() error) { _ = f }

func useMyGroup() {
	var m myGroup
	m.Go(rebuild)
}

// A field named Go hides the promoted method: calling it is a dynamic call.
type fieldGroup struct {
	errgroup.Group
	Go func(func() error)
}

func useFieldGroup(f fieldGroup) { f.Go(rebuild) }

// An embedded interface: the call is an interface method call.
type ifaceGroup struct{ goer }

type goer interface{ Go(func() error) }

func useIfaceGroup(g ifaceGroup) { g.Go(rebuild) }

// A method called through a type parameter has no static callee.
func viaTypeParam[G interface{ Go(func() error) }](g G) { g.Go(rebuild) }

// ... also when the only type in the type set is *errgroup.Group.
func viaTypeParamCore[G interface {
	*errgroup.Group
	Go(func() error)
}](g G) {
	g.Go(rebuild)
}

// The literal captures only a type parameter: no variable.
func captureTypeParam[T any]() {
	_ = func() {
		var z T
		_ = z
		var wg sync.WaitGroup
		wg.Go(work)
	}
}

// The literal captures a range variable of the enclosing function.
func captureRangeVar(xs []int) { // want `^function "captureRangeVar" should have //goroutinectx:spawner directive \(calls sync\.WaitGroup\.Go with func argument\)$`
	for _, x := range xs {
		_ = func() {
			show(x)
			var wg sync.WaitGroup
			wg.Go(work)
		}
	}
}

// A generic struct literal key named like a local variable.
type bag[T any] struct{ items []T }

func captureGenericStructKey() {
	items := 1
	_ = items
	_ = func() {
		_ = bag[int]{items: nil}
		var wg sync.WaitGroup
		wg.Go(work)
	}
}

// gotask under /v2 and the quirky /v2/compat sub-package (SPEC §3.0.3): display names come
// from the spec path.
func gotaskV2() []int { // want `^function "gotaskV2" should have //goroutinectx:spawner directive \(calls gotask\.DoAllFns with func argument\)$`
	return gotaskv2.DoAllFns(context.Background(), func(context.Context) int { return 1 })
}

func gotaskCompat() []int { // want `^function "gotaskCompat" should have //goroutinectx:spawner directive \(calls gotask\.DoAllFns with func argument\)$`
	return compat.DoAllFns[int](context.Background())
}

func gotaskV2Tasks() []int {
	return gotaskv2.DoAll(context.Background(), gotaskv2.NewTask(func(context.Context) int { return 1 }))
}

// Reachability that does not end the block.
func reachSwitchNoDefault(k int) { // want `^function "reachSwitchNoDefault" should have //goroutinectx:spawner directive \(calls sync\.WaitGroup\.Go with func argument\)$`
	switch k {
	case 1:
		return
	}
	var wg sync.WaitGroup
	wg.Go(work)
}

func reachElseIfNoElse(a, b bool) { // want `^function "reachElseIfNoElse" should have //goroutinectx:spawner directive \(calls sync\.WaitGroup\.Go with func argument\)$`
	if a {
		return
	} else if b {
		return
	}
	var wg sync.WaitGroup
	wg.Go(work)
}

// else-if chain with a final else, all returning: unreachable after.
func reachElseIfChainAll(a, b bool) {
	if a {
		return
	} else if b {
		panic("b")
	} else {
		return
	}
	var wg sync.WaitGroup
	wg.Go(work)
}

// A select with a default, every clause returning.
func reachSelectDefaultAll(ch chan int) {
	select {
	case <-ch:
		return
	default:
		return
	}
	var wg sync.WaitGroup
	wg.Go(work)
}

//goroutinectx:spawner
func markedAfterBreakLoop() { // silent: the loop is left by break; hook(work) is reachable
	for {
		if cond() {
			break
		}
	}
	hook(work)
}

// A goto from reachable code revives a label after a return.
func reachGotoRevives(b bool) { // want `^function "reachGotoRevives" should have //goroutinectx:spawner directive \(calls sync\.WaitGroup\.Go with func argument\)$`
	var wg sync.WaitGroup
	if b {
		goto tail
	}
	return
tail:
	wg.Go(work)
}

// Package-level initialisers are no function declarations.
var pkgInit = func() bool {
	var g errgroup.Group
	return g.TryGo(rebuild)
}()

func usesPkgInit() bool { return pkgInit }
