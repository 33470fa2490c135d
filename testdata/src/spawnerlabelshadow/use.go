package spawnerlabelshadow

import "sync"

// mk, declared in the other file, returns this package's `rune`: a function. Its capturing
// literal spawns, so the call spawns.
func useRune() { // want `^function "useRune" should have //goroutinectx:spawner directive \(calls sync\.WaitGroup\.Go with func argument\)$`
	var wg sync.WaitGroup
	_ = mk(&wg)
}

// name returns a string: its spawn is its own, not the caller's.
func useString() {
	var wg sync.WaitGroup
	_ = name(&wg)
}
