package nomark

import "sync"

// A parenthesised callee.
func parenCallee() { // want `^function "parenCallee" should have //goroutinectx.spawner directive \(calls sync\.WaitGroup\.Go with func argument\)$`
	var wg sync.WaitGroup
	(wg.Go)(work)
}
