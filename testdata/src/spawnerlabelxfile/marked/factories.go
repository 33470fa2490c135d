package marked

import "sync"

func work() {}

func spawnLater(wg *sync.WaitGroup) func() { // want `^function "spawnLater" should have //goroutinectx:spawner directive \(calls sync\.WaitGroup\.Go with func argument\)$`
	return func() { wg.Go(work) }
}

func quietLater(n int) func() int {
	return func() int { return n }
}

//goroutinectx:spawner
func run(f func()) { go f() }

// Returns a capturing literal that calls the marked run with a function.
func runLater(f func()) func() { // want `^function "runLater" should have //goroutinectx:spawner directive \(calls run with func argument\)$`
	return func() { run(f) }
}
