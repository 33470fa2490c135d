// Package inference: the types the checkers need, inferred from declarations.
package inference

import (
	"context"

	"inference/log"
)

// local is a package-level variable of this package initialised with another package's
// function.
var local = log.GetLogger

// viaC is a variable initialised with a function returning a context.
var viaC = log.C

// badFuncVarOtherPackage: log.G is GetLogger, so logger is a *log.Entry, not a context.
func badFuncVarOtherPackage(ctx context.Context) {
	logger := log.G(ctx)
	go func() { logger.Info("x") }() // want `^goroutine does not propagate context "ctx"$`
}

// badFuncVarChain: a method called on the result is typed too.
func badFuncVarChain(ctx context.Context) {
	entry := log.G(ctx).WithField("k", 1)
	go func() { entry.Info("x") }() // want `^goroutine does not propagate context "ctx"$`
}

// badFuncVarOfVar: log.L = log.G = GetLogger.
func badFuncVarOfVar(ctx context.Context) {
	l := log.L(ctx)
	go func() { l.Info("x") }() // want `^goroutine does not propagate context "ctx"$`
}

// badFuncVarThisPackage: a variable of this package initialised with a qualified function.
func badFuncVarThisPackage(ctx context.Context) {
	l := local(ctx)
	go func() { l.Info("x") }() // want `^goroutine does not propagate context "ctx"$`
}

// goodFuncVarReturnsContext: log.C returns a context, so the captured value is one.
func goodFuncVarReturnsContext(ctx context.Context) {
	c := log.C(ctx)
	go func() { _ = c }()
	d := viaC(ctx)
	go func() { _ = d }()
}

// badGenericFuncVar: an instantiated generic function used as a value.
var ident = log.Identity[*log.Entry]

func badGenericFuncVar(ctx context.Context) {
	e := ident(log.G(ctx))
	go func() { e.Info("x") }() // want `^goroutine does not propagate context "ctx"$`
}

// badMethodValueVar: a variable initialised with a method value of an interface result is
// typed through the interface's method.
var methodFn = someHolder().Get

type getter interface{ Get(context.Context) *log.Entry }

func someHolder() getter { return nil }

func badMethodValueVar(ctx context.Context) {
	e := methodFn(ctx)
	go func() { e.Info("x") }() // want `^goroutine does not propagate context "ctx"$`
}
