package nomark

import (
	"sort"

	"golang.org/x/sync/errgroup"
)

func sortAll(xs []string) { sort.Strings(xs) }

// A local variable named like an imported package that holds no spawning API.
func shadowImportName() { // want `^function "shadowImportName" should have //goroutinectx.spawner directive \(calls errgroup\.Group\.Go with func argument\)$`
	sort := new(errgroup.Group)
	sort.Go(rebuild)
}
