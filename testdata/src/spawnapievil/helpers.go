// Package spawnapievil: adversarial cases for the errgroup, waitgroup and conc checkers (SPEC
// §3.3-§3.5), written to disagree with a syntax-only reading wherever go/types would decide
// differently. Every case is a small function whose comment names the deciding rule.
package spawnapievil

import (
	"context"

	"golang.org/x/sync/errgroup"
)

func work(n int) error { _ = n; return nil }

func useErr(ctx context.Context) error { _ = ctx; return nil }

func use(ctx context.Context) { _ = ctx }

func workOne() error { return work(1) }

// fakeRunner has errgroup.Group's Go method shape but is a local type.
type fakeRunner struct{}

func (fakeRunner) Go(f func() error)         { _ = f }
func (fakeRunner) TryGo(f func() error) bool { _ = f; return true }
func (fakeRunner) ok() bool                  { return true }

// localIter has conc iter's ForEach shape but is a local type.
type localIter struct{}

func (localIter) ForEach(xs []int, f func(*int)) {
	for i := range xs {
		f(&xs[i])
	}
}

// fakePool has pool.Pool's Go shape.
type fakePool struct{}

func (fakePool) Go(f func()) { f() }

// goerIface is a named interface with errgroup.Group's Go.
type goerIface interface{ Go(func() error) }

// pkgGroup is a package-level group declared here and used from other files.
var pkgGroup errgroup.Group

// pkgGroupFromCall is typed by the result of errgroup.WithContext.
var pkgGroupFromCall, pkgGroupCtx = errgroup.WithContext(context.Background())
