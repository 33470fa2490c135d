package crossfile

import "context"

// Package-level variables declared (and assigned) in this file, used from use.go: their
// assignments are read here, in the declaring file (SPEC §3.0.4 P4, P7, P8, P9).

type hooks struct {
	run  func() error
	stop func()
}

var (
	hk    hooks
	steps []func()
	table map[string]func() error
)

var (
	okHk    hooks
	okSteps []func()
	okTable map[string]func() error
)

var pkgCtx = context.Background()

var (
	pkgJob func() error
	pkgGo  func()
	noCtx  func()
)

func use(v ...any) error { return nil }

func init() {
	hk = hooks{run: func() error { return nil }, stop: func() {}}
	steps = []func(){func() {}}
	table = map[string]func() error{"cold": func() error { return nil }}

	okHk = hooks{run: func() error { return use(pkgCtx) }, stop: func() { _ = use(pkgCtx) }}
	okSteps = []func(){func() { _ = use(pkgCtx) }}
	okTable = map[string]func() error{"warm": func() error { return use(pkgCtx) }}

	pkgJob = func() error { return use(pkgCtx) }
	pkgGo = func() { _ = use(pkgCtx) }
	noCtx = func() {}
}
