// Package gotask holds the fixtures of the gotask checker (SPEC §3.8, §7.2 rows 10–13) with one
// function deriver, github.com/example/apm.NewGoroutineContext. It imports the /v2 module path
// of gotask, which the API spec github.com/siketyan/gotask matches (§3.0.3).
//
// The other checkers run too (a deriver is set). The few `go` statements placed in a context
// scope (inside task literals, and `go task.DoAsync(…)` in advanced.go) pass both goroutine and
// goroutinederive, so only gotask and unused-ignore diagnostics are expected. Sub-packages:
// fakegotask + lookalike (a look-alike import path, silent) and imports (dot/renamed imports).
package gotask

import (
	"context"

	"github.com/example/apm"
	"github.com/siketyan/gotask/v2"
)

// ---------------------------------------------------------------------------
// Helpers: no gotask calls.
// ---------------------------------------------------------------------------

func use(ctx context.Context) int { _ = ctx; return 0 }

func work(n int) int { return n }

// plainTask is a declared function that does not derive.
func plainTask(c context.Context) int { return use(c) }

// derivingTask is a declared function that derives.
func derivingTask(c context.Context) int { return use(apm.NewGoroutineContext(c)) }

type service struct{ n int }

// compute derives, but a method value is never looked into.
func (s *service) compute(c context.Context) int { return use(apm.NewGoroutineContext(c)) + s.n }

// ---------------------------------------------------------------------------
// (a) Variadic APIs, function literals: TaskArg literal row = P10 AtStart (§3.8(a), §3.0.4).
// ---------------------------------------------------------------------------

// goodLiteralDerives: the literal calls the deriver.
func goodLiteralDerives(ctx context.Context) {
	_ = gotask.DoAllFns(ctx, func(c context.Context) int {
		return use(apm.NewGoroutineContext(c))
	})
}

// badLiteralOwnContextIsNoExemption: a task's own context.Context parameter does not exempt it
// and context use is irrelevant: only the deriver counts.
func badLiteralOwnContextIsNoExemption(ctx context.Context) {
	_ = gotask.DoAllFns(ctx, func(c context.Context) int { return use(c) }) // want `^gotask\.DoAllFns\(\) 2nd argument should call goroutine deriver$`
}

// badLiteralCapturesOuterContext: capturing the outer context is not enough either.
func badLiteralCapturesOuterContext(ctx context.Context) {
	gotask.DoAllFns(ctx, func(context.Context) int { return use(ctx) }) // want `^gotask\.DoAllFns\(\) 2nd argument should call goroutine deriver$`
}

// badSecondTaskOnly: only the failing argument is reported, with its 1-based position.
func badSecondTaskOnly(ctx context.Context) {
	_ = gotask.DoAllFnsSettled(ctx, // want `^gotask\.DoAllFnsSettled\(\) 3rd argument should call goroutine deriver$`
		func(c context.Context) int { return use(apm.NewGoroutineContext(c)) },
		func(c context.Context) int { return work(1) },
	)
}

// badSpecExample: the example of §3.8, reported twice at the call start (2nd and 4th).
func badSpecExample(ctx context.Context) {
	_ = gotask.DoRaceFns(ctx, // want `^gotask\.DoRaceFns\(\) 2nd argument should call goroutine deriver$` `^gotask\.DoRaceFns\(\) 4th argument should call goroutine deriver$`
		func(c context.Context) int { return use(c) },
		func(c context.Context) int { return use(apm.NewGoroutineContext(c)) },
		func(c context.Context) int { return use(c) },
	)
}

// badTwoOnOneLine: a call written on one line gets one diagnostic per failing argument.
func badTwoOnOneLine(ctx context.Context) {
	_ = gotask.DoAllFns(ctx, func(c context.Context) int { return 1 }, func(c context.Context) int { return 2 }) // want `^gotask\.DoAllFns\(\) 2nd argument should call goroutine deriver$` `^gotask\.DoAllFns\(\) 3rd argument should call goroutine deriver$`
}

