package spawnerlabelevil

import (
	"sync"

	"golang.org/x/sync/errgroup"
)

// Factories for factory.go. Each one whose returned literal captures and spawns is itself
// reported (the capturing literal is searched where it is created).

func spawnLater(wg *sync.WaitGroup) func() { // want `^function "spawnLater" should have //goroutinectx:spawner directive \(calls sync\.WaitGroup\.Go with func argument\)$`
	return func() { wg.Go(work) }
}

func spawnViaVar(grp *errgroup.Group) func() { // want `^function "spawnViaVar" should have //goroutinectx:spawner directive \(calls errgroup\.Group\.Go with func argument\)$`
	f := func() { grp.Go(rebuild) }
	return f
}

type spawnSource struct{ wg sync.WaitGroup }

func (s *spawnSource) later() func() { // want `^function "later" should have //goroutinectx:spawner directive \(calls sync\.WaitGroup\.Go with func argument\)$`
	return func() { s.wg.Go(work) }
}

func plainLater() func() {
	return func() {
		var wg sync.WaitGroup
		wg.Go(work)
	}
}

func counterLater(n int) func() int {
	return func() int { return n }
}

func deepLater(n int) func() {
	return func() {
		_ = n
		_ = func(k int) func() {
			return func() {
				var wg sync.WaitGroup
				wg.Go(func() { show(k) })
			}
		}
	}
}
