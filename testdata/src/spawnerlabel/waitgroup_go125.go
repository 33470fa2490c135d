//go:build go1.25

package spawnerlabel

// sync.WaitGroup.Go exists from Go 1.25 on; the fallback in waitgroup_legacy.go must not be
// selected (SPEC §1.2).

import "sync"

func ping(string) {}

func pingAll(targets []string) { // want `^function "pingAll" should have //goroutinectx:spawner directive \(calls sync\.WaitGroup\.Go with func argument\)$`
	var wg sync.WaitGroup
	for _, t := range targets {
		wg.Go(func() { ping(t) })
	}
	wg.Wait()
}

//goroutinectx:spawner
func pingEach(targets []string, f func(string)) { // silent
	var wg sync.WaitGroup
	for _, t := range targets {
		wg.Go(func() { f(t) })
	}
	wg.Wait()
}

//goroutinectx:spawner
func pingIdle(targets []string) { // want `^function "pingIdle" has unnecessary //goroutinectx:spawner directive$`
	for _, t := range targets {
		ping(t)
	}
}

func callsPingEach() { pingEach(nil, ping) } // want `^function "callsPingEach" should have //goroutinectx:spawner directive \(calls pingEach with func argument\)$`

// The classic Add/Done + go pattern makes no spawn call.
func addDone() {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		ping("x")
	}()
	wg.Wait()
}