// goodAllThreeDerive: every argument derives.
func goodAllThreeDerive(ctx context.Context) {
	_ = gotask.DoRaceFns(ctx,
		func(c context.Context) int { return use(apm.NewGoroutineContext(c)) },
		func(c context.Context) int { d := apm.NewGoroutineContext(c); return use(d) },
		func(c context.Context) int { <-apm.NewGoroutineContext(c).Done(); return 0 },
	)
}

// goodDeriverInBranch: "at start" is a misnomer: a call in an if branch counts.
func goodDeriverInBranch(ctx context.Context, flag bool) {
	_ = gotask.DoAllFns(ctx, func(c context.Context) int {
		if flag {
			c = apm.NewGoroutineContext(c)
		}
		return use(c)
	})
}

// goodDeriverInSelectCase: a call inside a select case counts.
func goodDeriverInSelectCase(ctx context.Context, done chan struct{}) {
	_ = gotask.DoAllFns(ctx, func(c context.Context) int {
		select {
		case <-done:
			return use(apm.NewGoroutineContext(c))
		default:
			return 0
		}
	})
}

// goodDeriverInIIFE: an immediately invoked literal is walked.
func goodDeriverInIIFE(ctx context.Context) {
	_ = gotask.DoAllFns(ctx, func(c context.Context) int {
		func() { _ = apm.NewGoroutineContext(c) }()
		return 0
	})
}

// badDeriverOnlyDeferred: a deferred deriver call does not count (no defer message in gotask).
func badDeriverOnlyDeferred(ctx context.Context) {
	_ = gotask.DoAllFns(ctx, func(c context.Context) int { // want `^gotask\.DoAllFns\(\) 2nd argument should call goroutine deriver$`
		defer apm.NewGoroutineContext(c)
		return use(c)
	})
}

// badDeriverOnlyInDeferredClosure: everything inside a deferred IIFE is deferred (§9.13).
func badDeriverOnlyInDeferredClosure(ctx context.Context) {
	_ = gotask.DoAllFns(ctx, func(c context.Context) int { // want `^gotask\.DoAllFns\(\) 2nd argument should call goroutine deriver$`
		defer func() { _ = apm.NewGoroutineContext(c) }()
		return use(c)
	})
}

// badDeriverOnlyInNestedGoroutine: the body of a nested go func(){…}() is not the task's
// (§9.13). The nested go statement itself passes goroutine and goroutinederive.
func badDeriverOnlyInNestedGoroutine(ctx context.Context) {
	_ = gotask.DoAllFns(ctx, func(c context.Context) int { // want `^gotask\.DoAllFns\(\) 2nd argument should call goroutine deriver$`
		go func() { _ = use(apm.NewGoroutineContext(c)) }()
		return 0
	})
}

// badNotDeriverOther: apm.Other is not the configured deriver.
func badNotDeriverOther(ctx context.Context) {
	_ = gotask.DoAllFns(ctx, func(c context.Context) int { return use(apm.Other(c)) }) // want `^gotask\.DoAllFns\(\) 2nd argument should call goroutine deriver$`
}

// ---------------------------------------------------------------------------
// (a) Variadic APIs, identifiers: TaskArg identifier row.
// ---------------------------------------------------------------------------

// goodDeclaredFunctionNotTraced: an identifier that is not a variable passes, even when the
// function does not derive.
func goodDeclaredFunctionNotTraced(ctx context.Context) {
	_ = gotask.DoAllFns(ctx, plainTask, derivingTask)
}

// goodNilArgument: nil is not a variable.
func goodNilArgument(ctx context.Context) {
	_ = gotask.DoAllFns(ctx, plainTask, nil)
}

