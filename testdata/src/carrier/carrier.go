// Package carrier checks -context-carriers (SPEC §5.1): a carrier parameter makes a ctx scope
// and its name can be N; captured or mentioned carrier values count as context use; a carrier
// parameter on the spawned literal is not an exemption.
package carrier

import (
	"context"

	"github.com/labstack/echo/v4"
)

func work(s string) { _ = s }

// badCarrierScope: a function with only a carrier parameter is a ctx scope, N = "c".
func badCarrierScope(c echo.Context) {
	go func() { // want `^goroutine does not propagate context "c"$`
		work("x")
	}()
}

// goodCapturedCarrier: capturing the carrier counts as context use.
func goodCapturedCarrier(c echo.Context) {
	go func() {
		work(c.Param("id"))
	}()
}

// badCarrierParamIsNoExemption: a literal's own carrier parameter does not exempt it (P1 is
// about context.Context only); it is judged on captures, and captures nothing.
func badCarrierParamIsNoExemption(c echo.Context) {
	go func(inner echo.Context) { // want `^goroutine does not propagate context "c"$`
		work(inner.Param("id"))
	}(c)
}

// goodContextParamStillExempts: a literal with its own context.Context parameter passes.
func goodContextParamStillExempts(c echo.Context) {
	go func(ctx context.Context) {
		_ = ctx
	}(c.RealContext())
}

// badPointerCarrier: pointer layers are removed before matching.
func badPointerCarrier(p *echo.Context) {
	go func() { // want `^goroutine does not propagate context "p"$`
		work("y")
	}()
}

// goodFirstCtxishNamesScope: with a context and a carrier, the first ctx-ish parameter is N;
// capturing either counts.
func goodFirstCtxishNamesScope(c echo.Context, ctx context.Context) {
	go func() {
		_ = ctx
	}()
}

// badFirstCtxishIsTheCarrier: N is the first ctx-ish parameter, here the carrier.
func badFirstCtxishIsTheCarrier(c echo.Context, ctx context.Context) {
	go func() { // want `^goroutine does not propagate context "c"$`
		work("z")
	}()
}

// noScopeWithoutCtxish: a plain function is not checked.
func noScopeWithoutCtxish(s string) {
	go func() {
		work(s)
	}()
}
