// Stub of a sub-package below the /v2 module path: declarations only. Its import path
// github.com/siketyan/gotask/v2/compat matches the gotask API spec quirkily (SPEC §3.0.3:
// spec path + "/v" + digit + anything), so its DoAllFns is checked like the real one.

// Package compat re-exposes a gotask entry point.
package compat

import "context"

// DoAllFns runs all functions concurrently and returns their values in order.
func DoAllFns[T any](ctx context.Context, fns ...func(ctx context.Context) T) []T {
	panic("stub")
}
