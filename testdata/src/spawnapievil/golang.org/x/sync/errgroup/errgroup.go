// Package errgroup has errgroup's package name and API shapes, but its import path is
// "spawnapievil/golang.org/x/sync/errgroup" (a suffix of the real path is not the real path).
package errgroup

// Group looks like errgroup.Group.
type Group struct{ n int }

// Go runs f synchronously.
func (g *Group) Go(f func() error) { g.n++; _ = f() }

// TryGo runs f synchronously.
func (g *Group) TryGo(f func() error) bool { g.n++; return f() == nil }
