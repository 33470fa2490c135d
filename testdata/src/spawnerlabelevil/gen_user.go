package spawnerlabelevil

// genEmptyMarked is marked in a generated file.
func callGenEmptyMarked() { genEmptyMarked(work) } // want `^function "callGenEmptyMarked" should have //goroutinectx:spawner directive \(calls genEmptyMarked with func argument\)$`

// genBlockIdle is marked in a generated file and takes nothing: no spawn.
func callGenBlockIdle() { genBlockIdle() }
