package carrier

import "github.com/labstack/echo/v4"

// badCarrierOnlyFile: a file that imports only the carrier's package is analysed too.
func badCarrierOnlyFile(c echo.Context) {
	go func() { // want `^goroutine does not propagate context "c"$`
		work("w")
	}()
}
