package ctxmentions

import (
	"context"

	"github.com/example/ctxvars"
)

// The type of a generic call's result is not known without the call's arguments: such a
// variable may be a context, so it is not reported on (unknown means silent).
func genericVars(ctx context.Context) {
	f1 := func() { _ = g1 }
	go f1()
	f2 := func() { _ = ctxvars.GenVar }
	go f2()
	go mk(g1)()
	go mk(ctxvars.GenVar)()
	f3 := func() { _ = bx.V }
	go f3()
	f4 := func() { _ = ctxvars.Count }
	go f4() // want `^goroutine does not propagate context "ctx"$`
}
