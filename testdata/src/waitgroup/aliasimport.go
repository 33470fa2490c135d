package waitgroup

import (
	"context"
	syncpkg "sync"
)

// The sync package under another local name: APIs are matched by import path (SPEC §3.0.3,
// §10.1), and the display name in messages never depends on the import name.

// badAliasedImport: `syncpkg.WaitGroup` is sync.WaitGroup.
func badAliasedImport(ctx context.Context) {
	var wg syncpkg.WaitGroup
	wg.Go(func() { work() }) // want `^sync\.WaitGroup\.Go\(\) closure should use context "ctx"$`
	wg.Wait()
}

// goodAliasedImport: same, passing.
func goodAliasedImport(ctx context.Context) {
	wg := &syncpkg.WaitGroup{}
	wg.Go(func() { use(ctx) })
	wg.Wait()
}

// badParamNamedSync: a parameter named sync whose type is the real *sync.WaitGroup.
func badParamNamedSync(reqCtx context.Context, sync *syncpkg.WaitGroup) {
	sync.Go(func() { work() }) // want `^sync\.WaitGroup\.Go\(\) closure should use context "reqCtx"$`
}
