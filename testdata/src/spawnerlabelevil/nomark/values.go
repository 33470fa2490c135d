package nomark

import (
	"sync"

	"golang.org/x/sync/errgroup"
)

// Spawning APIs taken as function values and called later: the lexical pre-checks count
// mentions, not only calls (no directive text may appear in this package).

func methodValueAPI() { // want `^function "methodValueAPI" should have //goroutinectx.spawner directive \(calls errgroup\.Group\.Go with func argument\)$`
	var g errgroup.Group
	gofn := g.Go
	gofn(rebuild)
}

func methodExprVar(g *errgroup.Group) { // want `^function "methodExprVar" should have //goroutinectx.spawner directive \(calls errgroup\.Group\.Go with func argument\)$`
	f := (*errgroup.Group).Go
	f(g, rebuild)
}

func deferredValue() { // want `^function "deferredValue" should have //goroutinectx.spawner directive \(calls sync\.WaitGroup\.Go with func argument\)$`
	var wg sync.WaitGroup
	run := wg.Go
	defer run(func() {})
}

// A value never called: no spawn call.
func valueOnly() {
	var wg sync.WaitGroup
	_ = wg.Go
}
