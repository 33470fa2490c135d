package nomark

import (
	"sync"

	"golang.org/x/sync/errgroup"
)

// Spawning APIs taken as function values in a file that calls no spawning API's name: the
// file prefilter selects it for the values (a selected mention that is not called).

func onlyMethodValue() { // want `^function "onlyMethodValue" should have //goroutinectx.spawner directive \(calls errgroup\.Group\.Go with func argument\)$`
	var g errgroup.Group
	gofn := g.Go
	gofn(rebuild)
}

// Parenthesised, and deferred.
func onlyParenValue() { // want `^function "onlyParenValue" should have //goroutinectx.spawner directive \(calls sync\.WaitGroup\.Go with func argument\)$`
	var wg sync.WaitGroup
	run := (wg.Go)
	defer run(work)
}

// Passed on: called elsewhere, if at all.
func passedOn(wg *sync.WaitGroup, use func(func(func()))) {
	use(wg.Go)
}

func onlyMethodExpr(wg *sync.WaitGroup) { // want `^function "onlyMethodExpr" should have //goroutinectx.spawner directive \(calls sync\.WaitGroup\.Go with func argument\)$`
	f := (*sync.WaitGroup).Go
	f(wg, work)
}

// `sync.Map` is a type: nothing taken.
func onlyType() int {
	var m sync.Map
	n := 0
	m.Range(func(any, any) bool { n++; return true })
	return n
}

// Indexing is no instantiation: a function taken from a slice is called dynamically.
func fromSlice(wg *sync.WaitGroup) {
	fs := []func(func()){wg.Go}
	f := fs[0]
	f(work)
}
