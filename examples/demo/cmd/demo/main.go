// Command demo serves a tiny crawler API: POST /crawl?url=… fetches pages in
// the background.
package main

import (
	"context"
	"errors"
	"fmt"
	"log"
	"net/http"
	"os"
	"os/signal"
	"time"

	"example.com/demo/internal/fetch"
	"example.com/demo/internal/jobs"
	"example.com/demo/internal/metrics"
)

type server struct {
	client *fetch.Client
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	if err := run(ctx, ":8080"); err != nil {
		log.Fatal(err)
	}
}

func run(ctx context.Context, addr string) error {
	s := &server{client: &fetch.Client{HTTP: http.DefaultClient, Timeout: 5 * time.Second}}
	metrics.StartFlusher(ctx, 10*time.Second)

	go func() { // BAD: goroutine does not propagate context "ctx"
		for range time.Tick(time.Minute) {
			log.Print("demo: still alive")
		}
	}()

	mux := http.NewServeMux()
	mux.HandleFunc("POST /crawl", func(w http.ResponseWriter, r *http.Request) {
		s.crawl(r.Context(), w, r.URL.Query()["url"])
	})
	srv := &http.Server{Addr: addr, Handler: mux}

	go func() { // OK: shuts the server down when ctx is done
		<-ctx.Done()
		shutdownCtx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
		defer cancel()
		_ = srv.Shutdown(shutdownCtx)
	}()

	if err := srv.ListenAndServe(); !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

func (s *server) crawl(ctx context.Context, w http.ResponseWriter, urls []string) {
	pages, err := s.client.All(ctx, urls)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}

	summary := func() {
		log.Printf("demo: crawled %d pages", len(pages))
	}
	go summary() // BAD: goroutine does not propagate context "ctx"

	for _, p := range pages {
		jobs.Schedule(ctx, jobs.Job{ID: p.URL, Run: func(ctx context.Context) error {
			return s.client.Warm(ctx, []string{p.URL})
		}})
	}
	fmt.Fprintf(w, "crawled %d pages\n", len(pages))
}
