// Package spawnerexternal: functions of another package named by -external-spawner are
// spawners (SPEC §5.2).
package spawnerexternal

import (
	"context"

	"github.com/example/workers"
	workers2 "github.com/example/workers/v2"
)

func beat() {}

func badExternalFunc(ctx context.Context) {
	workers.Submit(func() { beat() }) // want `^Submit\(\) func argument should use context "ctx"$`
	workers.Submit(func() { _ = ctx })
	workers.Later(func() { beat() })
}

func badExternalMethod(ctx context.Context) {
	p := workers.New(2)
	p.Go(func() { beat() }) // want `^Go\(\) func argument should use context "ctx"$`
	p.Wait(func() { beat() })
}

func badInterfaceMethod(ctx context.Context, r workers.Runner) {
	r.Run(func() { beat() }) // want `^Run\(\) func argument should use context "ctx"$`
}

func badGenericTypeMethod(ctx context.Context, g *workers.Group[int]) {
	g.Add(func() int { beat(); return 0 }) // want `^Add\(\) func argument should use context "ctx"$`
}

func badVersionedPath(ctx context.Context) {
	workers2.Submit(func() { beat() }) // want `^Submit\(\) func argument should use context "ctx"$`
}

// goodIgnoreConsulted: spawner is enabled here through the flag, so this directive is used.
func goodIgnoreConsulted(ctx context.Context) {
	//goroutinectx:ignore spawner
	workers.Submit(func() { beat() })
}
