// Stub of github.com/sourcegraph/conc embedded in goroutinectx: declarations only.

// Package conc provides structured concurrency helpers.
package conc

// NewWaitGroup creates a new WaitGroup.
func NewWaitGroup() *WaitGroup { return &WaitGroup{} }

// WaitGroup is the primary building block for scoped concurrency.
// Goroutines can be spawned in the WaitGroup with the Go method,
// and calling Wait() will ensure that each of those goroutines exits
// before continuing.
type WaitGroup struct {
	n int
}

// Go spawns a new goroutine in the WaitGroup.
func (h *WaitGroup) Go(f func()) { panic("stub") }

// Wait will block until all goroutines spawned with Go exit and will
// propagate any panics spawned in a child goroutine.
func (h *WaitGroup) Wait() { panic("stub") }

// WaitAndRecover will block until all goroutines spawned with Go exit and
// will return a *Recovered if one of the child goroutines panics.
func (h *WaitGroup) WaitAndRecover() *Recovered { panic("stub") }

// Recovered is a panic that was recovered. Upstream this type lives in
// github.com/sourcegraph/conc/panics; the stub declares it here so that the
// package has no further dependencies.
type Recovered struct {
	Value   any
	Callers []uintptr
	Stack   []byte
}

// Pool is a goroutine pool whose Go method spawns its argument. (Listed in
// goroutinectx's API table as conc.Pool.Go.)
type Pool struct {
	limit int
}

// Go submits a task to be run in the pool.
func (p *Pool) Go(f func()) { panic("stub") }

// Wait cleans up spawned goroutines and propagates any panics.
func (p *Pool) Wait() { panic("stub") }
