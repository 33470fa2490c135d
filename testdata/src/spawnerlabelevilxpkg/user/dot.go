package user

import . "spawnerlabelevilxpkg/lib"

// A dot-imported marked function.
func useDot() { Spawn(work) } // want `^function "useDot" should have //goroutinectx:spawner directive \(calls Spawn with func argument\)$`

// A local type embedding the dot-imported Pool.
type local struct{ Pool }

func useDotEmbed(l *local) { l.Submit(work) } // want `^function "useDotEmbed" should have //goroutinectx:spawner directive \(calls Submit with func argument\)$`
