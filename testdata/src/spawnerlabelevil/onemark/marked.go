// Package onemark has its only directive in this file; the other files call the marked
// functions without importing context and without naming any spawning API.
package onemark

//goroutinectx:spawner
func Run(f func()) { go f() }

type Queue struct{}

//goroutinectx:spawner
func (q *Queue) Push(f func()) { go f() }
