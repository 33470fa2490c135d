package clean

import "context"

// Run propagates its context.
func Run(ctx context.Context) {
	go func() { <-ctx.Done() }()
}
