package spawnerevil

import (
	"context"

	. "spawnerevil/lib"
)

// badDotImport: a marked function reached through a dot import.
func badDotImport(ctx context.Context) {
	Go(func() { beat() }) // want `^Go\(\) func argument should use context "ctx"$`
	Go(func() { _ = ctx })
	Unmarked(func() { beat() })
	var p Pool
	p.Submit(func() { beat() }) // want `^Submit\(\) func argument should use context "ctx"$`
	(*Pool).Submit(&p, func() { beat() }) // want `^Submit\(\) func argument should use context "ctx"$`
	(*Pool)(nil).Submit(func() { beat() }) // want `^Submit\(\) func argument should use context "ctx"$`
	var t Task
	t = func() { beat() }
	GoTask(t) // want `^GoTask\(\) func argument should use context "ctx"$`
}

// badDotImportedAliasScope: a ctx scope spelled with a dot-imported alias of context.Context.
func badDotImportedAliasScope(c Ctx) {
	Go(func() { beat() }) // want `^Go\(\) func argument should use context "c"$`
}
