// Package runner marks a spawner method.
package runner

// Pool runs functions on its own goroutines.
type Pool struct{}

// Run runs f on another goroutine.
//
//goroutinectx:spawner
func (Pool) Run(f func()) { go f() }
