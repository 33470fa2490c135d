package gotask

import "context"

// selfUse calls this package's own look-alike API from a context scope: its path is
// gotask/fakegotask, which is not the spec path (SPEC §3.0.3), so nothing is checked.
func selfUse(ctx context.Context) []int {
	ch := make(chan int, 1)
	NewTask(func(c context.Context) int { return 0 }).DoAsync(ctx, ch)
	return DoAllFns(ctx, func(c context.Context) int { return 1 })
}
