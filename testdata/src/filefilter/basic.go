// Package filefilter checks which files are analysed (SPEC §1.2): generated files are
// skipped (diagnostics and ignore directives alike), files excluded by build constraints are
// not part of the package, and _test.go files are analysed by default.
package filefilter

import "context"

func work(n int) { _ = n }

// badRegularFile: an ordinary file is analysed.
func badRegularFile(ctx context.Context) {
	go func() { // want `^goroutine does not propagate context "ctx"$`
		work(1)
	}()
}
