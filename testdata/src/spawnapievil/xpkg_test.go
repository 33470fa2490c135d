package spawnapievil_test

import (
	"context"
	"testing"

	"golang.org/x/sync/errgroup"
)

// An external test package is its own unit (§1.1) and is analysed too.

// badExternalTestGroup: a plain report in the external test package.
func badExternalTestGroup(ctx context.Context, t *testing.T) {
	var g errgroup.Group
	g.Go(func() error { return nil }) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
}
