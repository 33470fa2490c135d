// Package imports reaches the gotask /v2 API through a dot import and a renamed import: the
// API is matched by import path and messages always print the display name "gotask.…"
// (SPEC §3.0.3, §10.1).
package imports

import (
	"context"

	"github.com/example/apm"
	. "github.com/siketyan/gotask/v2"
	tk "github.com/siketyan/gotask/v2"
)

func use(ctx context.Context) int { _ = ctx; return 0 }

// badDotImported: a bare identifier callee resolving to the API; reported at the call start.
func badDotImported(ctx context.Context) {
	_ = DoAllFns(ctx, func(c context.Context) int { return use(c) }) // want `^gotask\.DoAllFns\(\) 2nd argument should call goroutine deriver$`
}

// goodDotImported: NewTask is recognised through the dot import too.
func goodDotImported(ctx context.Context) {
	_ = DoAll(ctx, NewTask(func(c context.Context) int { return use(apm.NewGoroutineContext(c)) }))
}

// badDotImportedNewTask: and so is a non-deriving NewTask callback.
func badDotImportedNewTask(ctx context.Context) {
	_ = DoAllSettled(ctx, NewTask(func(c context.Context) int { return use(c) })) // want `^gotask\.DoAllSettled\(\) 2nd argument should call goroutine deriver$`
}

// badDotImportedDoAsync: receiver traced to the dot-imported NewTask; the callback does not
// derive.
func badDotImportedDoAsync(ctx context.Context) {
	ch := make(chan int, 1)
	NewTask(func(c context.Context) int { return use(c) }).Cancelable().DoAsync(ctx, ch) // want `^gotask\.\(\*CancelableTask\)\.DoAsync\(\) 1st argument should call goroutine deriver$`
}

// goodDotImportedDoAsync: the traced callback derives.
func goodDotImportedDoAsync(ctx context.Context) {
	ch := make(chan int, 1)
	NewTask(func(c context.Context) int { return use(apm.NewGoroutineContext(c)) }).DoAsync(ctx, ch)
}

// badRenamedImport: the local name tk does not matter.
func badRenamedImport(ctx context.Context) {
	_ = tk.DoRaceFns(ctx, func(c context.Context) int { return use(c) }) // want `^gotask\.DoRaceFns\(\) 2nd argument should call goroutine deriver$`
}

// goodRenamedImport: a derived first argument.
func goodRenamedImport(ctx context.Context, task *tk.Task[int]) {
	ch := make(chan int, 1)
	task.DoAsync(apm.NewGoroutineContext(ctx), ch)
}
