package spawnapievil

import (
	"context"

	"github.com/sourcegraph/conc/iter"
	"golang.org/x/sync/errgroup"
)

// ---------------------------------------------------------------------------
// Callbacks and factories declared in another file of the package (P4 scans the declaring
// file; P6 follows functions "declared in the current package").
// ---------------------------------------------------------------------------

// badFactoryDeclaredInOtherFile: P6 reads the other file's declaration; its literal lacks a
// context.
func badFactoryDeclaredInOtherFile(ctx context.Context, g *errgroup.Group) {
	g.Go(otherFileFactory()) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
}

// goodFactoryWithCtxParamInOtherFile: the factory has a context parameter.
func goodFactoryWithCtxParamInOtherFile(ctx context.Context, g *errgroup.Group) {
	g.Go(otherFileCtxFactory(nil))
}

// goodFactoryMentionsPackageCtxInOtherFile: the returned literal mentions a context (P3).
func goodFactoryMentionsPackageCtxInOtherFile(ctx context.Context, g *errgroup.Group) {
	g.Go(otherFilePkgCtxFactory())
}

// badHookAssignedInDeclaringFile: the assignment in crossfile_defs.go (its declaring file) is
// traced.
func badHookAssignedInDeclaringFile(ctx context.Context, g *errgroup.Group) {
	g.Go(otherFileHook) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
}

// goodVarFactoryFromOtherFile: a `var x = func…` factory: LastLit none, pass.
func goodVarFactoryFromOtherFile(ctx context.Context, g *errgroup.Group) {
	g.Go(otherFileVarFactory())
}

// goodVisitAssignedOutsideDeclaringFile: otherFileVisit's only literal assignment is in this
// file, not its declaring file: empty trace, pass.
func goodVisitAssignedOutsideDeclaringFile(ctx context.Context, xs []int) {
	otherFileVisit = func(x *int) { _ = work(*x) }
	iter.ForEach(xs, otherFileVisit)
}
