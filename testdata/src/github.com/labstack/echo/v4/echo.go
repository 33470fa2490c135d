// Package echo is a stub of github.com/labstack/echo/v4: declarations only.
package echo

import "context"

// Context is echo's request context (a carrier of the request's context.Context).
type Context interface {
	Param(name string) string
	RealContext() context.Context
}
