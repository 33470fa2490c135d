//go:build ignore

package spawnerlabelevil

func taggedOutSpawns() { hook(work) }

// The build-selected declaration of altSpawner (alt.go) is not marked; this one is.
//
//goroutinectx:spawner
func altSpawner(f func()) { go f() }

// In the selected files switchable is a struct (alt.go).
type switchable func()
