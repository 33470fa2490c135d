// Package errgroup is a local look-alike of golang.org/x/sync/errgroup at another path: no
// spawning API (SPEC §3.0.3 matches by import path).
package errgroup

type Group struct{}

func (g *Group) Go(f func() error) { _ = f }

func (g *Group) TryGo(f func() error) bool { return f != nil }
