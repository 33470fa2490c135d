package spawnerlabelevil

import "sync"

// More reachability (SPEC §3.7, §3.0.4 P10: upstream drops unreachable SSA blocks).

// A deferred or spawned panic does not end the block.
func reachDeferPanic() { // want `^function "reachDeferPanic" should have //goroutinectx:spawner directive \(calls sync\.WaitGroup\.Go with func argument\)$`
	var wg sync.WaitGroup
	defer panic("later")
	wg.Go(work)
}

func reachGoPanic() { // want `^function "reachGoPanic" should have //goroutinectx:spawner directive \(calls sync\.WaitGroup\.Go with func argument\)$`
	var wg sync.WaitGroup
	go panic("elsewhere")
	wg.Go(work)
}

// A labelled endless loop that only continues.
func reachLabelledEndless() {
	var wg sync.WaitGroup
spin:
	for {
		continue spin
	}
	wg.Go(work)
}

// An endless loop inside a block.
func reachBlockEndless() {
	var wg sync.WaitGroup
	{
		for {
		}
	}
	wg.Go(work)
}

// A labelled empty select.
func reachLabelledSelect() {
	var wg sync.WaitGroup
forever:
	select {}
	wg.Go(work)
	goto forever
}

// A fallthrough into a returning default.
func reachFallthrough(k int) {
	switch k {
	case 1:
		fallthrough
	default:
		return
	}
	var wg sync.WaitGroup
	wg.Go(work)
}

// A marked function whose only spawn follows an if/else that returns on both sides makes no
// spawn call: its directive is unnecessary.
//
//goroutinectx:spawner
func markedDeadSpawn(b bool) { // want `^function "markedDeadSpawn" has unnecessary //goroutinectx:spawner directive$`
	if b {
		return
	} else {
		return
	}
	hook(work)
}

// Go's "terminating statement" rules are syntactic (last statement of a block); SSA drops
// every block no edge reaches, which covers more.

// The only break of the loop sits after a return: it is never executed, so the loop is never
// left.
func reachBreakAfterReturn() {
	var wg sync.WaitGroup
	for {
		return
		break
	}
	wg.Go(work)
}

// Both branches return, though the then block does not end with its return.
func reachIfReturnNotLast(b bool) {
	if b {
		return
		show(1)
	} else {
		return
	}
	var wg sync.WaitGroup
	wg.Go(work)
}

// A block whose return is not its last statement.
func reachBlockReturnNotLast() {
	{
		return
		show(2)
	}
	var wg sync.WaitGroup
	wg.Go(work)
}

// Every clause of a switch with default ends in a goto back to the top.
func reachSwitchGotos(k int) {
top:
	switch k {
	case 1:
		goto top
	default:
		goto top
	}
	var wg sync.WaitGroup
	wg.Go(work)
}
