// Package spawnerlocal: with -cross-package-spawners=false only this package's directives
// count, as upstream (SPEC §12.2).
package spawnerlocal

import (
	"context"

	"spawner/lib"
)

func beat() {}

//goroutinectx:spawner
func local(f func()) { go f() }

func callers(ctx context.Context, p *lib.Pool) {
	lib.Run(func() { beat() })
	p.Submit(func() { beat() })
	local(func() { beat() }) // want `^local\(\) func argument should use context "ctx"$`
}
