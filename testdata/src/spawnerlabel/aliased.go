package spawnerlabel

// Display names come from the import path, never from the local package name (SPEC §3.0.3).

import (
	syn "sync"

	. "github.com/sourcegraph/conc/iter"
	eg "golang.org/x/sync/errgroup"
)

func aliasedGroup() error { // want `^function "aliasedGroup" should have //goroutinectx:spawner directive \(calls errgroup\.Group\.TryGo with func argument\)$`
	var g eg.Group
	g.TryGo(rebuild)
	return g.Wait()
}

func aliasedWaitGroup() { // want `^function "aliasedWaitGroup" should have //goroutinectx:spawner directive \(calls sync\.WaitGroup\.Go with func argument\)$`
	var wg syn.WaitGroup
	wg.Go(work)
	wg.Wait()
}

func dotForEach(xs []int) { ForEach(xs, touch) } // want `^function "dotForEach" should have //goroutinectx:spawner directive \(calls iter\.ForEach with func argument\)$`

func dotMapper(xs []int) []int { return Mapper[int, int]{}.Map(xs, double) } // want `^function "dotMapper" should have //goroutinectx:spawner directive \(calls iter\.Mapper\.Map with func argument\)$`

// A local type named like an API type, in a file that dot-imports conc/iter.
type Iter struct{}

func (Iter) ForEach(xs []int, f func(*int)) {}

func localForEach(xs []int) { Iter{}.ForEach(xs, touch) }
