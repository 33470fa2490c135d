// Package lib declares the spawners that spawnerlabelxpkg calls.
package lib

import (
	"sync"

	"golang.org/x/sync/errgroup"
)

func work() {}

//goroutinectx:spawner
func Spawn(f func()) { go f() }

//goroutinectx:spawner
func SpawnAll(fs ...func()) {
	for _, f := range fs {
		go f()
	}
}

//goroutinectx:spawner
func Tag(name string) { _ = name } // want `^function "Tag" has unnecessary //goroutinectx:spawner directive$`

//goroutinectx:spawner
func Any(v any) { _ = v } // want `^function "Any" has unnecessary //goroutinectx:spawner directive$`

// Pool is a plain type with a marked method.
type Pool struct{ n int }

//goroutinectx:spawner
func (p *Pool) Submit(f func()) { go f() }

//goroutinectx:spawner
func (p *Pool) Drain() { p.n = 0 } // want `^function "Drain" has unnecessary //goroutinectx:spawner directive$`

// Box is a generic type: its marked method is not recognised at call sites (SPEC §11.11).
type Box[T any] struct{ items []T }

//goroutinectx:spawner
func (b *Box[T]) Each(f func(T)) {
	for _, it := range b.items {
		go f(it)
	}
}

// Each is a marked generic function.
//
//goroutinectx:spawner
func Each[T any](xs []T, f func(T)) {
	for _, x := range xs {
		go f(x)
	}
}

// Runner is a plain type with a marked generic method (Go 1.27).
type Runner struct{ n int }

//goroutinectx:spawner
func (r Runner) Each[T any](xs []T, f func(T)) {
	for _, x := range xs {
		go f(x)
	}
}

// Job is a function type; the receiver is no parameter for the "unnecessary" rule.
type Job func()

//goroutinectx:spawner
func (j Job) Run() { go j() } // want `^function "Run" has unnecessary //goroutinectx:spawner directive$`

//goroutinectx:spawner
func Refresh() error { // silent: marked and spawns
	var grp errgroup.Group
	grp.Go(func() error { return nil })
	return grp.Wait()
}

func Fanout(fs []func()) { // want `^function "Fanout" should have //goroutinectx:spawner directive \(calls sync\.WaitGroup\.Go with func argument\)$`
	var wg sync.WaitGroup
	for _, f := range fs {
		wg.Go(f)
	}
	wg.Wait()
}

func FanoutViaSpawn(f func()) { Spawn(f) } // want `^function "FanoutViaSpawn" should have //goroutinectx:spawner directive \(calls Spawn with func argument\)$`

// MakeSpawner returns a capturing literal that spawns: reported here.
func MakeSpawner(wg *sync.WaitGroup) func() { // want `^function "MakeSpawner" should have //goroutinectx:spawner directive \(calls sync\.WaitGroup\.Go with func argument\)$`
	return func() { wg.Go(work) }
}

// Plain takes a function but is not marked and spawns nothing.
func Plain(f func()) { f() }