// goodVariableLiteralDerives: LastLit → P11 over the literal's body.
func goodVariableLiteralDerives(ctx context.Context) {
	task := func(c context.Context) int { return use(apm.NewGoroutineContext(c)) }
	_ = gotask.DoAllFns(ctx, task)
}

// badVariableLiteralDoesNotDerive: LastLit → P11 fails.
func badVariableLiteralDoesNotDerive(ctx context.Context) {
	task := func(c context.Context) int { return use(c) }
	_ = gotask.DoAllFns(ctx, task) // want `^gotask\.DoAllFns\(\) 2nd argument should call goroutine deriver$`
}

// goodParameterUntraceable: a parameter has neither LastLit nor LastCall.
func goodParameterUntraceable(ctx context.Context, task func(context.Context) int) {
	_ = gotask.DoAllFns(ctx, task)
}

// badSliceSpread: a slice-typed variable always fails; with a spread the message says
// "variadic" (§9.13: even if every element derives).
func badSliceSpread(ctx context.Context) {
	fns := []func(context.Context) int{derivingTask, derivingTask}
	_ = gotask.DoAllFns(ctx, fns...) // want `^gotask\.DoAllFns\(\) variadic argument should call goroutine deriver$`
}

// badSpreadSpecExample: the example of §9.13.
func badSpreadSpecExample(reqCtx context.Context, parts []func(context.Context) int) {
	_ = gotask.DoAllFnsSettled(reqCtx, parts...) // want `^gotask\.DoAllFnsSettled\(\) variadic argument should call goroutine deriver$`
}

// badSpreadVariadicParameter: a variadic parameter is a slice too (a forwarding wrapper).
func badSpreadVariadicParameter(ctx context.Context, fns ...func(context.Context) int) int {
	return gotask.DoRaceFns(ctx, fns...) // want `^gotask\.DoRaceFns\(\) variadic argument should call goroutine deriver$`
}

// ---------------------------------------------------------------------------
// (a) Task values: TaskArg call row → TaskCall step 1, NewTask → TaskCallback.
// ---------------------------------------------------------------------------

// goodNewTaskLiteralDerives: TaskCallback(literal) = P10 AtStart.
func goodNewTaskLiteralDerives(ctx context.Context) {
	_ = gotask.DoAll(ctx, gotask.NewTask(func(c context.Context) int {
		return use(apm.NewGoroutineContext(c))
	}))
}

// badNewTaskLiteralDoesNotDerive: the task's own context is no exemption.
func badNewTaskLiteralDoesNotDerive(ctx context.Context) {
	_ = gotask.DoAll(ctx, gotask.NewTask(func(c context.Context) int { return use(c) })) // want `^gotask\.DoAll\(\) 2nd argument should call goroutine deriver$`
}

// badNewTaskNamedFunction: NewTask(namedFunction) fails even though the function derives
// (TaskCallback falls back to P11 over the identifier, §9.13).
func badNewTaskNamedFunction(ctx context.Context) {
	_ = gotask.DoAllSettled(ctx, gotask.NewTask(derivingTask)) // want `^gotask\.DoAllSettled\(\) 2nd argument should call goroutine deriver$`
}

// badNewTaskMethodValue: NewTask(obj.method) fails too.
func badNewTaskMethodValue(ctx context.Context, svc *service) {
	_ = gotask.DoRace(ctx, gotask.NewTask(svc.compute)) // want `^gotask\.DoRace\(\) 2nd argument should call goroutine deriver$`
}

// goodNewTaskInDoRace: one deriving task.
func goodNewTaskInDoRace(ctx context.Context) {
	_ = gotask.DoRace(ctx, gotask.NewTask(func(c context.Context) string {
		_ = apm.NewGoroutineContext(c)
		return "won"
	}))
}

