//go:build !go1.25

package waitgroup

// NOT SELECTED. This file is the pre-Go-1.25 fallback of go125.go (same functions, written
// with Add/Done and go statements because sync.WaitGroup.Go does not exist before Go 1.25).
// The tool assumes a Go >= 1.25 toolchain by default (SPEC §1.2), so the `!go1.25` constraint
// is false and this file must be skipped, exactly as `go build` / `go vet` skip it.
//
// It deliberately has NO expectation comments: every function below would be reported if
// analysed, and the directive is unused. Any diagnostic in this file means that build
// constraints are broken (not evaluated, or evaluated for a Go version below 1.25).

import (
	"context"
	"sync"
)

// fanOut: the go statement ignores the context (the goroutine checker would report it).
func fanOut(ctx context.Context, jobs []func()) {
	var wg sync.WaitGroup
	for _, j := range jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			j()
		}()
	}
	wg.Add(1)
	go func() {
		defer wg.Done()
		work()
	}()
	wg.Wait()
}

// fanOutChecked: the directive would be reported unused (it sits above no go statement and
// no matched call).
func fanOutChecked(ctx context.Context, items []string) {
	var wg sync.WaitGroup
	//goroutinectx:ignore waitgroup - would be reported unused if this file were analysed
	for _, it := range items {
		wg.Add(1)
		go func(s string) {
			defer wg.Done()
			if ctx.Err() != nil {
				return
			}
			process(s)
		}(it)
	}
	wg.Wait()
}

// fanOutNamed: the go statement ignores the context.
func fanOutNamed(n int, jobCtx context.Context) {
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			_ = i
		}(i)
	}
	wg.Wait()
}
