package goroutine

import "context"

// Factories declared in this file and spawned from crossfile_spawns.go (P6 walks a factory
// function of the current package wherever it is declared).

func crossTicker(label string) func() { return func() { work(len(label)) } }

func crossCtxUser() func() { return func() { _ = pkgCtx } }

func crossOwnCtx(ctx context.Context) func() { return func() { work(1) } }
