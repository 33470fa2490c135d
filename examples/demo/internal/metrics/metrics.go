// Package metrics ships timing samples to a collector.
package metrics

import (
	"context"
	"log"
	"sync"
	"time"
)

var (
	mu      sync.Mutex
	pending = map[string][]time.Duration{}
)

func push(name string, d time.Duration) {
	mu.Lock()
	defer mu.Unlock()
	pending[name] = append(pending[name], d)
}

func flush() {
	mu.Lock()
	defer mu.Unlock()
	for name, samples := range pending {
		log.Printf("metrics: %s n=%d", name, len(samples))
	}
	clear(pending)
}

// Record stores one timing sample without blocking the caller.
func Record(ctx context.Context, name string, d time.Duration) {
	if ctx.Err() != nil {
		return
	}
	//goroutinectx:ignore goroutine - fire and forget metrics
	go func() {
		push(name, d)
	}()
}

// StartFlusher flushes buffered samples every interval until ctx is done.
func StartFlusher(ctx context.Context, every time.Duration) {
	go func() { // OK: stops when ctx is done
		t := time.NewTicker(every)
		defer t.Stop()
		for {
			select {
			case <-ctx.Done():
				flush()
				return
			case <-t.C:
				flush()
			}
		}
	}()
}
