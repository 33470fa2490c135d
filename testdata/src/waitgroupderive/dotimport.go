package waitgroupderive

import (
	"context"
	. "sync"

	"github.com/example/apm"
)

// The sync package dot-imported: the bare `WaitGroup` is sync.WaitGroup (SPEC §10.1), and the
// message still says sync.WaitGroup.Go.

// badDotImport: reported at `Go`.
func badDotImport(ctx context.Context) {
	var wg WaitGroup
	wg.Go(func() { work() }) // want `^sync\.WaitGroup\.Go\(\) closure should use context "ctx" or call goroutine deriver$`
	wg.Wait()
}

// goodDotImportDerives: the callback derives.
func goodDotImportDerives(ctx context.Context) {
	wg := new(WaitGroup)
	wg.Go(func() { apm.NewGoroutineContext(nil) })
	wg.Wait()
}
