package filefilter_test

import "context"

func work(n int) { _ = n }

// badInExternalTestPackage: an external test package is a separate unit, analysed too.
func badInExternalTestPackage(ctx context.Context) {
	go func() { // want `^goroutine does not propagate context "ctx"$`
		work(13)
	}()
}
