// Package lib declares WaitGroup holders outside the fixture package, so that the receiver
// type of `x.Go(...)` must be read from another package's source (SPEC §10.3, §10.4). It has
// no function with a context parameter: nothing in it is checked.
package lib

import "sync"

// Runner holds wait groups in named fields.
type Runner struct {
	WG   sync.WaitGroup
	Ptr  *sync.WaitGroup
	Name string
}

// Group embeds sync.WaitGroup: its Go method is promoted.
type Group struct {
	sync.WaitGroup
	Label string
}

// NewGroup returns a fresh wait group (the receiver of `lib.NewGroup().Go(...)`).
func NewGroup() *sync.WaitGroup { return new(sync.WaitGroup) }

// Pool is a lookalike: a Go(func()) method of a type that is not sync.WaitGroup.
type Pool struct{ n int }

// Go runs f synchronously.
func (p *Pool) Go(f func()) {
	p.n++
	f()
}

// MakeJob is a factory of another package (P6: such factories always pass).
func MakeJob() func() { return func() {} }

// Job is a plain function of another package.
func Job() {}
