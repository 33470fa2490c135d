package gotask

import (
	"context"

	"github.com/example/apm"
	"github.com/samber/lo"
	"github.com/siketyan/gotask/v2"
	"github.com/siketyan/gotask/v2/compat"
)

// ---------------------------------------------------------------------------
// Helpers: no checked gotask calls (NewTask itself is not a checked API).
// ---------------------------------------------------------------------------

// buildTask is a named factory; its task derives, but a named factory is never looked into.
func buildTask(c context.Context, n int) *gotask.Task[int] {
	return gotask.NewTask(func(tc context.Context) int { return use(apm.NewGoroutineContext(tc)) + n })
}

// fnFor returns a task function bound to c.
func fnFor(c context.Context) func(context.Context) int {
	return func(context.Context) int { return use(c) }
}

type taskMaker interface {
	Make() *gotask.Task[int]
}

type holder struct {
	task *gotask.Task[int]
}

// ---------------------------------------------------------------------------
// P10 details inside direct task literals (§3.0.4).
// ---------------------------------------------------------------------------

// goodLocalClosureCalled: `run := func(){…}; run()` is walked like an IIFE.
func goodLocalClosureCalled(ctx context.Context) {
	_ = gotask.DoAllFns(ctx, func(c context.Context) int {
		run := func() { _ = apm.NewGoroutineContext(c) }
		run()
		return 0
	})
}

// badLocalClosureOnlyStored: a literal that is stored but never invoked is not walked.
func badLocalClosureOnlyStored(ctx context.Context) {
	_ = gotask.DoAllFns(ctx, func(c context.Context) int { // want `^gotask\.DoAllFns\(\) 2nd argument should call goroutine deriver$`
		run := func() { _ = apm.NewGoroutineContext(c) }
		_ = run
		return 0
	})
}

// badLocalClosureDeferred: the closure's first call is deferred → DeferOnly → fail.
func badLocalClosureDeferred(ctx context.Context) {
	_ = gotask.DoAllFns(ctx, func(c context.Context) int { // want `^gotask\.DoAllFns\(\) 2nd argument should call goroutine deriver$`
		run := func() { _ = apm.NewGoroutineContext(c) }
		defer run()
		return 0
	})
}

// goodDeferredCallArgument: the arguments of a deferred call are evaluated now.
func goodDeferredCallArgument(ctx context.Context) {
	_ = gotask.DoAllFns(ctx, func(c context.Context) int {
		defer work(use(apm.NewGoroutineContext(c)))
		return 0
	})
}

// goodGoStatementArgument: the arguments of a go statement's call are evaluated now. The go
// statement spawns a declared function: goroutine and goroutinederive pass it.
func goodGoStatementArgument(ctx context.Context) {
	_ = gotask.DoAllFns(ctx, func(c context.Context) int {
		go work(use(apm.NewGoroutineContext(c)))
		return 0
	})
}

// goodFunctionValueVariable: a variable bound to a declared function is a static call of it.
func goodFunctionValueVariable(ctx context.Context) {
	_ = gotask.DoAllFns(ctx, func(c context.Context) int {
		fork := apm.NewGoroutineContext
		return use(fork(c))
	})
}

// badStraightLineReassignmentLoses: the non-deriving literal reaches the call.
func badStraightLineReassignmentLoses(ctx context.Context) {
	_ = gotask.DoAllFns(ctx, func(c context.Context) int { // want `^gotask\.DoAllFns\(\) 2nd argument should call goroutine deriver$`
		run := func() { _ = apm.NewGoroutineContext(c) }
		run = func() { _ = use(c) }
		run()
		return 0
	})
}

// goodStraightLineReassignmentWins: the deriving literal reaches the call.
func goodStraightLineReassignmentWins(ctx context.Context) {
	_ = gotask.DoAllFns(ctx, func(c context.Context) int {
		run := func() { _ = use(c) }
		run = func() { _ = apm.NewGoroutineContext(c) }
		run()
		return 0
	})
}

// badBranchMergedNotFollowed: assignments in branches that merge before the call are not
// followed, even though both derive.
func badBranchMergedNotFollowed(ctx context.Context, flag bool) {
	_ = gotask.DoAllFns(ctx, func(c context.Context) int { // want `^gotask\.DoAllFns\(\) 2nd argument should call goroutine deriver$`
		var run func()
		if flag {
			run = func() { _ = apm.NewGoroutineContext(c) }
		} else {
			run = func() { _ = use(apm.NewGoroutineContext(c)) }
		}
		run()
		return 0
	})
}

