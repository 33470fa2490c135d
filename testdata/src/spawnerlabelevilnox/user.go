// Package spawnerlabelevilnox calls lib's marked functions: not spawn calls here.
package spawnerlabelevilnox

import (
	"sync"

	"spawnerlabelevilnox/lib"
)

func work() {}

func useSpawn() { lib.Spawn(work) }

func usePool(p *lib.Pool) { p.Submit(work) }

type wrapped struct{ *lib.Pool }

func useWrapped(w wrapped) { w.Submit(work) }

// A local marked function still counts.
//
//goroutinectx:spawner
func local(f func()) { lib.Spawn(f) } // silent: has a func parameter

func useLocal() { local(work) } // want `^function "useLocal" should have //goroutinectx:spawner directive \(calls local with func argument\)$`

// The only "spawn" of this marked function is a call of lib's marked function: none here.
//
//goroutinectx:spawner
func wrapLib() { lib.Spawn(work) } // want `^function "wrapLib" has unnecessary //goroutinectx:spawner directive$`

// APIs still count.
func useWG() { // want `^function "useWG" should have //goroutinectx:spawner directive \(calls sync\.WaitGroup\.Go with func argument\)$`
	var wg sync.WaitGroup
	wg.Go(work)
}

//goroutinectx:spawner
func Marked(f func()) { go f() }
