package waitgroup

import (
	"context"

	"waitgroup/lib/fakesync"
)

// The import above has the local name `sync` (from its package clause) but the path
// waitgroup/lib/fakesync: `sync.WaitGroup` in this file is not the standard type (SPEC §10.1).

// goodFakeSyncPackage: same spelling, different package: silent.
func goodFakeSyncPackage(ctx context.Context) {
	var wg sync.WaitGroup
	wg.Go(func() { work() })
	wg.Wait()
}

// badIgnoreAboveFakeSync: the lookalike call matches no API, so the directive is unused.
func badIgnoreAboveFakeSync(ctx context.Context) {
	wg := new(sync.WaitGroup)
	//goroutinectx:ignore waitgroup // want `^unused goroutinectx:ignore directive for checker\(s\): waitgroup$`
	wg.Go(func() { work() })
}