// badCapturedClosureNotFollowed: a variable captured from the enclosing function is not
// followed.
func badCapturedClosureNotFollowed(ctx context.Context) {
	derive := func() { _ = apm.NewGoroutineContext(ctx) }
	_ = gotask.DoAllFns(ctx, func(c context.Context) int { // want `^gotask\.DoAllFns\(\) 2nd argument should call goroutine deriver$`
		derive()
		return 0
	})
}

// goodFirstCallWinsOverLaterDefer: the literal is walked at its first call (not deferred).
func goodFirstCallWinsOverLaterDefer(ctx context.Context) {
	_ = gotask.DoAllFns(ctx, func(c context.Context) int {
		run := func() { _ = apm.NewGoroutineContext(c) }
		run()
		defer run()
		return 0
	})
}

// ---------------------------------------------------------------------------
// Traced literals (TaskArg identifier → LastLit → P11 flat, §3.0.4 P5/P11).
// ---------------------------------------------------------------------------

// goodTracedDeferredCounts: flat detection sees a deferred deriver call.
func goodTracedDeferredCounts(ctx context.Context) {
	task := func(c context.Context) int {
		defer apm.NewGoroutineContext(c)
		return 0
	}
	_ = gotask.DoAllFns(ctx, task)
}

// badTracedIIFEInvisible: flat detection does not enter an IIFE.
func badTracedIIFEInvisible(ctx context.Context) {
	task := func(c context.Context) int {
		func() { _ = apm.NewGoroutineContext(c) }()
		return 0
	}
	_ = gotask.DoAllFns(ctx, task) // want `^gotask\.DoAllFns\(\) 2nd argument should call goroutine deriver$`
}

// badTracedNestedGoroutineInvisible: nor a nested go func literal. The nested go statement
// passes goroutine and goroutinederive.
func badTracedNestedGoroutineInvisible(ctx context.Context) {
	task := func(c context.Context) int {
		go func() { _ = use(apm.NewGoroutineContext(c)) }()
		return 0
	}
	_ = gotask.DoAllFnsSettled(ctx, task) // want `^gotask\.DoAllFnsSettled\(\) 2nd argument should call goroutine deriver$`
}

// goodTracedGoOperand: calls in the operand of a go statement count in flat detection.
func goodTracedGoOperand(ctx context.Context) {
	task := func(c context.Context) int {
		go work(use(apm.NewGoroutineContext(c)))
		return 0
	}
	_ = gotask.DoAllFns(ctx, task)
}

// goodTracedLastLiteralIgnoresConditionality: LastLit is the last literal in file order, here
// the conditional one, which derives.
func goodTracedLastLiteralIgnoresConditionality(ctx context.Context, flag bool) {
	task := func(c context.Context) int { return use(c) }
	if flag {
		task = func(c context.Context) int { return use(apm.NewGoroutineContext(c)) }
	}
	_ = gotask.DoAllFns(ctx, task)
}

// badTracedLaterReassignment: a literal assigned after the call is still the last one
// (§9.14).
func badTracedLaterReassignment(ctx context.Context) {
	task := func(c context.Context) int { return use(apm.NewGoroutineContext(c)) }
	_ = gotask.DoAllFns(ctx, task) // want `^gotask\.DoAllFns\(\) 2nd argument should call goroutine deriver$`
	task = func(c context.Context) int { return use(c) }
	_ = task
}

// ---------------------------------------------------------------------------
// TaskCall steps 2–4 and ReturnsDeriving (§3.8(a)).
// ---------------------------------------------------------------------------

// goodLocalFactoryReturnsDerivingTask: step 2 (callee variable with LastLit, ReturnsDeriving
// through a returned NewTask call).
func goodLocalFactoryReturnsDerivingTask(ctx context.Context) {
	mk := func(n int) *gotask.Task[int] {
		return gotask.NewTask(func(c context.Context) int { return use(apm.NewGoroutineContext(c)) + n })
	}
	_ = gotask.DoAll(ctx, mk(1), mk(2))
}

// badLocalFactoryReturnsPlainTask: step 2 fails, nothing else applies.
func badLocalFactoryReturnsPlainTask(ctx context.Context) {
	mk := func(n int) *gotask.Task[int] {
		return gotask.NewTask(func(c context.Context) int { return use(c) + n })
	}
	_ = gotask.DoAll(ctx, mk(1)) // want `^gotask\.DoAll\(\) 2nd argument should call goroutine deriver$`
}

