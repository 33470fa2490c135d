package spawnerlabelxfile

import "sync"

func work() {}

// Returns a capturing literal that spawns: reported itself (the capturing literal is
// searched where it is written).
func spawnLater(wg *sync.WaitGroup) func() { // want `^function "spawnLater" should have //goroutinectx:spawner directive \(calls sync\.WaitGroup\.Go with func argument\)$`
	return func() { wg.Go(work) }
}

// Returns a capturing literal that only calls spawnLater: rule 3 inside it.
func chain(wg *sync.WaitGroup) func() { // want `^function "chain" should have //goroutinectx:spawner directive \(calls sync\.WaitGroup\.Go with func argument\)$`
	return func() { _ = spawnLater(wg) }
}

// Capturing, but spawns nothing.
func quietLater(n int) func() int {
	return func() int { return n }
}

// Spawns, but the returned literal captures nothing: not rule 3, and not searched.
func nonCapturing() func() {
	return func() {
		var wg sync.WaitGroup
		wg.Go(work)
	}
}

// Spawns directly, returns nothing: calling it is no spawn call (rule 3 is about returned
// literals).
func spawnsNow(wg *sync.WaitGroup) { // want `^function "spawnsNow" should have //goroutinectx:spawner directive \(calls sync\.WaitGroup\.Go with func argument\)$`
	wg.Go(work)
}

// Two factories that return literals calling each other: the search ends.
func cycA(n int) func() { return func() { _ = cycB(n) } }

func spawnLaterG[T any](wg *sync.WaitGroup, x T) func() { // want `^function "spawnLaterG" should have //goroutinectx:spawner directive \(calls sync\.WaitGroup\.Go with func argument\)$`
	return func() { wg.Go(work); _ = x }
}