// goodAndBadSettled: mixed tasks; only the third is reported.
func goodAndBadSettled(ctx context.Context) {
	_ = gotask.DoAllSettled(ctx, // want `^gotask\.DoAllSettled\(\) 3rd argument should call goroutine deriver$`
		gotask.NewTask(func(c context.Context) int { return use(apm.NewGoroutineContext(c)) }),
		gotask.NewTask(func(c context.Context) int { return work(3) }),
	)
}

// goodTaskVariableLastCall: identifier → LastCall → TaskCall → NewTask(literal).
func goodTaskVariableLastCall(ctx context.Context) {
	task := gotask.NewTask(func(c context.Context) int { return use(apm.NewGoroutineContext(c)) })
	_ = gotask.DoAll(ctx, task)
}

// badTaskVariableLastCall: the traced NewTask callback does not derive.
func badTaskVariableLastCall(ctx context.Context) {
	task := gotask.NewTask(func(c context.Context) int { return use(c) })
	_ = gotask.DoAll(ctx, task) // want `^gotask\.DoAll\(\) 2nd argument should call goroutine deriver$`
}

// goodTaskParameter: a parameter is untraceable → pass.
func goodTaskParameter(ctx context.Context, task *gotask.Task[int]) {
	_ = gotask.DoAll(ctx, task, task)
}

// ---------------------------------------------------------------------------
// (b) DoAsync (§3.8(b)).
// ---------------------------------------------------------------------------

// goodDoAsyncDerivedArgument: the first argument is a deriver call.
func goodDoAsyncDerivedArgument(ctx context.Context, task *gotask.Task[int]) {
	ch := make(chan int, 1)
	task.DoAsync(apm.NewGoroutineContext(ctx), ch)
}

// goodDoAsyncDerivedVariable: the first argument's LastCall is a deriver call.
func goodDoAsyncDerivedVariable(ctx context.Context, task *gotask.Task[int]) {
	ch := make(chan int, 1)
	derived := apm.NewGoroutineContext(ctx)
	task.DoAsync(derived, ch)
}

// badDoAsyncUntracedReceiver: a parameter receiver cannot be traced and ctx is not derived.
func badDoAsyncUntracedReceiver(ctx context.Context, task *gotask.Task[int]) {
	ch := make(chan int, 1)
	task.DoAsync(ctx, ch) // want `^gotask\.\(\*Task\)\.DoAsync\(\) 1st argument should call goroutine deriver$`
}

// badDoAsyncOtherIsNotDeriver: apm.Other is not a member of any group.
func badDoAsyncOtherIsNotDeriver(ctx context.Context, task *gotask.CancelableTask[int]) {
	ch := make(chan int, 1)
	task.DoAsync(apm.Other(ctx), ch) // want `^gotask\.\(\*CancelableTask\)\.DoAsync\(\) 1st argument should call goroutine deriver$`
}

// goodDoAsyncReceiverNewTask: the receiver is a NewTask call whose literal derives.
func goodDoAsyncReceiverNewTask(ctx context.Context) {
	ch := make(chan int, 1)
	gotask.NewTask(func(c context.Context) int { return use(apm.NewGoroutineContext(c)) }).DoAsync(ctx, ch)
}

// badDoAsyncReceiverNewTask: the receiver's callback does not derive.
func badDoAsyncReceiverNewTask(ctx context.Context) {
	ch := make(chan int, 1)
	gotask.NewTask(func(c context.Context) int { return use(c) }).DoAsync(ctx, ch) // want `^gotask\.\(\*Task\)\.DoAsync\(\) 1st argument should call goroutine deriver$`
}

// goodDoAsyncCancelableChain: tracing goes through the method chain .Cancelable().
func goodDoAsyncCancelableChain(ctx context.Context) {
	ch := make(chan int, 1)
	gotask.NewTask(func(c context.Context) int { return use(apm.NewGoroutineContext(c)) }).Cancelable().DoAsync(ctx, ch)
}

