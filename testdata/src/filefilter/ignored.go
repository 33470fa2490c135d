//go:build ignore

package filefilter

import "context"

// ignoredBad is in a file excluded by its build constraint: not part of the package.
func ignoredBad(ctx context.Context) {
	go func() {
		work(7)
	}()
	//goroutinectx:ignore
	work(8)
}
