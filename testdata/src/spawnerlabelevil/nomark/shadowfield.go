package nomark

import (
	"strings"

	"golang.org/x/sync/errgroup"
)

func upper(s string) string { return strings.ToUpper(s) }

type groups struct{ strings *errgroup.Group }

// A struct field named like an imported package: h.strings.Go is errgroup's Go.
func fieldNamedLikeImport(h groups) { // want `^function "fieldNamedLikeImport" should have //goroutinectx.spawner directive \(calls errgroup\.Group\.Go with func argument\)$`
	h.strings.Go(rebuild)
}
