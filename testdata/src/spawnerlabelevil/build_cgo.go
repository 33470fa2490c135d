//go:build cgo

package spawnerlabelevil

// cgo is on by default (SPEC §1.2).

func cgoSpawns() { hook(work) } // want `^function "cgoSpawns" should have //goroutinectx:spawner directive \(calls hook with func argument\)$`
