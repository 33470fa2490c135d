package crossfilederive

import "context"

// The trace of pkgDerive is read in defs.go, its declaring file, where the literal calls the
// deriver: the factory derives.
func goodDeriveFactoryReturnsOtherFileVar(ctx context.Context) {
	mk := func() func() { return pkgDerive }
	go mk()()
}

// pkgNoDeriv's literal mentions a context but calls no deriver.
func badDeriveFactoryReturnsOtherFileVar(ctx context.Context) {
	mk := func() func() { return pkgNoDeriv }
	go mk()() // want `^goroutine should call github\.com/example/apm\.NewGoroutineContext to derive context$`
}
