//go:build go1.25 && !go1.99

package spawnerlabelevil

func currentSpawns() { hook(work) } // want `^function "currentSpawns" should have //goroutinectx:spawner directive \(calls hook with func argument\)$`
