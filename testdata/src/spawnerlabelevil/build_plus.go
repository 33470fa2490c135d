// +build ignore

package spawnerlabelevil

// Old-style build constraint: excluded.

func plusBuildSpawns() { hook(work) }