// goodLocalFactoryReturnsDerivingLiteral: a returned literal is judged flat (P11).
func goodLocalFactoryReturnsDerivingLiteral(ctx context.Context) {
	mkFn := func(n int) func(context.Context) int {
		return func(c context.Context) int {
			defer apm.NewGoroutineContext(c)
			return n
		}
	}
	_ = gotask.DoAllFns(ctx, mkFn(1))
}

// badLocalFactoryReturnsIdentifier: returned identifiers are not followed (§9.13).
func badLocalFactoryReturnsIdentifier(ctx context.Context) {
	mkFn := func() func(context.Context) int {
		f := func(c context.Context) int { return use(apm.NewGoroutineContext(c)) }
		return f
	}
	_ = gotask.DoAllFns(ctx, mkFn()) // want `^gotask\.DoAllFns\(\) 2nd argument should call goroutine deriver$`
}

// goodOneDerivingReturnPathIsEnough: §9.11.
func goodOneDerivingReturnPathIsEnough(ctx context.Context) {
	mk := func(flag bool) *gotask.Task[int] {
		if flag {
			return gotask.NewTask(func(c context.Context) int { return use(c) })
		}
		return gotask.NewTask(func(c context.Context) int { return use(apm.NewGoroutineContext(c)) })
	}
	_ = gotask.DoAll(ctx, mk(true))
}

// badNamedFactory: a declared factory is not looked into (§9.13), even though it derives.
func badNamedFactory(ctx context.Context) {
	_ = gotask.DoAll(ctx, buildTask(ctx, 1)) // want `^gotask\.DoAll\(\) 2nd argument should call goroutine deriver$`
}

// goodDeriverInFactoryArguments: step 4, P11 over the call sees the deriver argument.
func goodDeriverInFactoryArguments(ctx context.Context) {
	_ = gotask.DoAll(ctx, buildTask(apm.NewGoroutineContext(ctx), 1))
}

// badInterfaceFactory: an interface method producing the task (§9.13).
func badInterfaceFactory(ctx context.Context, maker taskMaker) {
	_ = gotask.DoAll(ctx, maker.Make()) // want `^gotask\.DoAll\(\) 2nd argument should call goroutine deriver$`
}

// goodVariableFromLocalFactory: identifier → LastCall → TaskCall step 2.
func goodVariableFromLocalFactory(ctx context.Context) {
	mk := func() *gotask.Task[int] {
		return gotask.NewTask(func(c context.Context) int { return use(apm.NewGoroutineContext(c)) })
	}
	task := mk()
	_ = gotask.DoRace(ctx, task)
}

// badVariableFromNamedFactory: identifier → LastCall → TaskCall fails.
func badVariableFromNamedFactory(ctx context.Context) {
	task := buildTask(ctx, 2)
	_ = gotask.DoRace(ctx, task) // want `^gotask\.DoRace\(\) 2nd argument should call goroutine deriver$`
}

// goodNewTaskCallbackCallWithDeriverArgument: TaskCallback falls back to P11(cb), which sees
// the deriver among the call's arguments.
func goodNewTaskCallbackCallWithDeriverArgument(ctx context.Context) {
	_ = gotask.DoAll(ctx, gotask.NewTask(fnFor(apm.NewGoroutineContext(ctx))))
}

// badNewTaskCallbackCall: P11(cb) finds no deriver.
func badNewTaskCallbackCall(ctx context.Context) {
	_ = gotask.DoAll(ctx, gotask.NewTask(fnFor(ctx))) // want `^gotask\.DoAll\(\) 2nd argument should call goroutine deriver$`
}

// goodNewTaskCallbackVariableFlat: TaskCallback(identifier with LastLit) = P11: a deferred
// deriver counts.
func goodNewTaskCallbackVariableFlat(ctx context.Context) {
	fn := func(c context.Context) int {
		defer apm.NewGoroutineContext(c)
		return 0
	}
	_ = gotask.DoAll(ctx, gotask.NewTask(fn))
}

