// Code generated  DO NOT EDIT.

// Two spaces: the part between prefix and suffix is empty, which is allowed: generated.
package spawnerlabelevil

func genEmptySpawns() { hook(work) }

// genEmptyMarked's directive still counts at call sites (SPEC §1.2).
//
//goroutinectx:spawner
func genEmptyMarked(f func()) { go f() }

type genFunc func()
