//go:build never

package lib

//goroutinectx:spawner
func Alt(f func()) { go f() }
