package filefilter

import "context"

// underscoreBad is in a file whose name starts with _: ignored by the build system.
func underscoreBad(ctx context.Context) {
	go func() {
		work(10)
	}()
}
