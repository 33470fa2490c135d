package syntaxerror

import "context"

// A file without errors in the same package produces nothing.
func fine(ctx context.Context) {
	_ = ctx
}
