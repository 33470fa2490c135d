// Stub for the ctxmentions fixture: package-level contexts of several declared forms.
package ctxvars

import "context"

var TypedCtx context.Context

var InferredCtx = context.Background()

func Identity[T any](t T) T { return t }

// Its type (context.Context) comes from an inferred generic call.
var GenVar = Identity(context.Background())

var NotCtx = Identity(1)

var Count int
