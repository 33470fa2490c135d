//go:build go1.99

package spawnerlabelevil

func futureSpawns() { hook(work) }
