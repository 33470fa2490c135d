package filefilter

import "context"

// badInTestFile: _test.go files are analysed by default (-test=true).
func badInTestFile(ctx context.Context) {
	go func() { // want `^goroutine does not propagate context "ctx"$`
		work(11)
	}()
}

// badUnusedIgnoreInTestFile: directives of test files are parsed and checked as usual.
func badUnusedIgnoreInTestFile() {
	//goroutinectx:ignore - nothing to ignore // want `^unused goroutinectx:ignore directive$`
	work(12)
}
