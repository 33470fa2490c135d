package elision

import (
	"context"
	"fmt"
)

// Factories declared in this file, whose bodies hold no site.
func makeWorker() func() {
	return func() { fmt.Println("worker") }
}

func makeCtxWorker(ctx context.Context) func() {
	return func() { _ = ctx }
}

func makeCapturing(c context.Context) func() {
	return func() { fmt.Println(c) }
}

func useFactories(ctx context.Context) {
	go makeWorker()() // want `goroutine does not propagate context "ctx"`
	go makeCtxWorker(ctx)()
	go makeCapturing(context.Background())()
}

func helper() int { return 1 }

type server struct{ n int }

func (s *server) count() int { return s.n + helper() }

func (s *server) serve(ctx context.Context) {
	go func() { // want `goroutine does not propagate context "ctx"`
		_ = s.count()
	}()
	go func() {
		_ = s.count()
		<-ctx.Done()
	}()
}
