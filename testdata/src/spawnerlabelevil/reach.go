package spawnerlabelevil

import (
	"os"
	"sync"

	"golang.org/x/sync/errgroup"
)

// Reachability (SPEC §3.7 "code made unreachable ... is not searched"; upstream drops every
// SSA block that no edge reaches from the entry, §3.0.4 P10 lists the same terminators).

// if/else whose both branches return: the block after it has no predecessor.
func reachIfElseBothReturn(b bool) {
	if b {
		return
	} else {
		return
	}
	var wg sync.WaitGroup
	wg.Go(work)
}

// switch with a default whose every clause returns or panics: switch.done is never reached.
func reachSwitchAllReturn(k int) {
	switch k {
	case 1:
		return
	default:
		panic("k")
	}
	var wg sync.WaitGroup
	wg.Go(work)
}

// A bare block ending in return.
func reachBlockReturn() {
	{
		return
	}
	var grp errgroup.Group
	grp.Go(rebuild)
}

// Code after break / continue in the same block is unreachable.
func reachAfterBreak(xs []int) {
	var wg sync.WaitGroup
	for range xs {
		break
		wg.Go(work)
	}
}

func reachAfterContinue(xs []int) {
	var wg sync.WaitGroup
	for range xs {
		continue
		wg.Go(work)
	}
}

// for {} whose only break leaves an inner loop: the outer loop is never left.
func reachInnerBreakOnly() {
	var wg sync.WaitGroup
	for {
		for {
			break
		}
	}
	wg.Go(work)
}

// A break inside a switch or select leaves the switch/select, not the loop.
func reachSwitchBreak(k int) {
	var wg sync.WaitGroup
	for {
		switch k {
		case 1:
			break
		}
	}
	wg.Go(work)
}

func reachSelectBreak(ch chan int) {
	var wg sync.WaitGroup
	for {
		select {
		case <-ch:
			break
		case ch <- 1:
		}
	}
	wg.Go(work)
}

// A labelled break from the inner loop does leave the outer loop: reachable.
func reachLabelledBreak() { // want `^function "reachLabelledBreak" should have //goroutinectx:spawner directive \(calls sync\.WaitGroup\.Go with func argument\)$`
	var wg sync.WaitGroup
outer:
	for {
		for {
			break outer
		}
	}
	wg.Go(work)
}

// `for true {}` has a condition: the loop exit edge exists (SSA does not fold it).
func reachForTrue() { // want `^function "reachForTrue" should have //goroutinectx:spawner directive \(calls sync\.WaitGroup\.Go with func argument\)$`
	var wg sync.WaitGroup
	for true {
	}
	wg.Go(work)
}

// `if false { … }` is not folded either.
const debug = false

func reachIfFalse() { // want `^function "reachIfFalse" should have //goroutinectx:spawner directive \(calls errgroup\.Group\.Go with func argument\)$`
	if debug {
		var grp errgroup.Group
		grp.Go(rebuild)
	}
}

// os.Exit is an ordinary call: what follows is reachable.
func reachAfterExit() { // want `^function "reachAfterExit" should have //goroutinectx:spawner directive \(calls sync\.WaitGroup\.Go with func argument\)$`
	var wg sync.WaitGroup
	os.Exit(1)
	wg.Go(work)
}

// A marked function whose only spawn follows os.Exit does spawn: no "unnecessary".
//
//goroutinectx:spawner
func reachMarkedAfterExit() {
	var wg sync.WaitGroup
	os.Exit(2)
	wg.Go(work)
}

// A local function named panic is no builtin.
func reachShadowedPanic() { // want `^function "reachShadowedPanic" should have //goroutinectx:spawner directive \(calls sync\.WaitGroup\.Go with func argument\)$`
	panic := func(string) {}
	var wg sync.WaitGroup
	panic("not really")
	wg.Go(work)
}

//goroutinectx:spawner
func reachMarkedShadowedPanic() {
	panic := func(any) {}
	panic(1)
	hook(work)
}

// The builtin panic in parentheses is still the builtin.
func reachParenPanic() {
	var wg sync.WaitGroup
	(panic)("boom")
	wg.Go(work)
}

// select {} blocks forever.
func reachEmptySelect() {
	var wg sync.WaitGroup
	select {}
	wg.Go(work)
}

// A select whose every case returns.
func reachSelectAllReturn(a, b chan int) {
	select {
	case <-a:
		return
	case <-b:
		return
	}
	var wg sync.WaitGroup
	wg.Go(work)
}

// A backward goto: the statements after it are unreachable.
func reachBackwardGoto(n int) {
	var wg sync.WaitGroup
again:
	n--
	if n > 0 {
		goto again
	}
	goto again
	wg.Go(work)
}

// A forward goto jumps over the spawn; the label's statement is reachable.
func reachGotoOver() { // want `^function "reachGotoOver" should have //goroutinectx:spawner directive \(calls errgroup\.Group\.TryGo with func argument\)$`
	var wg sync.WaitGroup
	var grp errgroup.Group
	goto done
	wg.Go(work)
done:
	grp.TryGo(rebuild)
}

// A label only targeted by a goto that is itself unreachable stays unreachable.
func reachDeadGoto() {
	var wg sync.WaitGroup
	return
	goto tail
tail:
	wg.Go(work)
}

// An unreachable capturing literal is not searched either.
func reachDeadClosure() {
	var wg sync.WaitGroup
	return
	_ = func() { wg.Go(work) }
}

// Return inside a nested block of a branch does not hide what follows the branch.
func reachReturnNested(b bool) { // want `^function "reachReturnNested" should have //goroutinectx:spawner directive \(calls sync\.WaitGroup\.Go with func argument\)$`
	var wg sync.WaitGroup
	if b {
		{
			return
		}
	}
	wg.Go(work)
}

// for {} that returns from inside but never breaks: the code after it is unreachable.
func reachLoopReturnOnly(ch chan int) {
	for {
		if <-ch == 0 {
			return
		}
	}
	var wg sync.WaitGroup
	wg.Go(work)
}

// A loop left by goto: the statement right after the loop is unreachable, the label is not.
func reachLoopGotoOut() { // want `^function "reachLoopGotoOut" should have //goroutinectx:spawner directive \(calls errgroup\.Group\.Go with func argument\)$`
	var wg sync.WaitGroup
	var grp errgroup.Group
	for {
		goto out
	}
	wg.Go(work)
out:
	grp.Go(rebuild)
}

// Unreachable code inside an invoked literal.
func reachInLiteral() {
	func() {
		return
		var wg sync.WaitGroup
		wg.Go(work)
	}()
}

// A type switch whose every clause returns.
func reachTypeSwitchAllReturn(v any) {
	switch v.(type) {
	case int:
		return
	default:
		return
	}
	var wg sync.WaitGroup
	wg.Go(work)
}
