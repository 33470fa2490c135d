// Package user calls into lib, lib2 and the look-alike errgroup.
package user

import (
	"spawnerlabelevilxpkg/errgroup"
	"spawnerlabelevilxpkg/lib"
	"spawnerlabelevilxpkg/lib2"
)

func work()          {}
func rebuild() error { return nil }
func show(int)       {}

// A package variable holding a marked function: a dynamic call.
func useSpawnVar() { lib.SpawnVar(work) }

// The alias names lib.Pool; its Submit is the marked method.
func useAlias(p *lib2.P) { p.Submit(work) } // want `^function "useAlias" should have //goroutinectx:spawner directive \(calls Submit with func argument\)$`

// Promoted through a pointer embedding declared in lib2.
func useWrapped(w lib2.Wrapped) { w.Submit(work) } // want `^function "useWrapped" should have //goroutinectx:spawner directive \(calls Submit with func argument\)$`

// Promoted through a value embedding.
func useOwn(o *lib2.Own) { o.Submit(work) } // want `^function "useOwn" should have //goroutinectx:spawner directive \(calls Submit with func argument\)$`

// A method expression of a marked method of another package.
func useMethodExpr(p *lib.Pool) { (*lib.Pool).Submit(p, work) } // want `^function "useMethodExpr" should have //goroutinectx:spawner directive \(calls Submit with func argument\)$`

// A parenthesised callee.
func useParen() { (lib.Spawn)(work) } // want `^function "useParen" should have //goroutinectx:spawner directive \(calls Spawn with func argument\)$`

// The selected declaration of Alt is not marked.
func useAlt() { lib.Alt(work) }

// A local look-alike of errgroup: not the API.
func useFakeGroup() {
	var g errgroup.Group
	g.Go(rebuild)
	_ = g.TryGo(rebuild)
}

// A marked generic function of another package, explicitly instantiated with one argument
// list element that parses like a conversion.
func useEachExplicit() { lib.Each[int](nil, show) } // want `^function "useEachExplicit" should have //goroutinectx:spawner directive \(calls Each with func argument\)$`

// A local function bound to a marked function of another package.
func useBound() { // want `^function "useBound" should have //goroutinectx:spawner directive \(calls Spawn with func argument\)$`
	s := lib.Spawn
	s(work)
}
