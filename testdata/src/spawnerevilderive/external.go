package spawnerevilderive

import (
	"context"

	tel "github.com/example/apm"
	"github.com/example/workers"
)

// MyPool embeds the configured pool: its Go method is promoted.
type MyPool struct{ *workers.Pool }

// localRunner implements workers.Runner but its own Run method is not configured.
type localRunner struct{}

func (localRunner) Run(f func()) { go f() }

// badExternalForms: an external spec matched through a promoted method, a method
// expression and an interface value; an aliased deriver import still derives.
func badExternalForms(ctx context.Context, mp MyPool, p *workers.Pool, r workers.Runner) {
	mp.Go(func() { beat() })                 // want `^Go\(\) func argument should use context "ctx" or call goroutine deriver$`
	(*workers.Pool).Go(p, func() { beat() }) // want `^Go\(\) func argument should use context "ctx" or call goroutine deriver$`
	r.Run(func() { beat() })                 // want `^Run\(\) func argument should use context "ctx" or call goroutine deriver$`
	workers.Submit(func() { tel.NewGoroutineContext(nil) })
	workers.Submit(func() { beat() }) // want `^Submit\(\) func argument should use context "ctx" or call goroutine deriver$`
}

// HasRunner embeds the configured interface: its Run method is promoted.
type HasRunner struct{ workers.Runner }

func badPromotedInterfaceMethod(ctx context.Context, hr HasRunner) {
	hr.Run(func() { beat() }) // want `^Run\(\) func argument should use context "ctx" or call goroutine deriver$`
}

// goodExternalNotMatched: unconfigured methods, a concrete type implementing the interface,
// and a method value are not spawners.
func goodExternalNotMatched(ctx context.Context, p *workers.Pool, lr localRunner) {
	p.Wait(func() { beat() })
	lr.Run(func() { beat() })
	g := p.Go
	g(func() { beat() })
	workers.Later(func() { beat() })
}

// goodExternalIgnored: the directive is consulted for an external spawner.
func goodExternalIgnored(ctx context.Context) {
	//goroutinectx:ignore spawner
	workers.Submit(func() { beat() })
}
