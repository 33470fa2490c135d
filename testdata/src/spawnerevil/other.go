package spawnerevil

import "context"

// otherHook is declared here and assigned here (see badOtherFileVar in trace.go).
var otherHook func()

func init() {
	otherHook = func() { beat() }
}

// otherHook2 is declared here but assigned only in trace.go.
var otherHook2 func()

// mkOther is a factory declared in another file than its callers (see factory.go).
func mkOther() func() { return func() { beat() } }

// mkOtherCtxParam receives a context parameter: it passes whatever its argument is.
func mkOtherCtxParam(c context.Context) func() { return func() { beat() } }

// mkOtherVar is a variable declared here and assigned a factory literal here (P5 reads the
// declaring file).
var mkOtherVar func() func()

func init() {
	mkOtherVar = func() func() { return func() { beat() } }
}
