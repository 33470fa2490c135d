// Package lib holds receivers and callbacks declared in another package. Nothing in it has a
// context or carrier parameter, so nothing here is checked.
package lib

import (
	"context"

	"github.com/sourcegraph/conc/pool"
	"golang.org/x/sync/errgroup"
)

// Pair returns a group first.
func Pair() (*errgroup.Group, error) { return new(errgroup.Group), nil }

// Swap returns a group second.
func Swap() (error, *errgroup.Group) { return nil, new(errgroup.Group) }

// Holder hands out a group through a method.
type Holder struct{ g errgroup.Group }

// Group returns the held group.
func (h *Holder) Group() *errgroup.Group { return &h.g }

// Pools holds pools in exported fields.
type Pools struct {
	Errs    *pool.ErrorPool
	Results *pool.ResultPool[string]
}

// NewPools builds a Pools.
func NewPools() Pools { return Pools{Errs: pool.New().WithErrors()} }

// Embedded promotes Go and TryGo from an embedded *errgroup.Group.
type Embedded struct {
	*errgroup.Group
}

// Grouper is a named interface of another package with errgroup's method set.
type Grouper interface {
	Go(func() error)
	TryGo(func() error) bool
}

// Ctx is an alias of context.Context declared in another package.
type Ctx = context.Context

// Background returns a context through a function of another package.
func Background() context.Context { return context.Background() }

// MakeJob is a factory of another package whose literal ignores contexts.
func MakeJob() func() error { return func() error { return nil } }

// Hook is a package-level callback variable of another package, assigned in its declaring
// file.
var Hook func() error

func init() { Hook = func() error { return nil } }
