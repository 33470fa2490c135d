package nomark

import . "github.com/sourcegraph/conc/iter"

func touch(*int) {}

// A dot-imported API function (lexically a bare call).
func dotForEach(xs []int) { ForEach(xs, touch) } // want `^function "dotForEach" should have //goroutinectx.spawner directive \(calls iter\.ForEach with func argument\)$`
