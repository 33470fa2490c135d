package crossfile

import (
	"context"
	"sync"

	"golang.org/x/sync/errgroup"
)

// P8 FieldLit and P9 IndexLit read the assignments of the file that declares the variable
// (defs.go here), as P4 does.

func badFieldOfOtherFileVar(ctx context.Context, g *errgroup.Group) {
	g.Go(hk.run) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
}

func badIndexOfOtherFileVar(ctx context.Context, wg *sync.WaitGroup) {
	wg.Go(steps[0]) // want `^sync\.WaitGroup\.Go\(\) closure should use context "ctx"$`
}

func badMapKeyOfOtherFileVar(ctx context.Context, g *errgroup.Group) {
	g.Go(table["cold"]) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
}

func badGoFieldOfOtherFileVar(ctx context.Context) {
	go hk.stop() // want `^goroutine does not propagate context "ctx"$`
}

func goodFieldOfOtherFileVar(ctx context.Context, g *errgroup.Group) {
	g.Go(okHk.run)
	go okHk.stop()
}

func goodIndexOfOtherFileVar(ctx context.Context, wg *sync.WaitGroup, g *errgroup.Group) {
	wg.Go(okSteps[0])
	g.Go(okTable["warm"])
}

// An element the literal does not have, or a key not found: unknown, silent.
func evilMissingElements(ctx context.Context, wg *sync.WaitGroup, g *errgroup.Group) {
	wg.Go(steps[3])
	g.Go(table["absent"])
}

// P7 ReturnsCtxFunc: a factory returning a package variable declared in defs.go is judged
// by the literals assigned to it there.

func mk() func() error { return pkgJob }

func mkGo() func() { return pkgGo }

func mkNoCtx() func() { return noCtx }

func goodFactoryReturnsOtherFileVar(ctx context.Context, g *errgroup.Group) {
	g.Go(mk())
}

func goodGoFactoryReturnsOtherFileVar(ctx context.Context) {
	go mkGo()()
}

func badGoFactoryReturnsOtherFileVar(ctx context.Context) {
	go mkNoCtx()() // want `^goroutine does not propagate context "ctx"$`
}

// Control: the same shapes with variables declared in this file.
var localHk hooks

var localJob func() error

func init() {
	localHk = hooks{run: func() error { return nil }}
	localJob = func() error { return use(pkgCtx) }
}

func mkLocal() func() error { return localJob }

func badFieldOfSameFileVar(ctx context.Context, g *errgroup.Group) {
	g.Go(localHk.run) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
}

func goodFactoryReturnsSameFileVar(ctx context.Context, g *errgroup.Group) {
	g.Go(mkLocal())
}
