package deriveforms

import (
	"context"
	"sync"

	"github.com/example/apm"
)

func goodParenthesised(ctx context.Context, wg *sync.WaitGroup) {
	wg.Go(func() {
		(apm.Fork)(ctx)()
	})
	go func() {
		(apm.Fork)(ctx)()
	}()
}

func goodInstantiatedVar(ctx context.Context, wg *sync.WaitGroup) {
	wg.Go(func() {
		run := apm.GFork[int]
		run(ctx, 1)()
	})
	go func() {
		run := apm.GFork[int]
		run(ctx, 1)()
	}()
}

func goodInstantiatedCall(ctx context.Context) {
	go func() {
		apm.GFork[int](ctx, 1)()
	}()
}

func badNoDeriver(ctx context.Context, wg *sync.WaitGroup) {
	wg.Go(func() { // want `^sync\.WaitGroup\.Go\(\) closure should use context "ctx" or call goroutine deriver$`
		run := apm.Other
		_ = run(context.Background())
	})
	go func() { // want `^goroutine should call github\.com/example/apm\.GFork,github\.com/example/apm\.Fork to derive context$`
		_ = (apm.Other)(ctx)
	}()
}
