//go:build !spawnerevil_never

package spawnerevil

// The selected variants: tagged is not marked here, tagged2 is.

func tagged(f func()) { f() }

//goroutinectx:spawner
func tagged2(f func()) { go f() }
