// Package carrierunversioned: the configured path github.com/labstack/echo matches the
// imported github.com/labstack/echo/v4 (a /v<digit> suffix is accepted).
package carrierunversioned

import "github.com/labstack/echo/v4"

func work(s string) { _ = s }

// badVersionSuffixMatches: echo/v4's Context is a carrier here, so this is a ctx scope.
func badVersionSuffixMatches(c echo.Context) {
	go func() { // want `^goroutine does not propagate context "c"$`
		work("x")
	}()
}

// goodCaptured: capturing it counts.
func goodCaptured(c echo.Context) {
	go func() { work(c.Param("id")) }()
}
