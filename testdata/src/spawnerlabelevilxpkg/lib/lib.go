// Package lib marks spawners for the user package.
package lib

//goroutinectx:spawner
func Spawn(f func()) { go f() }

// SpawnVar holds Spawn: calling it is a dynamic call (a load of a package variable).
var SpawnVar = Spawn

// Pool has a marked method.
type Pool struct{ n int }

//goroutinectx:spawner
func (p *Pool) Submit(f func()) { go f() }

// Alt is marked only in a build-excluded file; this selected declaration is not marked.
func Alt(f func()) { f() }

// Each is a marked generic function.
//
//goroutinectx:spawner
func Each[T any](xs []T, f func(T)) {
	for _, x := range xs {
		go f(x)
	}
}
