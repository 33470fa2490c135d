// Package spawnerlabelxpkg calls spawners marked in spawnerlabelxpkg/lib.
package spawnerlabelxpkg

import (
	"sync"

	"spawnerlabelxpkg/lib"
)

func work()    {}
func show(int) {}

func useSpawn() { lib.Spawn(func() {}) } // want `^function "useSpawn" should have //goroutinectx:spawner directive \(calls Spawn with func argument\)$`

func useSpawnNamed() { lib.Spawn(work) } // want `^function "useSpawnNamed" should have //goroutinectx:spawner directive \(calls Spawn with func argument\)$`

func useSpawnAll() { lib.SpawnAll(work, work) } // want `^function "useSpawnAll" should have //goroutinectx:spawner directive \(calls SpawnAll with func argument\)$`

func useSpawnAllEmpty() { lib.SpawnAll() } // want `^function "useSpawnAllEmpty" should have //goroutinectx:spawner directive \(calls SpawnAll with func argument\)$`

func useTag() { lib.Tag("x") } // silent: no function-typed argument

func useAny() { lib.Any(func() {}) } // silent: the literal is converted to any

func usePool(p *lib.Pool) { p.Submit(work) } // want `^function "usePool" should have //goroutinectx:spawner directive \(calls Submit with func argument\)$`

func useDrain(p *lib.Pool) { p.Drain() } // silent: the receiver is no function

func useBox(b *lib.Box[int]) { b.Each(show) } // silent: marked method of a generic type

func useEachInferred(xs []int) { lib.Each(xs, show) } // want `^function "useEachInferred" should have //goroutinectx:spawner directive \(calls Each with func argument\)$`

func useEachExplicit(xs []int) { lib.Each[int](xs, show) } // want `^function "useEachExplicit" should have //goroutinectx:spawner directive \(calls Each with func argument\)$`

func useRunnerInferred(r lib.Runner, xs []int) { r.Each(xs, show) } // want `^function "useRunnerInferred" should have //goroutinectx:spawner directive \(calls Each with func argument\)$`

func useRunnerExplicit(xs []int) { lib.Runner{}.Each[int](xs, show) } // want `^function "useRunnerExplicit" should have //goroutinectx:spawner directive \(calls Each with func argument\)$`

func useJob() { lib.Job(work).Run() } // want `^function "useJob" should have //goroutinectx:spawner directive \(calls Run with func argument\)$`

func useRefresh() error { return lib.Refresh() } // silent: marked, but no function-typed argument

func useFanout() { lib.Fanout([]func(){work}) } // silent: Fanout is not marked

func usePlain() { lib.Plain(work) } // silent: Plain is not marked

// The higher-order rule covers functions of this package only.
func useMakeSpawner() {
	var wg sync.WaitGroup
	_ = lib.MakeSpawner(&wg)
}

func useGenSpawn() { lib.GenSpawn(work) } // want `^function "useGenSpawn" should have //goroutinectx:spawner directive \(calls GenSpawn with func argument\)$`

func useGenIdle() { lib.GenIdle() } // silent

func useGenFanout() { lib.GenFanout(work) } // silent: GenFanout is not marked

//goroutinectx:spawner
func wrapSpawn() { lib.Spawn(work) } // silent: marked and spawns

//goroutinectx:spawner
func wrapTag() { lib.Tag("y") } // want `^function "wrapTag" has unnecessary //goroutinectx:spawner directive$`

//goroutinectx:ignore spawnerlabel
func ignoredUse() { lib.Spawn(work) }

// Interface calls never count, even when the dynamic type's method is marked.
type submitter interface{ Submit(func()) }

func viaInterface(s submitter) { s.Submit(work) }

func viaInterfaceValue() {
	var s submitter = &lib.Pool{}
	s.Submit(work)
}

func captureSpawn(p *lib.Pool) { // want `^function "captureSpawn" should have //goroutinectx:spawner directive \(calls Submit with func argument\)$`
	_ = func() { p.Submit(work) }
}

func goSpawn() { go lib.Spawn(work) } // want `^function "goSpawn" should have //goroutinectx:spawner directive \(calls Spawn with func argument\)$`

func goPlain() { go lib.Plain(work) } // silent
