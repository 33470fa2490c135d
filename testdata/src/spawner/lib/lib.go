// Package lib declares spawners used from another package (SPEC §12.2: directives are
// honoured across packages unless -cross-package-spawners=false).
package lib

// Run starts every job in its own goroutine.
//
//goroutinectx:spawner
func Run(jobs ...func()) {
	for _, j := range jobs {
		go j()
	}
}

// Plain is not marked.
func Plain(f func()) { f() }

// Pool runs submitted work.
type Pool struct{ n int }

// Submit is a marked method.
//
//goroutinectx:spawner
func (p *Pool) Submit(f func()) { go f() }
