package spawnerlabelevil

import (
	"sync"

	"golang.org/x/sync/errgroup"
)

// Literals called through a local variable (SPEC §3.7; §3.0.4 P10 describes the same SSA
// lifting): followed only when the variable is lifted to SSA registers and one value reaches
// the call. A variable that a closure captures, or whose address is taken, is not lifted:
// the call loads it from memory and has no static callee.

// The variable is captured by another literal: step() is a dynamic call.
func localCapturedElsewhere() {
	step := func() {
		var wg sync.WaitGroup
		wg.Go(work)
	}
	_ = func() { _ = step } // captures step (this literal itself spawns nothing)
	step()
}

// Its address is taken.
func localAddressTaken() {
	step := func() {
		var grp errgroup.Group
		grp.Go(rebuild)
	}
	p := &step
	_ = p
	step()
}

// A marked function whose only spawn hides behind such a call spawns nothing upstream.
//
//goroutinectx:spawner
func localMarkedCaptured() { // want `^function "localMarkedCaptured" has unnecessary //goroutinectx:spawner directive$`
	step := func() { hook(work) }
	defer func() { _ = step }()
	step()
}

// go step() with a literal that captures nothing: SSA cannot tell it from go func(){…}(),
// whose literal is searched only if it captures (SPEC §3.7).
func localGoStep() {
	step := func() {
		var wg sync.WaitGroup
		wg.Go(work)
	}
	go step()
}

// A straight-line reassignment wins: the first literal is never called.
func localReassigned() {
	step := func() {
		var wg sync.WaitGroup
		wg.Go(work)
	}
	step = func() { show(1) }
	step()
}

func localReassignedSpawns() { // want `^function "localReassignedSpawns" should have //goroutinectx:spawner directive \(calls errgroup\.Group\.Go with func argument\)$`
	step := func() { show(1) }
	step = func() {
		var grp errgroup.Group
		grp.Go(rebuild)
	}
	step()
}

// Assigned in one branch: the value at the call is a phi, no static callee.
func localBranchAssigned(b bool) {
	step := func() { show(1) }
	if b {
		step = func() {
			var wg sync.WaitGroup
			wg.Go(work)
		}
	}
	step()
}

// A call in a branch or a loop after a single definition is still static.
func localCalledInBranch(b bool) { // want `^function "localCalledInBranch" should have //goroutinectx:spawner directive \(calls sync\.WaitGroup\.Go with func argument\)$`
	step := func() {
		var wg sync.WaitGroup
		wg.Go(work)
	}
	if b {
		step()
	}
}

func localCalledInLoop(n int) { // want `^function "localCalledInLoop" should have //goroutinectx:spawner directive \(calls errgroup\.Group\.Go with func argument\)$`
	step := func() {
		var grp errgroup.Group
		grp.Go(rebuild)
	}
	for i := 0; i < n; i++ {
		step()
	}
}

// var declaration then assignment.
func localVarThenAssign() { // want `^function "localVarThenAssign" should have //goroutinectx:spawner directive \(calls sync\.WaitGroup\.Go with func argument\)$`
	var step func()
	step = func() {
		var wg sync.WaitGroup
		wg.Go(work)
	}
	step()
}

// var step = func…: a declaration with a value is lifted like :=.
func localVarDecl() { // want `^function "localVarDecl" should have //goroutinectx:spawner directive \(calls sync\.WaitGroup\.Go with func argument\)$`
	var step = func() {
		var wg sync.WaitGroup
		wg.Go(work)
	}
	step()
}

// Deferred call through the variable.
func localDeferred() { // want `^function "localDeferred" should have //goroutinectx:spawner directive \(calls errgroup\.Group\.Go with func argument\)$`
	step := func() {
		var grp errgroup.Group
		grp.Go(rebuild)
	}
	defer step()
}

// The variable is set to nil before the call: a call of nil.
func localNilled() {
	step := func() {
		var wg sync.WaitGroup
		wg.Go(work)
	}
	step = nil
	step()
}

// Assigned after the call: the call sees the first literal only.
func localAssignedAfterCall() {
	step := func() { show(1) }
	step()
	step = func() {
		var wg sync.WaitGroup
		wg.Go(work)
	}
	_ = step
}

// A local variable bound to a declared marked function: a static call of it (SPEC §3.0.4 P10
// "a variable bound to a declared function ... is a static call of it").
func localBoundMarked() { // want `^function "localBoundMarked" should have //goroutinectx:spawner directive \(calls hook with func argument\)$`
	h := hook
	h(work)
}

//goroutinectx:spawner
func localMarkedBound() { // silent: h(work) is a static call of hook
	h := hook
	h(work)
}

// Two values merged: no static callee.
func localMergedDecl(b bool) {
	h := hold
	if b {
		h = hook
	}
	h(work)
}

func hold(func()) {}

// A literal called twice, first in a deferred call: searched once.
func localTwice() { // want `^function "localTwice" should have //goroutinectx:spawner directive \(calls sync\.WaitGroup\.Go with func argument\)$`
	step := func() {
		var wg sync.WaitGroup
		wg.Go(work)
	}
	defer step()
	step()
}

// A named result holding a literal is a local too.
func localNamedResult() (step func()) { // want `^function "localNamedResult" should have //goroutinectx:spawner directive \(calls errgroup\.Group\.Go with func argument\)$`
	step = func() {
		var grp errgroup.Group
		grp.Go(rebuild)
	}
	step()
	return
}

// A parameter reassigned to a literal and called.
func localParamReassigned(step func()) { // want `^function "localParamReassigned" should have //goroutinectx:spawner directive \(calls sync\.WaitGroup\.Go with func argument\)$`
	step = func() {
		var wg sync.WaitGroup
		wg.Go(work)
	}
	step()
}

// Bound in a nested literal, called in the same nested literal (lifted there).
func localInNestedLiteral() { // want `^function "localInNestedLiteral" should have //goroutinectx:spawner directive \(calls sync\.WaitGroup\.Go with func argument\)$`
	func() {
		step := func() {
			var wg sync.WaitGroup
			wg.Go(work)
		}
		step()
	}()
}
