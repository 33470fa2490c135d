// Package spawnerlabelindirect passes functions to a marked method of a package it does not
// import.
package spawnerlabelindirect

import "spawnerlabelindirect/maker"

func Submit(f func()) { // want `^function "Submit" should have //goroutinectx:spawner directive \(calls Run with func argument\)$`
	maker.New().Run(f)
}

//goroutinectx:spawner
func Marked(f func()) {
	maker.New().Run(f)
}

func Literal() { // want `^function "Literal" should have //goroutinectx:spawner directive \(calls Run with func argument\)$`
	maker.New().Run(func() {})
}

func NoSpawn() {
	_ = maker.New()
}
