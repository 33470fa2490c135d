package spawnapievil

import (
	"context"

	"golang.org/x/sync/errgroup"
)

// badFactoryDeclaredInGeneratedFile: declarations in generated files are still used for
// lookups (§1.2): P6 reads generatedFactory's body.
func badFactoryDeclaredInGeneratedFile(ctx context.Context, g *errgroup.Group) {
	g.Go(generatedFactory()) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
}
