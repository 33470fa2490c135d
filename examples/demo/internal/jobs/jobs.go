// Package jobs runs background work on behalf of request handlers.
package jobs

import (
	"context"
	"log"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/sourcegraph/conc"
	"github.com/sourcegraph/conc/pool"
)

// Job is a unit of background work.
type Job struct {
	ID  string
	Run func(ctx context.Context) error
}

// Result is the outcome of one job.
type Result struct {
	ID  string
	Err error
}

// Background runs fn on its own goroutine and logs a panic instead of
// crashing the process.
//
//goroutinectx:spawner
func Background(name string, fn func()) {
	go func() {
		defer func() {
			if r := recover(); r != nil {
				log.Printf("jobs: %s panicked: %v", name, r)
			}
		}()
		fn()
	}()
}

// Schedule starts j in the background, followed by a cleanup of its scratch
// directory.
func Schedule(ctx context.Context, j Job) {
	Background(j.ID, func() { // OK: the job runs under ctx
		if err := j.Run(ctx); err != nil {
			log.Printf("jobs: %s: %v", j.ID, err)
		}
	})
	Background("cleanup:"+j.ID, func() { // BAD: Background() func argument should use context "ctx"
		removeStale(filepath.Join(os.TempDir(), j.ID), time.Hour)
	})
}

// Drain runs every job concurrently and waits for all of them.
func Drain(ctx context.Context, jobs []Job) {
	var wg sync.WaitGroup
	for _, j := range jobs {
		wg.Go(func() { // OK
			if err := j.Run(ctx); err != nil {
				log.Printf("jobs: %s: %v", j.ID, err)
			}
		})
	}
	wg.Wait()
}

// Sweep removes stale files from every directory.
func Sweep(ctx context.Context, dirs []string) {
	var wg sync.WaitGroup
	for _, d := range dirs {
		wg.Go(func() { // BAD: sync.WaitGroup.Go() closure should use context "ctx"
			removeStale(d, 24*time.Hour)
		})
	}
	wg.Wait()
}

// Process runs jobs on a bounded pool and cancels the rest at the first error.
func Process(ctx context.Context, jobs []Job) error {
	p := pool.New().WithMaxGoroutines(8).WithContext(ctx).WithCancelOnError()
	for _, j := range jobs {
		p.Go(func(ctx context.Context) error { // OK: ContextPool hands the task its context
			return j.Run(ctx)
		})
	}
	return p.Wait()
}

// Collect runs jobs and reports every outcome.
func Collect(ctx context.Context, jobs []Job) []Result {
	p := pool.NewWithResults[Result]().WithMaxGoroutines(4)
	for _, j := range jobs {
		p.Go(func() Result { // OK
			return Result{ID: j.ID, Err: j.Run(ctx)}
		})
	}
	return p.Wait()
}

// Notify tells every subscriber that the batch is done.
func Notify(ctx context.Context, subscribers []string) {
	wg := conc.NewWaitGroup()
	for _, s := range subscribers {
		wg.Go(func() { // BAD: conc.WaitGroup.Go() closure should use context "ctx"
			log.Printf("jobs: notify %s", s)
		})
	}
	wg.Wait()
}

func removeStale(dir string, age time.Duration) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range entries {
		info, err := e.Info()
		if err == nil && time.Since(info.ModTime()) > age {
			_ = os.Remove(filepath.Join(dir, e.Name()))
		}
	}
}
