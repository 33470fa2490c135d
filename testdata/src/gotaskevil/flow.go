package gotaskevil

import (
	"context"

	"github.com/example/apm"
	"github.com/siketyan/gotask/v2"
)

// ===========================================================================
// P10 local-variable following (SPEC §3.0.4 P10: "a variable bound to a declared function or
// method value is a static call of it"; `run := func(){…}; run()` walks the literal). A `var`
// declaration with an explicit type binds the value just like `:=` (SSA lifts both).
// ===========================================================================

// goodTypedVarFunctionValue: `var fork T = apm.NewGoroutineContext; fork(c)`.
func goodTypedVarFunctionValue(ctx context.Context) {
	_ = gotask.DoAllFns(ctx, func(c context.Context) int {
		var fork func(context.Context) context.Context = apm.NewGoroutineContext
		return use(fork(c))
	})
}

// goodTypedVarLiteral: `var run func() = func(){…}; run()`.
func goodTypedVarLiteral(ctx context.Context) {
	_ = gotask.DoAllFns(ctx, func(c context.Context) int {
		var run func() = func() { _ = apm.NewGoroutineContext(c) }
		run()
		return 0
	})
}

// goodFunctionValueCopied: `d := apm.NewGoroutineContext; e := d; e(c)`: one value (the
// declared function) reaches the call along straight-line code.
func goodFunctionValueCopied(ctx context.Context) {
	_ = gotask.DoAllFns(ctx, func(c context.Context) int {
		d := apm.NewGoroutineContext
		e := d
		return use(e(c))
	})
}

// goodUntypedVarFunctionValue: control for goodTypedVarFunctionValue.
func goodUntypedVarFunctionValue(ctx context.Context) {
	_ = gotask.DoAllFns(ctx, func(c context.Context) int {
		var fork = apm.NewGoroutineContext
		return use(fork(c))
	})
}

// ===========================================================================
// P10: go statements with an explicitly instantiated callee (SPEC §3.0.4 P10: "the arguments
// of a go statement's call ... are evaluated now → normal calls"). goroutine passes (§9.4: an
// explicitly instantiated generic callee), goroutinederive passes ("anything else").
// ===========================================================================

// goodGoGenericCalleeDeriverArgument: the deriver is an argument of the spawned call.
func goodGoGenericCalleeDeriverArgument(ctx context.Context) {
	_ = gotask.DoAllFns(ctx, func(c context.Context) int {
		go process[int](apm.NewGoroutineContext(c))
		return 0
	})
}

// goodDeferGenericCalleeDeriverArgument: the same with defer (arguments evaluated now).
func goodDeferGenericCalleeDeriverArgument(ctx context.Context) {
	_ = gotask.DoAllFns(ctx, func(c context.Context) int {
		defer process[int](apm.NewGoroutineContext(c))
		return 0
	})
}

// goodGoLiteralDeriverArgument: the arguments of `go func(d){…}(deriver(c))` run now; the
// literal has its own context parameter (goroutine/goroutinederive pass by P1).
func goodGoLiteralDeriverArgument(ctx context.Context) {
	_ = gotask.DoAllFns(ctx, func(c context.Context) int {
		go func(d context.Context) { _ = d }(apm.NewGoroutineContext(c))
		return 0
	})
}

// ===========================================================================
// P10 reachability beyond the listed terminators: SSA ("statically unreachable code") drops
// blocks after break / continue, and after an if/else or a switch with default whose every
// branch returns (go/ssa deletes blocks not reachable from the entry).
// ===========================================================================

// badAfterContinue: code after continue in the loop body is unreachable.
func badAfterContinue(ctx context.Context, n int) {
	_ = gotask.DoAllFns(ctx, func(c context.Context) int { // want `^gotask\.DoAllFns\(\) 2nd argument should call goroutine deriver$`
		for i := 0; i < n; i++ {
			continue
			_ = apm.NewGoroutineContext(c)
		}
		return 0
	})
}

// badAfterBreak: code after break in the loop body is unreachable.
func badAfterBreak(ctx context.Context, n int) {
	_ = gotask.DoAllFns(ctx, func(c context.Context) int { // want `^gotask\.DoAllFns\(\) 2nd argument should call goroutine deriver$`
		for i := 0; i < n; i++ {
			break
			_ = apm.NewGoroutineContext(c)
		}
		return 0
	})
}

// badAfterIfElseBothReturn: no path reaches the statement after the if/else.
func badAfterIfElseBothReturn(ctx context.Context, flag bool) {
	_ = gotask.DoAllFns(ctx, func(c context.Context) int { // want `^gotask\.DoAllFns\(\) 2nd argument should call goroutine deriver$`
		if flag {
			return 0
		} else {
			return 1
		}
		return use(apm.NewGoroutineContext(c))
	})
}

// badAfterSwitchAllReturn: every clause (with default) returns.
func badAfterSwitchAllReturn(ctx context.Context, mode int) {
	_ = gotask.DoAllFns(ctx, func(c context.Context) int { // want `^gotask\.DoAllFns\(\) 2nd argument should call goroutine deriver$`
		switch mode {
		case 1:
			return 1
		default:
			return 0
		}
		return use(apm.NewGoroutineContext(c))
	})
}

// goodAfterIfWithoutElseReturn: control: the if has no else, the rest is reachable.
func goodAfterIfWithoutElseReturn(ctx context.Context, flag bool) {
	_ = gotask.DoAllFns(ctx, func(c context.Context) int {
		if flag {
			return 0
		}
		return use(apm.NewGoroutineContext(c))
	})
}

// ===========================================================================
// DoAsync receivers whose type needs a field of an anonymous struct type.
// ===========================================================================