// badDoAsyncCancelableChain: the chain is traced to a non-deriving callback.
func badDoAsyncCancelableChain(ctx context.Context) {
	ch := make(chan int, 1)
	gotask.NewTask(func(c context.Context) int { return work(1) }).Cancelable().DoAsync(ctx, ch) // want `^gotask\.\(\*CancelableTask\)\.DoAsync\(\) 1st argument should call goroutine deriver$`
}

// goodDoAsyncVariableReceiver: identifier → LastCall → NewTask(literal).
func goodDoAsyncVariableReceiver(ctx context.Context) {
	ch := make(chan int, 1)
	task := gotask.NewTask(func(c context.Context) int { return use(apm.NewGoroutineContext(c)) })
	task.DoAsync(ctx, ch)
}

// badDoAsyncSpecExample: the example of §3.8(b): reported with ctx, passes with the derived
// variable.
func badDoAsyncSpecExample(reqCtx context.Context) {
	watch := gotask.NewTask(func(c context.Context) bool { return use(c) == 0 }).Cancelable()
	res := make(chan bool, 1)
	watch.DoAsync(reqCtx, res) // want `^gotask\.\(\*CancelableTask\)\.DoAsync\(\) 1st argument should call goroutine deriver$`
	forked := apm.NewGoroutineContext(reqCtx)
	watch.DoAsync(forked, res)
}

// badDoAsyncNewTaskNamedFunction: the receiver is traced but TaskCallback(namedFunction)
// fails.
func badDoAsyncNewTaskNamedFunction(ctx context.Context) {
	ch := make(chan int, 1)
	gotask.NewTask(derivingTask).DoAsync(ctx, ch) // want `^gotask\.\(\*Task\)\.DoAsync\(\) 1st argument should call goroutine deriver$`
}

// goodDoAsyncDerivedArgumentRescuesBadTask: either rule is enough.
func goodDoAsyncDerivedArgumentRescuesBadTask(ctx context.Context) {
	ch := make(chan int, 1)
	gotask.NewTask(func(c context.Context) int { return use(c) }).DoAsync(apm.NewGoroutineContext(ctx), ch)
}

// ---------------------------------------------------------------------------
// Context scopes (§2.1): gotask runs only inside a ctx scope.
// ---------------------------------------------------------------------------

// goodNoContextScope: no named context parameter: nothing is checked.
func goodNoContextScope() {
	_ = gotask.DoAllFns(context.Background(), func(c context.Context) int { return use(c) })
}

// goodNoContextScopeDoAsync: DoAsync is not checked either.
func goodNoContextScopeDoAsync(task *gotask.Task[int]) {
	ch := make(chan int, 1)
	task.DoAsync(context.Background(), ch)
}

// badInsidePlainClosure: a closure without a context parameter is transparent.
func badInsidePlainClosure(ctx context.Context) func() []int {
	return func() []int {
		return gotask.DoAllFns(ctx, func(c context.Context) int { return use(c) }) // want `^gotask\.DoAllFns\(\) 2nd argument should call goroutine deriver$`
	}
}

// badBlankNamedParameter: a parameter named _ makes a scope.
func badBlankNamedParameter(_ context.Context, task *gotask.Task[int]) {
	ch := make(chan int, 1)
	task.DoAsync(context.Background(), ch) // want `^gotask\.\(\*Task\)\.DoAsync\(\) 1st argument should call goroutine deriver$`
}

// goodUnnamedContextParameter: an unnamed context parameter makes no scope.
func goodUnnamedContextParameter(context.Context, *gotask.Task[int]) {
	_ = gotask.DoAllFns(context.Background(), plainTask, func(c context.Context) int { return use(c) })
}

// ---------------------------------------------------------------------------
// More placements of the deriver call (P10: position in the body is irrelevant).
// ---------------------------------------------------------------------------

// goodDeriverInForLoop: a call inside a loop counts.
func goodDeriverInForLoop(ctx context.Context, n int) {
	_ = gotask.DoAllFns(ctx, func(c context.Context) int {
		total := 0
		for i := 0; i < n; i++ {
			total += use(apm.NewGoroutineContext(c))
		}
		return total
	})
}

