// Package spawnerlabelshadow declares a type named like a predeclared one: in this package
// `rune` is a function type.
package spawnerlabelshadow

import "sync"

type rune func()

func mk(wg *sync.WaitGroup) rune { // want `^function "mk" should have //goroutinectx:spawner directive \(calls sync\.WaitGroup\.Go with func argument\)$`
	return func() { wg.Go(func() {}) }
}

// Returns the predeclared string: no function.
func name(wg *sync.WaitGroup) string { // want `^function "name" should have //goroutinectx:spawner directive \(calls sync\.WaitGroup\.Go with func argument\)$`
	wg.Go(func() {})
	return "x"
}
