package spawnerlabelevil

import "golang.org/x/sync/errgroup"

// A method and a function share a name: the method's returned closure spawns.
type clash struct{}

func (c *clash) Make() func() { // want `function "Make" should have //goroutinectx:spawner directive \(calls errgroup.Group.Go with func argument\)`
	x := 1
	return func() {
		_ = x
		var g errgroup.Group
		g.Go(nil)
	}
}

func Make() {}

func (c *clash) Relay() func() { // want `function "Relay" should have //goroutinectx:spawner directive \(calls errgroup.Group.Go with func argument\)`
	y := 1
	return func() {
		_ = y
		c.Make()()
	}
}

func UseRelay(c *clash) { // want `function "UseRelay" should have //goroutinectx:spawner directive \(calls errgroup.Group.Go with func argument\)`
	c.Relay()()
}