// badDoAsyncAnonymousStructFieldReceiver: the receiver is a field (of an unnamed struct type):
// not traced → reported.
func badDoAsyncAnonymousStructFieldReceiver(ctx context.Context, h *nested) {
	ch := make(chan int, 1)
	h.inner.t.DoAsync(ctx, ch) // want `^gotask\.\(\*Task\)\.DoAsync\(\) 1st argument should call goroutine deriver$`
}

// goodDoAsyncParameterReassignedByDeriver: the first argument's LastCall is the deriver.
func goodDoAsyncParameterReassignedByDeriver(ctx context.Context, task *gotask.Task[int]) {
	ch := make(chan int, 1)
	ctx = apm.NewGoroutineContext(ctx)
	task.DoAsync(ctx, ch)
}

// badDoAsyncReceiverCopiedVariable: `u := t` is not a call: u has no LastCall → not found.
func badDoAsyncReceiverCopiedVariable(ctx context.Context) {
	ch := make(chan int, 1)
	t := gotask.NewTask(func(c context.Context) int { return use(apm.NewGoroutineContext(c)) })
	u := t
	u.DoAsync(ctx, ch) // want `^gotask\.\(\*Task\)\.DoAsync\(\) 1st argument should call goroutine deriver$`
}

// badDoAsyncReceiverVarDeclared: `var u = t.Cancelable()` is not an assignment statement.
func badDoAsyncReceiverVarDeclared(ctx context.Context) {
	ch := make(chan int, 1)
	t := gotask.NewTask(func(c context.Context) int { return use(apm.NewGoroutineContext(c)) })
	var u = t.Cancelable()
	u.DoAsync(ctx, ch) // want `^gotask\.\(\*CancelableTask\)\.DoAsync\(\) 1st argument should call goroutine deriver$`
}

// ===========================================================================
// Scopes: an unnamed context parameter makes no scope, so the outer scope applies (§2.1).
// ===========================================================================

// badUnnamedInnerParameterOuterScope: the literal with an unnamed context parameter is
// transparent; the call is checked in badUnnamedInnerParameterOuterScope's scope.
func badUnnamedInnerParameterOuterScope(ctx context.Context) func(context.Context) {
	return func(context.Context) {
		_ = gotask.DoAllFns(ctx, func(c context.Context) int { return use(c) }) // want `^gotask\.DoAllFns\(\) 2nd argument should call goroutine deriver$`
	}
}

// badReceiverSliceSpread: a receiver of a named slice type is a slice-typed variable.
func (l taskList) badReceiverSliceSpread(ctx context.Context) {
	_ = gotask.DoAllFns(ctx, l...) // want `^gotask\.DoAllFns\(\) variadic argument should call goroutine deriver$`
}

// ===========================================================================
// P10 straight-line following through init statements: the init statement of an if / switch
// runs unconditionally, so the value it assigns reaches a later call (SSA lifts the variable;
// only one value reaches the call).
// ===========================================================================

// goodIfInitAssignsLiteral: `if run = func(){…}; flag {…}; run()`.
func goodIfInitAssignsLiteral(ctx context.Context, flag bool) {
	_ = gotask.DoAllFns(ctx, func(c context.Context) int {
		var run func()
		if run = func() { _ = apm.NewGoroutineContext(c) }; flag {
			c = nil
		}
		run()
		return use(c)
	})
}

// goodSwitchInitAssignsFunctionValue: `switch fork = apm.NewGoroutineContext; mode {…}`.
func goodSwitchInitAssignsFunctionValue(ctx context.Context, mode int) {
	_ = gotask.DoAllFns(ctx, func(c context.Context) int {
		var fork func(context.Context) context.Context
		switch fork = apm.NewGoroutineContext; mode {
		case 1:
			mode++
		}
		return use(fork(c)) + mode
	})
}

// goodGoIndexCalleeDeriverKey: the index of a go statement's callee is evaluated now.
// goroutine passes (P9: non-literal index), goroutinederive passes ("anything else").
func goodGoIndexCalleeDeriverKey(ctx context.Context, hooks map[context.Context]func()) {
	_ = gotask.DoAllFns(ctx, func(c context.Context) int {
		go hooks[apm.NewGoroutineContext(c)]()
		return 0
	})
}

// ===========================================================================
// Calls are visited inside go / defer statements (§3.0.1).
// ===========================================================================

// badGotaskCallInGoArgument: the go statement spawns a declared function (goroutine and
// goroutinederive pass); the gotask call in its argument is checked.
func badGotaskCallInGoArgument(ctx context.Context) {
	go consume(gotask.DoAllFns(ctx, plainTask, func(c context.Context) int { return use(c) })) // want `^gotask\.DoAllFns\(\) 3rd argument should call goroutine deriver$`
}

// badGotaskCallInDeferArgument: likewise in a defer statement.
func badGotaskCallInDeferArgument(ctx context.Context) {
	defer consume(gotask.DoAllFns(ctx, func(c context.Context) int { return use(c) })) // want `^gotask\.DoAllFns\(\) 2nd argument should call goroutine deriver$`
}

// badInitializerDoAsyncIIFE: in a package-level initializer P10 falls back to P11, which does
// not enter the IIFE.
var badInitializerDoAsyncIIFE = func(ctx context.Context) {
	ch := make(chan int, 1)
	gotask.NewTask(func(c context.Context) int {
		func() { _ = apm.NewGoroutineContext(c) }()
		return 0
	}).DoAsync(ctx, ch) // want `^gotask\.\(\*Task\)\.DoAsync\(\) 1st argument should call goroutine deriver$`
}
