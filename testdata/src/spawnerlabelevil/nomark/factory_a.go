package nomark

import (
	"sync"

	"github.com/sourcegraph/conc/pool"
)

// A factory whose returned capturing literal spawns (reported itself).
func poolLater(p *pool.Pool) func() { // want `^function "poolLater" should have //goroutinectx.spawner directive \(calls pool\.Pool\.Go with func argument\)$`
	return func() { p.Go(work) }
}

type holder struct{ f func() }

// Spawns itself, and returns a pointer: no factory (rule 3 follows returned literals only).
func newHolder(p *pool.Pool) *holder { // want `^function "newHolder" should have //goroutinectx.spawner directive \(calls pool\.Pool\.Go with func argument\)$`
	p.Go(work)
	return &holder{f: func() { p.Go(work) }}
}

type starter struct{ wg sync.WaitGroup }

// A method named like a spawning API that takes no argument: a factory, whose capturing
// literal is searched (and spawns).
func (s *starter) Go() func() { // want `^function "Go" should have //goroutinectx.spawner directive \(calls sync\.WaitGroup\.Go with func argument\)$`
	return func() { s.wg.Go(work) }
}

type mapper struct{}

// Named like conc's Map, taking no argument, returning no function: no factory.
func (mapper) Map() int { return 0 }
