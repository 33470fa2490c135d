// Package single: a search that follows a left-out function and finds nothing.
package single

// One closure, which spawns nothing: the directive is unnecessary.
func single() func() {
	f := func() {}
	return f
}

func MarkedToo() { // want `function "MarkedToo" has unnecessary //goroutinectx:spawner directive`
	single()()
}
