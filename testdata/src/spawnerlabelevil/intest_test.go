package spawnerlabelevil

import "testing"

// In-package test file: analysed with the package, and may call the package's marked functions.
func TestSpawn(t *testing.T) { // want `^function "TestSpawn" should have //goroutinectx:spawner directive \(calls hook with func argument\)$`
	hook(func() { t.Log("x") })
}

// A marked function in a test file.
//
//goroutinectx:spawner
func testOnlyMarked(f func()) { go f() }

func testCallsTestOnly() { testOnlyMarked(work) } // want `^function "testCallsTestOnly" should have //goroutinectx:spawner directive \(calls testOnlyMarked with func argument\)$`
