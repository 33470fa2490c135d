package inference

import (
	"context"
	"fmt"
)

// Ctx is an alias of the context type.
type Ctx = context.Context

func newTicker(label string) func() { return func() { println(label) } }

// goodTypeNameInFactoryArg: P6 counts any identifier of context type in the arguments, type
// names included: `context.Context` in `(*context.Context)(nil)` names the context type.
func goodTypeNameInFactoryArg(ctx context.Context) {
	go newTicker(fmt.Sprint((*context.Context)(nil)))()
}

// goodAliasNameInFactoryArg: the same through a package-level alias.
func goodAliasNameInFactoryArg(ctx context.Context) {
	go newTicker(fmt.Sprint((*Ctx)(nil)))()
}

// badOtherTypeNameInFactoryArg: a type name that is not a context is no mention.
func badOtherTypeNameInFactoryArg(ctx context.Context) {
	go newTicker(fmt.Sprint((*fmt.Stringer)(nil)))() // want `^goroutine does not propagate context "ctx"$`
}

// goodTypeNameInTracedLiteral: P3 also counts the type name written in the body.
func goodTypeNameInTracedLiteral(ctx context.Context) {
	f := func() { _ = (*context.Context)(nil) }
	go f()
}
