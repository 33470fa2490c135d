package waitgroup

import (
	"context"
	"sync"
	"testing"
)

// In-package test files are analysed by default (SPEC §1.1, §1.2 -test=true).

func TestFanOut(t *testing.T) {
	fanOut(context.Background(), nil)
}

// badInTestFile: a bad callback in a _test.go file is reported.
func badInTestFile(ctx context.Context) {
	var wg sync.WaitGroup
	wg.Go(func() { work() }) // want `^sync\.WaitGroup\.Go\(\) closure should use context "ctx"$`
	wg.Wait()
}

// goodInTestFile: passing.
func goodInTestFile(ctx context.Context) {
	var wg sync.WaitGroup
	wg.Go(func() { use(ctx) })
	wg.Wait()
}
