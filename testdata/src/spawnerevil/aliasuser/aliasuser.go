// Package aliasuser does not import "context" and declares no alias itself: its ctx scope is
// spelled with lib.Ctx, an alias of context.Context declared in another package (SPEC §0:
// aliases of the context type qualify, "in this package or another"; §12.7).
package aliasuser

import "spawnerevil/lib"

func beat() {}

func badForeignAliasScope(c lib.Ctx) {
	lib.Go(func() { beat() }) // want `^Go\(\) func argument should use context "c"$`
	lib.Go(func() { _ = c })
}

// MyCtx is an alias of the foreign alias; this package still never spells the context type.
type MyCtx = lib.Ctx

func badAliasOfAliasScope(c MyCtx) {
	lib.Go(func() { beat() }) // want `^Go\(\) func argument should use context "c"$`
}

// badRenamedAliasScope: Renamed (alias_def.go) is an alias of the context type declared in
// this package; this file imports no context package.
func badRenamedAliasScope(c Renamed) {
	lib.Go(func() { beat() }) // want `^Go\(\) func argument should use context "c"$`
}
