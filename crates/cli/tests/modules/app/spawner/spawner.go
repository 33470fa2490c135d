// Package spawner: a spawner function without a context, called from a function with one
// (SPEC §8's end-to-end expectation for the spawner checker).
package spawner

import "context"

//goroutinectx:spawner
func runAll(jobs ...func()) {
	for _, j := range jobs {
		go j()
	}
}

func refresh() {}

// Handle passes one closure that drops the context and one that uses it.
func Handle(ctx context.Context) {
	runAll(
		func() { refresh() },
		func() { <-ctx.Done() },
	)
}
