package nomark

import "github.com/sourcegraph/conc/iter"

// A package-function API taken as a value, instantiated.
func onlyFuncValue(xs []int) { // want `^function "onlyFuncValue" should have //goroutinectx.spawner directive \(calls iter\.ForEach with func argument\)$`
	fe := iter.ForEach[int]
	fe(xs, func(*int) {})
}