// badNewTaskCallbackVariableFlat: TaskCallback(identifier with LastLit) = P11: an IIFE is not
// entered.
func badNewTaskCallbackVariableFlat(ctx context.Context) {
	fn := func(c context.Context) int {
		func() { _ = apm.NewGoroutineContext(c) }()
		return 0
	}
	_ = gotask.DoAll(ctx, gotask.NewTask(fn)) // want `^gotask\.DoAll\(\) 2nd argument should call goroutine deriver$`
}

// badNewTaskCallbackParameter: a parameter has no LastLit → P11(identifier) → fail
// (contrast goodParameterUntraceable, where the parameter is the task argument itself).
func badNewTaskCallbackParameter(ctx context.Context, fn func(context.Context) int) {
	_ = gotask.DoAll(ctx, gotask.NewTask(fn)) // want `^gotask\.DoAll\(\) 2nd argument should call goroutine deriver$`
}

// ---------------------------------------------------------------------------
// The lo.Map pattern (TaskCall step 3).
// ---------------------------------------------------------------------------

// goodLoMapNewTask: the iteratee returns a NewTask call whose literal derives.
func goodLoMapNewTask(ctx context.Context, items []int) {
	_ = gotask.DoAll(ctx, lo.Map(items, func(x int, _ int) *gotask.Task[int] {
		return gotask.NewTask(func(c context.Context) int { return use(apm.NewGoroutineContext(c)) + x })
	})...)
}

// badLoMapNewTask: the returned task does not derive; the spread gives the variadic message.
func badLoMapNewTask(ctx context.Context, items []int) {
	_ = gotask.DoAll(ctx, lo.Map(items, func(x int, _ int) *gotask.Task[int] { // want `^gotask\.DoAll\(\) variadic argument should call goroutine deriver$`
		return gotask.NewTask(func(c context.Context) int { return use(c) + x })
	})...)
}

// goodLoMapReturnsDerivingLiteral: the iteratee returns a literal that derives (P11).
func goodLoMapReturnsDerivingLiteral(ctx context.Context, items []int) {
	_ = gotask.DoAllFnsSettled(ctx, lo.Map(items, func(x int, _ int) func(context.Context) int {
		return func(c context.Context) int { return use(apm.NewGoroutineContext(c)) + x }
	})...)
}

// badLoMapReturnsLiteralDeriverInIIFE: P11 does not enter the IIFE.
func badLoMapReturnsLiteralDeriverInIIFE(ctx context.Context, items []int) {
	_ = gotask.DoAllFns(ctx, lo.Map(items, func(x int, _ int) func(context.Context) int { // want `^gotask\.DoAllFns\(\) variadic argument should call goroutine deriver$`
		return func(c context.Context) int {
			func() { _ = apm.NewGoroutineContext(c) }()
			return x
		}
	})...)
}

// badLoMapReturnsIdentifier: `f := func…; return f` is not followed (§9.13).
func badLoMapReturnsIdentifier(ctx context.Context, items []int) {
	_ = gotask.DoAllFns(ctx, lo.Map(items, func(x int, _ int) func(context.Context) int { // want `^gotask\.DoAllFns\(\) variadic argument should call goroutine deriver$`
		f := func(c context.Context) int { return use(apm.NewGoroutineContext(c)) + x }
		return f
	})...)
}

// badLoMapReturnsNamedFactory: `return buildTask(…)` is not looked into (§9.13).
func badLoMapReturnsNamedFactory(ctx context.Context, items []int) {
	_ = gotask.DoRace(ctx, lo.Map(items, func(x int, _ int) *gotask.Task[int] { // want `^gotask\.DoRace\(\) variadic argument should call goroutine deriver$`
		return buildTask(ctx, x)
	})...)
}

// goodLoMapReturnsFactoryWithDeriverArgument: the returned call passes TaskCall step 4.
func goodLoMapReturnsFactoryWithDeriverArgument(ctx context.Context, items []int) {
	_ = gotask.DoRace(ctx, lo.Map(items, func(x int, _ int) *gotask.Task[int] {
		return buildTask(apm.NewGoroutineContext(ctx), x)
	})...)
}

// goodLoMapOneDerivingPath: one deriving return is enough (§9.11).
func goodLoMapOneDerivingPath(ctx context.Context, items []int) {
	_ = gotask.DoAllSettled(ctx, lo.Map(items, func(x int, _ int) *gotask.Task[int] {
		if x < 0 {
			return buildTask(ctx, x)
		}
		return gotask.NewTask(func(c context.Context) int { return use(apm.NewGoroutineContext(c)) })
	})...)
}

