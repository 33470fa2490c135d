//go:build spawnerevil_never

package spawnerevil

// This file is excluded by its build constraint: its directives do not count.

//goroutinectx:spawner
func tagged(f func()) { go f() }

func tagged2(f func()) { f() }
