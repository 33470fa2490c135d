//go:build go1.25

package waitgroup

import (
	"context"
	"sync"
)

// Selected: sync.WaitGroup.Go exists since Go 1.25 and the tool assumes a current Go
// (release tags up to go1.27 by default, SPEC §1.2). go125_fallback.go holds the pre-1.25
// versions of the same functions and must not be analysed.

// fanOut starts every job in the wait group; the range variable cannot be traced (silent), the
// summary job ignores the context (reported).
func fanOut(ctx context.Context, jobs []func()) {
	var wg sync.WaitGroup
	for _, j := range jobs {
		wg.Go(j)
	}
	wg.Go(func() { work() }) // want `^sync\.WaitGroup\.Go\(\) closure should use context "ctx"$`
	wg.Wait()
}

// fanOutChecked: every job checks the context first (silent).
func fanOutChecked(ctx context.Context, items []string) {
	var wg sync.WaitGroup
	for _, it := range items {
		wg.Go(func() {
			if ctx.Err() != nil {
				return
			}
			process(it)
		})
	}
	wg.Wait()
}

// fanOutNamed: N is the first context parameter.
func fanOutNamed(n int, jobCtx context.Context) {
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Go(func() { _ = i }) // want `^sync\.WaitGroup\.Go\(\) closure should use context "jobCtx"$`
	}
	wg.Wait()
}