// badLoMapNewTaskNamedFunction: NewTask(namedFunction) in the iteratee fails.
func badLoMapNewTaskNamedFunction(ctx context.Context, items []int) {
	_ = gotask.DoAllSettled(ctx, lo.Map(items, func(x int, _ int) *gotask.Task[int] { // want `^gotask\.DoAllSettled\(\) variadic argument should call goroutine deriver$`
		return gotask.NewTask(derivingTask)
	})...)
}

// badLoMapBoundToVariable: binding the lo.Map result makes a slice-typed variable, which
// always fails.
func badLoMapBoundToVariable(ctx context.Context, items []int) {
	tasks := lo.Map(items, func(x int, _ int) *gotask.Task[int] {
		return gotask.NewTask(func(c context.Context) int { return use(apm.NewGoroutineContext(c)) + x })
	})
	_ = gotask.DoAll(ctx, tasks...) // want `^gotask\.DoAll\(\) variadic argument should call goroutine deriver$`
}

// ---------------------------------------------------------------------------
// DoAsync receiver tracing (§3.8(b)2).
// ---------------------------------------------------------------------------

// goodReceiverThroughVariables: ct → LastCall t.Cancelable() → t → LastCall NewTask(…).
func goodReceiverThroughVariables(ctx context.Context) {
	ch := make(chan int, 1)
	t := gotask.NewTask(func(c context.Context) int { return use(apm.NewGoroutineContext(c)) })
	ct := t.Cancelable()
	ct.DoAsync(ctx, ch)
	ct.Cancel()
}

// badReceiverThroughVariables: the same chain ending at a non-deriving callback.
func badReceiverThroughVariables(ctx context.Context) {
	ch := make(chan int, 1)
	t := gotask.NewTask(func(c context.Context) int { return use(c) })
	ct := t.Cancelable()
	ct.DoAsync(ctx, ch) // want `^gotask\.\(\*CancelableTask\)\.DoAsync\(\) 1st argument should call goroutine deriver$`
}

// goodReceiverDereferenceInParens: (X) and *X are traced through.
func goodReceiverDereferenceInParens(ctx context.Context) {
	ch := make(chan int, 1)
	p := gotask.NewTask(func(c context.Context) int { return use(apm.NewGoroutineContext(c)) })
	(*p).DoAsync(ctx, ch)
}

// badReceiverAddressOf: `p := &task` is not a call: not found (§9.13), although the callback
// derives.
func badReceiverAddressOf(ctx context.Context) {
	ch := make(chan int, 1)
	task := *gotask.NewTask(func(c context.Context) int { return use(apm.NewGoroutineContext(c)) })
	p := &task
	p.DoAsync(ctx, ch) // want `^gotask\.\(\*Task\)\.DoAsync\(\) 1st argument should call goroutine deriver$`
}

// badReceiverStructField: a field selector is not traced.
func badReceiverStructField(ctx context.Context, h holder) {
	ch := make(chan int, 1)
	h.task.DoAsync(ctx, ch) // want `^gotask\.\(\*Task\)\.DoAsync\(\) 1st argument should call goroutine deriver$`
}

// goodReceiverCallbackVariableFlat: TaskCallback(identifier with LastLit) is flat: a deferred
// deriver counts.
func goodReceiverCallbackVariableFlat(ctx context.Context) {
	ch := make(chan int, 1)
	fn := func(c context.Context) int {
		defer apm.NewGoroutineContext(c)
		return 0
	}
	gotask.NewTask(fn).DoAsync(ctx, ch)
}

// badReceiverCallbackLiteralDeferred: TaskCallback(literal) is P10: deferred-only fails.
func badReceiverCallbackLiteralDeferred(ctx context.Context) {
	ch := make(chan int, 1)
	gotask.NewTask(func(c context.Context) int {
		defer apm.NewGoroutineContext(c)
		return 0
	}).DoAsync(ctx, ch) // want `^gotask\.\(\*Task\)\.DoAsync\(\) 1st argument should call goroutine deriver$`
}

// badDoAsyncInGoAndDefer: calls are visited inside go and defer statements too. The go
// statement spawns a method value: goroutine and goroutinederive pass it.
func badDoAsyncInGoAndDefer(ctx context.Context, task *gotask.Task[int]) {
	ch := make(chan int, 2)
	go task.DoAsync(ctx, ch)    // want `^gotask\.\(\*Task\)\.DoAsync\(\) 1st argument should call goroutine deriver$`
	defer task.DoAsync(ctx, ch) // want `^gotask\.\(\*Task\)\.DoAsync\(\) 1st argument should call goroutine deriver$`
}

