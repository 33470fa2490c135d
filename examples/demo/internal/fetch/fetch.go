// Package fetch downloads pages from upstream services.
package fetch

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"time"

	"github.com/sourcegraph/conc/iter"
	"golang.org/x/sync/errgroup"

	"example.com/demo/internal/metrics"
)

// Page is one downloaded document.
type Page struct {
	URL  string
	Body []byte
}

// Client downloads pages over HTTP.
type Client struct {
	HTTP    *http.Client
	Timeout time.Duration
}

// Get downloads url, giving up after c.Timeout or when ctx is canceled.
func (c *Client) Get(ctx context.Context, url string) (Page, error) {
	ctx, cancel := context.WithTimeout(ctx, c.Timeout)
	defer cancel()
	start := time.Now()
	defer func() { metrics.Record(ctx, "fetch.get", time.Since(start)) }()

	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return Page{}, err
	}
	resp, err := c.HTTP.Do(req)
	if err != nil {
		return Page{}, err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		return Page{}, fmt.Errorf("read %s: %w", url, err)
	}
	return Page{URL: url, Body: body}, nil
}

// All downloads every url, at most four at a time, and stops at the first
// failure.
func (c *Client) All(ctx context.Context, urls []string) ([]Page, error) {
	g, gctx := errgroup.WithContext(ctx)
	g.SetLimit(4)
	pages := make([]Page, len(urls))
	for i, u := range urls {
		g.Go(func() error { // OK: uses the group's derived context
			p, err := c.Get(gctx, u)
			pages[i] = p
			return err
		})
	}
	return pages, g.Wait()
}

// Warm pre-loads the upstream caches for urls.
func (c *Client) Warm(ctx context.Context, urls []string) error {
	var g errgroup.Group
	for _, u := range urls {
		g.Go(func() error { // BAD: errgroup.Group.Go() closure should use context "ctx"
			_, err := c.Get(context.Background(), u)
			return err
		})
	}
	return g.Wait()
}

// Probe checks url in the background unless g is already at its limit.
func (c *Client) Probe(ctx context.Context, g *errgroup.Group, url string) bool {
	probe := func() error { // OK: the traced literal mentions ctx
		_, err := c.Get(ctx, url)
		return err
	}
	return g.TryGo(probe)
}

// Sizes returns the body size of every url (-1 on failure).
func Sizes(ctx context.Context, c *Client, urls []string) []int {
	return iter.Map(urls, func(u *string) int { // BAD: iter.Map() closure should use context "ctx"
		p, err := c.Get(context.TODO(), *u)
		if err != nil {
			return -1
		}
		return len(p.Body)
	})
}
