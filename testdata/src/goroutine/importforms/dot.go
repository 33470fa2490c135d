// Package importforms checks that the context package is recognised by import path whatever
// the local name (SPEC §10.1): dot imports and renamed imports.
package importforms

import . "context"

func work(n int) { _ = n }

// badDotImportScope: `Context` from a dot import is context.Context.
func badDotImportScope(c Context) {
	go func() { // want `^goroutine does not propagate context "c"$`
		work(1)
	}()
}

// goodDotImportCapture: capturing a dot-imported Context.
func goodDotImportCapture(c Context) {
	d, cancel := WithCancel(c)
	defer cancel()
	go func() {
		_ = d
	}()
}