// badDoAsyncSelectorOnNextLine: the report is at the DoAsync identifier, on the line after
// the call start.
func badDoAsyncSelectorOnNextLine(ctx context.Context) {
	ch := make(chan int, 1)
	gotask.NewTask(func(c context.Context) int { return use(c) }).
		DoAsync(ctx, ch) // want `^gotask\.\(\*Task\)\.DoAsync\(\) 1st argument should call goroutine deriver$`
}

// ---------------------------------------------------------------------------
// Ordinals (§3.8(a)): 2nd 3rd 4th … 11th 12th 13th … 21st 22nd 23rd.
// ---------------------------------------------------------------------------

// badOrdinals: 22 tasks; b fails, g passes.
func badOrdinals(ctx context.Context) {
	b := func(c context.Context) int { return use(c) }
	g := func(c context.Context) int { return use(apm.NewGoroutineContext(c)) }
	_ = gotask.DoAllFns(ctx, // want `^gotask\.DoAllFns\(\) 2nd argument should call goroutine deriver$` `^gotask\.DoAllFns\(\) 3rd argument should call goroutine deriver$` `^gotask\.DoAllFns\(\) 4th argument should call goroutine deriver$` `^gotask\.DoAllFns\(\) 11th argument should call goroutine deriver$` `^gotask\.DoAllFns\(\) 12th argument should call goroutine deriver$` `^gotask\.DoAllFns\(\) 13th argument should call goroutine deriver$` `^gotask\.DoAllFns\(\) 21st argument should call goroutine deriver$` `^gotask\.DoAllFns\(\) 22nd argument should call goroutine deriver$` `^gotask\.DoAllFns\(\) 23rd argument should call goroutine deriver$`
		b, b, b, // 2nd 3rd 4th
		g, g, g, g, g, g, // 5th–10th
		b, b, b, // 11th 12th 13th
		g, g, g, g, g, g, g, // 14th–20th
		b, b, b, // 21st 22nd 23rd
	)
}

// badFifthOnly: a lone 5th.
func badFifthOnly(ctx context.Context) {
	b := func(c context.Context) int { return use(c) }
	_ = gotask.DoAllFns(ctx, derivingTask, plainTask, nil, b) // want `^gotask\.DoAllFns\(\) 5th argument should call goroutine deriver$`
}

// ---------------------------------------------------------------------------
// Versioned module paths (§3.0.3): /v2 matches, and so, quirkily, does /v2/compat.
// ---------------------------------------------------------------------------

// badCompatSubpackage: github.com/siketyan/gotask/v2/compat matches the spec path; the display
// name comes from the spec path, not from the import.
func badCompatSubpackage(ctx context.Context) {
	_ = compat.DoAllFns(ctx, func(c context.Context) int { return use(c) }) // want `^gotask\.DoAllFns\(\) 2nd argument should call goroutine deriver$`
}

// goodCompatSubpackage: and it passes like the real one.
func goodCompatSubpackage(ctx context.Context) {
	_ = compat.DoAllFns(ctx, func(c context.Context) int { return use(apm.NewGoroutineContext(c)) })
}

// ---------------------------------------------------------------------------
// Package-level variable initializers (§3.0.4): P10 falls back to P11 there.
// ---------------------------------------------------------------------------

// goodInitializerDeferredCounts: flat: a deferred deriver counts.
var goodInitializerDeferredCounts = func(ctx context.Context) []int {
	return gotask.DoAllFns(ctx, func(c context.Context) int {
		defer apm.NewGoroutineContext(c)
		return 0
	})
}

// badInitializerIIFEInvisible: flat: an IIFE is not entered.
var badInitializerIIFEInvisible = func(ctx context.Context) []int {
	return gotask.DoAllFns(ctx, func(c context.Context) int { // want `^gotask\.DoAllFns\(\) 2nd argument should call goroutine deriver$`
		func() { _ = apm.NewGoroutineContext(c) }()
		return 0
	})
}

// goodInitializerNoScope: a package-level call outside any ctx scope is not checked.
var goodInitializerNoScope = gotask.DoAllFns(context.Background(), func(c context.Context) int { return use(c) })
