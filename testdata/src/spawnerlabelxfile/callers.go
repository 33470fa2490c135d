package spawnerlabelxfile

import "sync"

// Its functions spawn only through the factories of factories.go (the file is selected by
// spawnsHere, which names a spawning API).

func spawnsHere(wg *sync.WaitGroup) { // want `^function "spawnsHere" should have //goroutinectx:spawner directive \(calls sync\.WaitGroup\.Go with func argument\)$`
	wg.Go(work)
}

func callsSpawnLater() { // want `^function "callsSpawnLater" should have //goroutinectx:spawner directive \(calls sync\.WaitGroup\.Go with func argument\)$`
	var wg sync.WaitGroup
	_ = spawnLater(&wg)
}

func callsChain() { // want `^function "callsChain" should have //goroutinectx:spawner directive \(calls sync\.WaitGroup\.Go with func argument\)$`
	var wg sync.WaitGroup
	_ = chain(&wg)
}

func callsQuiet() {
	_ = quietLater(1)
}

func callsNonCapturing() {
	_ = nonCapturing()
}

func callsSpawnsNow() {
	var wg sync.WaitGroup
	spawnsNow(&wg)
}

func callsCycle() {
	_ = cycA(1)
}

// The factory's result is called at once: still the call of spawnLater that spawns.
func callsAndRuns() { // want `^function "callsAndRuns" should have //goroutinectx:spawner directive \(calls sync\.WaitGroup\.Go with func argument\)$`
	var wg sync.WaitGroup
	spawnLater(&wg)()
}

// A factory bound to a local variable is a static call of it.
func callsViaLocal() { // want `^function "callsViaLocal" should have //goroutinectx:spawner directive \(calls sync\.WaitGroup\.Go with func argument\)$`
	var wg sync.WaitGroup
	mk := spawnLater
	_ = mk(&wg)
}

// An explicitly instantiated generic factory is the same static callee as an inferred one.
func callsGenericExplicit() { // want `^function "callsGenericExplicit" should have //goroutinectx:spawner directive \(calls sync\.WaitGroup\.Go with func argument\)$`
	var wg sync.WaitGroup
	_ = spawnLaterG[int](&wg, 1)
}

func callsGenericInferred() { // want `^function "callsGenericInferred" should have //goroutinectx:spawner directive \(calls sync\.WaitGroup\.Go with func argument\)$`
	var wg sync.WaitGroup
	_ = spawnLaterG(&wg, 1)
}
