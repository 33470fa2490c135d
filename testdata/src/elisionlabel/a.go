// Package elisionlabel: spawnerlabel's search follows functions whose bodies hold no
// spawning name, which the first parse leaves out.
package elisionlabel

// pick returns one of two closures: the search cannot tell which one runs, so a caller's
// search is uncertain, and Marked's directive is not called unnecessary.
func pick(b bool) func() {
	var f func()
	if b {
		f = func() {}
	} else {
		f = func() {}
	}
	return f
}

func Marked() {
	pick(true)()
}
