package nomark

import "github.com/sourcegraph/conc/pool"

// A factory whose returned capturing literal spawns (reported itself).
func poolLater(p *pool.Pool) func() { // want `^function "poolLater" should have //goroutinectx.spawner directive \(calls pool\.Pool\.Go with func argument\)$`
	return func() { p.Go(work) }
}
