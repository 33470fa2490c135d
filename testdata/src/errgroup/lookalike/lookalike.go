// Package errgroup (import path "errgroup/lookalike") mimics golang.org/x/sync/errgroup:
// same package name, same type and method names, different import path. APIs are matched by
// import path (SPEC §3.0.3, §10.1), so nothing called on these types is ever checked.
package errgroup

import "context"

// Group looks like errgroup.Group.
type Group struct{ n int }

// WithContext looks like errgroup.WithContext.
func WithContext(ctx context.Context) (*Group, context.Context) { return &Group{}, ctx }

// Go looks like errgroup.Group.Go.
func (g *Group) Go(f func() error) { g.n++ }

// TryGo looks like errgroup.Group.TryGo.
func (g *Group) TryGo(f func() error) bool { g.n++; return true }

// Wait looks like errgroup.Group.Wait.
func (g *Group) Wait() error { return nil }
