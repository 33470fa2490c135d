// Package lib holds errgroup receivers and callbacks declared in another package than the
// fixture that uses them (SPEC §3.3 "struct fields", §9.2, §9.3). Nothing in it has a context
// parameter, so nothing here is checked.
package lib

import "golang.org/x/sync/errgroup"

// Workers holds groups in exported fields.
type Workers struct {
	Name  string
	Group errgroup.Group
	Ptr   *errgroup.Group
}

// New returns a Workers whose pointer field is set.
func New() *Workers { return &Workers{Ptr: new(errgroup.Group)} }

// NewGroup returns a fresh group: a call result used as a receiver.
func NewGroup() *errgroup.Group { return new(errgroup.Group) }

// Embedded promotes Go and TryGo from an embedded *errgroup.Group.
type Embedded struct {
	*errgroup.Group
}

// Pick returns a callback whose origin the caller's package cannot trace.
func Pick() func() error { return func() error { return nil } }

// Callback is a package-level callback variable of another package.
var Callback = func() error { return nil }

// Make is a factory of another package: never inspected (SPEC §9.3).
func Make() func() error { return func() error { return nil } }
