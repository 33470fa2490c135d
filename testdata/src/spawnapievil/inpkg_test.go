package spawnapievil

import (
	"context"
	"testing"
)

// In-package test files are analysed with the package (§1.1): package-level declarations of
// the non-test files are visible here.

// badTestUsesPackageGroup: pkgGroup is declared in helpers.go.
func badTestUsesPackageGroup(ctx context.Context, t *testing.T) {
	pkgGroup.Go(func() error { return work(1) }) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
}

// goodTestFactoryWithCtxParam: otherFileCtxFactory (crossfile_defs.go) has a ctx parameter.
func goodTestFactoryWithCtxParam(ctx context.Context, t *testing.T) {
	pkgGroup.Go(otherFileCtxFactory(nil))
}

// badTestFactoryDeclaredInNonTestFile: otherFileFactory's literal ignores contexts.
func badTestFactoryDeclaredInNonTestFile(ctx context.Context, t *testing.T) {
	pkgGroup.Go(otherFileFactory()) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
}
