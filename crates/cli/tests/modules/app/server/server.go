package server

import (
	"context"
	"sync"
)

// Serve starts a worker that forgets the request context.
func Serve(ctx context.Context, wg *sync.WaitGroup) {
	go func() {
		work()
	}()
	wg.Go(func() { work() })
}

func work() {}
