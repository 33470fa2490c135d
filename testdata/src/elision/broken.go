package elision

import "context"

// A syntax error in a body that holds no site is reported like any other.
func broken() {
	x := // want `syntax error`
}

func fine(ctx context.Context) {
	go func() { <-ctx.Done() }()
}
