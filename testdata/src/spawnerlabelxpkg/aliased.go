package spawnerlabelxpkg

// The local name of the import does not matter.

import spw "spawnerlabelxpkg/lib"

func aliasedSpawn() { spw.Spawn(work) } // want `^function "aliasedSpawn" should have //goroutinectx:spawner directive \(calls Spawn with func argument\)$`

func aliasedPoolValue() { // want `^function "aliasedPoolValue" should have //goroutinectx:spawner directive \(calls Submit with func argument\)$`
	var p spw.Pool
	p.Submit(work)
}

func aliasedTag() { spw.Tag("z") } // silent