// goodDeriverInSwitchCase: a call inside a switch case counts.
func goodDeriverInSwitchCase(ctx context.Context, mode int) {
	_ = gotask.DoAllFnsSettled(ctx, func(c context.Context) int {
		switch mode {
		case 1:
			c = apm.NewGoroutineContext(c)
		}
		return use(c)
	})
}

// goodParenthesizedIIFE: an IIFE through parentheses is walked too.
func goodParenthesizedIIFE(ctx context.Context) {
	_ = gotask.DoRaceFns(ctx, func(c context.Context) int {
		(func() { _ = apm.NewGoroutineContext(c) })()
		return 0
	})
}

// goodDeriverLastStatement: "at start" is a misnomer: the last statement counts.
func goodDeriverLastStatement(ctx context.Context) {
	_ = gotask.DoAllFns(ctx, func(c context.Context) int {
		n := use(c)
		return n + use(apm.NewGoroutineContext(c))
	})
}

// badDerivedOutsideTheTask: deriving before the call and capturing the result is not a
// deriver call in the task.
func badDerivedOutsideTheTask(ctx context.Context) {
	derived := apm.NewGoroutineContext(ctx)
	_ = gotask.DoAllFns(ctx, func(c context.Context) int { return use(derived) }) // want `^gotask\.DoAllFns\(\) 2nd argument should call goroutine deriver$`
}

// goodDerivedOutsideForDoAsync: but for DoAsync, a derived first argument is enough.
func goodDerivedOutsideForDoAsync(ctx context.Context, task *gotask.CancelableTask[string]) {
	ch := make(chan string, 1)
	derived := apm.NewGoroutineContext(ctx)
	task.DoAsync(derived, ch)
	task.Cancel()
}

// goodMixedTaskForms: NewTask literal, variable, parameter and nil in one call.
func goodMixedTaskForms(ctx context.Context, param *gotask.Task[int]) {
	local := gotask.NewTask(func(c context.Context) int { return use(apm.NewGoroutineContext(c)) })
	_ = gotask.DoAll(ctx,
		gotask.NewTask(func(c context.Context) int { return use(apm.NewGoroutineContext(c)) }),
		local,
		param,
		nil,
	)
}

// goodMixedFnForms: literal, variable, declared function, method value (selector) and nil.
func goodMixedFnForms(ctx context.Context, svc *service) {
	fn := func(c context.Context) int { return use(apm.NewGoroutineContext(c)) }
	_ = gotask.DoAllFnsSettled(ctx,
		func(c context.Context) int { return use(apm.NewGoroutineContext(c)) },
		fn,
		plainTask,
		svc.compute,
		nil,
	)
}

// goodInnerScopeDerives: a literal with its own context parameter is the scope; its call
// passes.
func goodInnerScopeDerives(ctx context.Context) {
	func(inner context.Context) {
		_ = gotask.DoRaceFns(inner, func(c context.Context) int { return use(apm.NewGoroutineContext(c)) })
	}(ctx)
}

// goodCancelableVariableDerives: Cancelable() bound to a variable, callback derives.
func goodCancelableVariableDerives(ctx context.Context) {
	ch := make(chan int, 1)
	ct := gotask.NewTask(func(c context.Context) int { return use(apm.NewGoroutineContext(c)) }).Cancelable()
	ct.DoAsync(ctx, ch)
	ct.Cancel()
}

// goodDoAsyncBothRules: derived argument and deriving callback.
func goodDoAsyncBothRules(ctx context.Context) {
	ch := make(chan int, 1)
	gotask.NewTask(func(c context.Context) int { return use(apm.NewGoroutineContext(c)) }).DoAsync(apm.NewGoroutineContext(ctx), ch)
}
