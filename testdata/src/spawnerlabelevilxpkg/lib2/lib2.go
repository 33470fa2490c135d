// Package lib2 re-exports lib's Pool through an alias and embeds it.
package lib2

import (
	"golang.org/x/sync/errgroup"

	"spawnerlabelevilxpkg/lib"
)

// P is lib.Pool: its Submit is lib's marked method.
type P = lib.Pool

// Wrapped embeds *lib.Pool: Submit is promoted.
type Wrapped struct{ *lib.Pool }

// Own is a defined type over a struct embedding lib.Pool by value.
type Own struct{ lib.Pool }

// Grp embeds errgroup.Group: Go and TryGo are promoted.
type Grp struct {
	errgroup.Group
	name string
}

// NewGrp returns a *Grp.
func NewGrp() *Grp { return &Grp{} }
