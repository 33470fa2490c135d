// Stub of a worker library named by -external-spawner in the spawnerexternal fixture:
// nothing here carries a directive.

// Package workers runs functions in the background.
package workers

// Submit runs f in the background.
func Submit(f func()) { go f() }

// Later is not configured.
func Later(f func()) { go f() }

// Pool is a worker pool.
type Pool struct{ size int }

// New makes a pool.
func New(size int) *Pool { return &Pool{size: size} }

// Go runs f on the pool.
func (p *Pool) Go(f func()) { go f() }

// Wait is not configured.
func (p *Pool) Wait(f func()) { f() }

// Runner is an interface; its Run method is configured.
type Runner interface {
	Run(f func())
}

// Group is generic; external specs match its methods by name.
type Group[T any] struct{ items []T }

// Add runs f.
func (g *Group[T]) Add(f func() T) { go f() }
