// Package sync (import path waitgroup/lib/fakesync) is a lookalike of the standard sync
// package: same package name, same type and method names, different import path. APIs are
// matched by import path, never by local name (SPEC §3.0.3, §10.1), so nothing here is the
// sync.WaitGroup.Go API.
package sync

// WaitGroup mimics the standard type.
type WaitGroup struct{ n int }

// Go runs f synchronously.
func (wg *WaitGroup) Go(f func()) {
	wg.n++
	f()
}

// Wait does nothing.
func (wg *WaitGroup) Wait() {}
