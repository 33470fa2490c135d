package ctxmentions

import (
	"context"

	. "github.com/example/ctxvars"
)

// A package-level context of a dot-imported package is a mention (P3, P6 step 1).
func dotImported(ctx context.Context) {
	f1 := func() { _ = TypedCtx }
	go f1()
	f2 := func() { _ = InferredCtx }
	go f2()
	go mk(TypedCtx)()
	go mk(InferredCtx)()
	f3 := func() { _ = Count }
	go f3() // want `^goroutine does not propagate context "ctx"$`
	go func() { _ = TypedCtx }() // want `^goroutine does not propagate context "ctx"$`
}
