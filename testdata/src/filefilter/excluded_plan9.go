package filefilter

import "context"

// plan9Bad is excluded by the _plan9 file-name suffix (on any other host).
func plan9Bad(ctx context.Context) {
	go func() {
		work(9)
	}()
}
