//go:build !go1.25

package spawnerlabel

// Fallback for toolchains before Go 1.25. This file must not be selected: it has no wants, and
// if it were analysed pingAll, pingIdle and legacyOnly would be reported, and the ignore
// directive below would be unused.

import "golang.org/x/sync/errgroup"

func ping(string) {}

func pingAll(targets []string) {
	var grp errgroup.Group
	for _, t := range targets {
		grp.Go(func() error { ping(t); return nil })
	}
	_ = grp.Wait()
}

//goroutinectx:spawner
func pingEach(targets []string, f func(string)) {
	for _, t := range targets {
		go f(t)
	}
}

//goroutinectx:spawner
func pingIdle(targets []string) {
	for _, t := range targets {
		ping(t)
	}
}

func callsPingEach() { pingEach(nil, ping) }

func legacyOnly() error {
	var grp errgroup.Group
	grp.Go(func() error { return nil })
	return grp.Wait()
}

//goroutinectx:ignore spawnerlabel
func legacyIgnored() {}
