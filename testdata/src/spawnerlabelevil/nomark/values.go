package nomark

import (
	"sync"

	"golang.org/x/sync/errgroup"
)

// Spawning APIs taken as function values and called later: each declaration's pre-check
// counts mentions, not only calls. (This file is also selected by selectsTheFile below;
// valuesonly.go has values and no call of an API's name.)

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

// With a call of a spawning API elsewhere in the file, the file is selected and method
// values are found (the declaration's own pre-check counts mentions).
func selectsTheFile(g *errgroup.Group) { // want `^function "selectsTheFile" should have //goroutinectx.spawner directive \(calls errgroup\.Group\.Go with func argument\)$`
	g.Go(rebuild)
}
