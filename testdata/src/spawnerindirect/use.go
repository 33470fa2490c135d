// Package spawnerindirect calls a marked method of a package it does not import.
package spawnerindirect

import (
	"context"

	"spawnerindirect/maker"
)

func returned(ctx context.Context) {
	maker.New().Run(func() {}) // want `Run\(\) func argument should use context "ctx"`
}

func embedded(ctx context.Context) {
	var w maker.Wrapped
	w.Run(func() {}) // want `Run\(\) func argument should use context "ctx"`
}

func aliased(ctx context.Context) {
	var a maker.Alias
	a.Run(func() {}) // want `Run\(\) func argument should use context "ctx"`
}

func uses(ctx context.Context) {
	maker.New().Run(func() { _ = ctx })
}
