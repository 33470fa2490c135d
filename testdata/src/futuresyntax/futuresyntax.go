// Package futuresyntax shows that syntax no grammar knows yet is statement-local: the file
// gets one syntax error line, the goroutine containing it is not judged, and everything else
// in the function and the file is analysed as usual.
package futuresyntax

import "context"

func work(n int) { _ = n }

// mixed: the first goroutine uses an invented `spawn!` form; the second one is plain.
func mixed(ctx context.Context) {
	go func() {
		spawn! work(1) // want `^syntax error: `
	}()
	go func() { // want `^goroutine does not propagate context "ctx"$`
		work(2)
	}()
}

// later: a function after the broken one is analysed normally.
func later(ctx context.Context) {
	go func() { // want `^goroutine does not propagate context "ctx"$`
		work(3)
	}()
}
