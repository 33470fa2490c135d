package crossfilederive

import (
	"context"

	"github.com/example/apm"
)

var pkgCtx = context.Background()

var (
	pkgDerive  func()
	pkgNoDeriv func()
)

func init() {
	pkgDerive = func() { _ = apm.NewGoroutineContext(pkgCtx) }
	pkgNoDeriv = func() { _ = pkgCtx }
}
