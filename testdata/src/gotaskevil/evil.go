package gotaskevil

import (
	"context"
	"os"

	"github.com/example/apm"
	"github.com/samber/lo"
	"github.com/siketyan/gotask/v2"
)

// ===========================================================================
// Package-level variables of another file (pkgvars.go): LastLit / LastCall are read in the
// file that declares the variable (SPEC §3.0.4 P4, P5).
// ===========================================================================

// goodDoAsyncOtherFileDerivedCtx: §3.8(b)1: the first argument is an identifier whose LastCall
// (in pkgvars.go) is a deriver call.
func goodDoAsyncOtherFileDerivedCtx(ctx context.Context, task *gotask.Task[int]) {
	ch := make(chan int, 1)
	task.DoAsync(otherDerivedCtx, ch)
}

// goodDoAsyncOtherFileReceiver: §3.8(b)2: identifier → its LastCall NewTask(lit) (pkgvars.go)
// → TaskCallback(lit) = P10 AtStart.
func goodDoAsyncOtherFileReceiver(ctx context.Context) {
	ch := make(chan int, 1)
	otherGoodTask.DoAsync(ctx, ch)
}

// badDoAsyncOtherFileReceiver: the same with a non-deriving callback.
func badDoAsyncOtherFileReceiver(ctx context.Context) {
	ch := make(chan int, 1)
	otherBadTask.DoAsync(ctx, ch) // want `^gotask\.\(\*Task\)\.DoAsync\(\) 1st argument should call goroutine deriver$`
}

// goodNewTaskOtherFileFn: TaskCallback(identifier with LastLit) = P11(lit.body), which derives.
func goodNewTaskOtherFileFn(ctx context.Context) {
	_ = gotask.DoAll(ctx, gotask.NewTask(otherGoodFn))
}

// goodOtherFileFactoryCall: TaskCall step 2: callee identifier whose LastLit returns a
// deriving NewTask.
func goodOtherFileFactoryCall(ctx context.Context) {
	_ = gotask.DoAll(ctx, otherFactory())
}

// badOtherFileBadFn: TaskArg identifier → LastLit → P11 fails.
func badOtherFileBadFn(ctx context.Context) {
	_ = gotask.DoAllFns(ctx, otherBadFn) // want `^gotask\.DoAllFns\(\) 2nd argument should call goroutine deriver$`
}

// goodOtherFileGoodFn: TaskArg identifier → LastLit → P11 passes.
func goodOtherFileGoodFn(ctx context.Context) {
	_ = gotask.DoAllFns(ctx, otherGoodFn)
}

// badOtherFileSliceSpread: TaskArg identifier of slice type → fail (variadic message).
func badOtherFileSliceSpread(ctx context.Context) {
	_ = gotask.DoAllFns(ctx, otherFns...) // want `^gotask\.DoAllFns\(\) variadic argument should call goroutine deriver$`
}

// badOtherFileBadTask: TaskArg identifier → LastCall NewTask(non-deriving literal) → fail.
func badOtherFileBadTask(ctx context.Context) {
	_ = gotask.DoAll(ctx, otherBadTask) // want `^gotask\.DoAll\(\) 2nd argument should call goroutine deriver$`
}

// ===========================================================================
// Package-level variables of this file, assigned in init (same rules).
// ===========================================================================

var (
	sameDerivedCtx context.Context
	sameGoodTask   *gotask.Task[int]
	sameBadFn      func(context.Context) int
	sameGoodFn     func(context.Context) int
)

func init() {
	sameDerivedCtx = apm.NewGoroutineContext(context.Background())
	sameGoodTask = gotask.NewTask(func(c context.Context) int { return use(apm.NewGoroutineContext(c)) })
	sameBadFn = func(c context.Context) int { return use(c) }
	sameGoodFn = func(c context.Context) int { return use(apm.NewGoroutineContext(c)) }
}

// goodDoAsyncSameFileDerivedCtx: §3.8(b)1 via LastCall of a package variable.
func goodDoAsyncSameFileDerivedCtx(ctx context.Context, task *gotask.CancelableTask[int]) {
	ch := make(chan int, 1)
	task.DoAsync(sameDerivedCtx, ch)
}

// goodDoAsyncSameFileReceiver: §3.8(b)2 via LastCall of a package variable.
func goodDoAsyncSameFileReceiver(ctx context.Context) {
	ch := make(chan int, 1)
	sameGoodTask.Cancelable().DoAsync(ctx, ch)
}

// badSameFileBadFnAndGood: 2nd passes (LastLit derives), 3rd fails.
func badSameFileBadFnAndGood(ctx context.Context) {
	_ = gotask.DoRaceFns(ctx, sameGoodFn, sameBadFn) // want `^gotask\.DoRaceFns\(\) 3rd argument should call goroutine deriver$`
}

// goodNewTaskSameFileFn: TaskCallback(identifier with LastLit) = P11.
func goodNewTaskSameFileFn(ctx context.Context) {
	_ = gotask.DoRace(ctx, gotask.NewTask(sameGoodFn))
}

// ===========================================================================
// P10 inside task literals: defer details (SPEC §3.0.4 P10: "the arguments of a ... defer
// statement's call are evaluated now → normal calls"; SSA evaluates the deferred function
// value now).
// ===========================================================================

// goodDeferCalleeIsCallWithDeriverArgument: in `defer cancelOf(apm.NewGoroutineContext(c))()`
// the function value cancelOf(…) — and its argument, the deriver call — is evaluated at the
// defer statement: a normal (non-deferred) call → AtStart.
func goodDeferCalleeIsCallWithDeriverArgument(ctx context.Context) {
	_ = gotask.DoAllFns(ctx, func(c context.Context) int {
		defer cancelOf(apm.NewGoroutineContext(c))()
		return 0
	})
}

// goodDeferCalleeIndexWithDeriverKey: the map index in the deferred callee is evaluated now.
func goodDeferCalleeIndexWithDeriverKey(ctx context.Context, hooks map[context.Context]func()) {
	_ = gotask.DoAllFns(ctx, func(c context.Context) int {
		defer hooks[apm.NewGoroutineContext(c)]()
		return 0
	})
}

// goodDeferReceiverChain: `defer apm.NewGoroutineContext(c).Done()`: the receiver chain runs
// now (§3.0.4 "in the receiver chain").
func goodDeferReceiverChain(ctx context.Context) {
	_ = gotask.DoAllFns(ctx, func(c context.Context) int {
		defer apm.NewGoroutineContext(c).Done()
		return 0
	})
}

// goodDeferLiteralArgument: a deferred literal's arguments are evaluated now.
func goodDeferLiteralArgument(ctx context.Context) {
	_ = gotask.DoAllFns(ctx, func(c context.Context) int {
		defer func(d context.Context) { _ = d }(apm.NewGoroutineContext(c))
		return 0
	})
}

// badDeferThenCallWalkedOnce: each literal body is walked once, at its first call in source
// order, which is deferred → DeferOnly → fail.
func badDeferThenCallWalkedOnce(ctx context.Context) {
	_ = gotask.DoAllFns(ctx, func(c context.Context) int { // want `^gotask\.DoAllFns\(\) 2nd argument should call goroutine deriver$`
		run := func() { _ = apm.NewGoroutineContext(c) }
		defer run()
		run()
		return 0
	})
}

// goodCallThenDefer: first call is normal → AtStart.
func goodCallThenDefer(ctx context.Context) {
	_ = gotask.DoAllFns(ctx, func(c context.Context) int {
		run := func() { _ = apm.NewGoroutineContext(c) }
		run()
		defer run()
		return 0
	})
}

// ===========================================================================
// P10: go statements inside task literals.
// ===========================================================================

// badGoCalleeIsDeriver: the callee of a go statement is not included (it runs in another
// goroutine). goroutine/goroutinederive pass `go pkg.Func(c)` (§9.4, §9.7).
func badGoCalleeIsDeriver(ctx context.Context) {
	_ = gotask.DoAllFns(ctx, func(c context.Context) int { // want `^gotask\.DoAllFns\(\) 2nd argument should call goroutine deriver$`
		go apm.NewGoroutineContext(c)
		return 0
	})
}

// goodGoCalleeFactoryArgument: `go cancelOf(apm.NewGoroutineContext(c))()`: the function value
// and its argument are evaluated now. goroutine passes (P6: an argument mentions c),
// goroutinederive passes (identifier X naming a declared function: empty trace).
func goodGoCalleeFactoryArgument(ctx context.Context) {
	_ = gotask.DoAllFns(ctx, func(c context.Context) int {
		go cancelOf(apm.NewGoroutineContext(c))()
		return 0
	})
}

// goodTracedLiteralGoOperandCounts: a traced literal is judged by P11, which includes calls
// that are the operand of `go`.
func goodTracedLiteralGoOperandCounts(ctx context.Context) {
	fn := func(c context.Context) int {
		go apm.NewGoroutineContext(c)
		return 0
	}
	_ = gotask.DoAllFns(ctx, fn)
}

// ===========================================================================
// P10: literals that are not invoked, captured variables.
// ===========================================================================

// badDeriverInCallbackPassedToLoForEach: a literal passed to another function is not walked.
func badDeriverInCallbackPassedToLoForEach(ctx context.Context, items []int) {
	_ = gotask.DoAllFns(ctx, func(c context.Context) int { // want `^gotask\.DoAllFns\(\) 2nd argument should call goroutine deriver$`
		lo.ForEach(items, func(x int, _ int) { _ = use(apm.NewGoroutineContext(c)) + x })
		return 0
	})
}

// badDeriverInStoredStructField: a literal stored in a composite literal is not walked.
func badDeriverInStoredStructField(ctx context.Context) {
	_ = gotask.DoAllFns(ctx, func(c context.Context) int { // want `^gotask\.DoAllFns\(\) 2nd argument should call goroutine deriver$`
		h := struct{ f func() }{f: func() { _ = apm.NewGoroutineContext(c) }}
		_ = h
		return 0
	})
}

// badCapturedClosureNotFollowed: `run` is captured from the enclosing function → not followed.
func badCapturedClosureNotFollowed(ctx context.Context) {
	run := func() { _ = apm.NewGoroutineContext(ctx) }
	_ = gotask.DoAllFns(ctx, func(c context.Context) int { // want `^gotask\.DoAllFns\(\) 2nd argument should call goroutine deriver$`
		run()
		return 0
	})
}

// badLocalClosureCalledFromIIFE: inside the IIFE, `run` is a captured variable → not followed.
func badLocalClosureCalledFromIIFE(ctx context.Context) {
	_ = gotask.DoAllFns(ctx, func(c context.Context) int { // want `^gotask\.DoAllFns\(\) 2nd argument should call goroutine deriver$`
		run := func() { _ = apm.NewGoroutineContext(c) }
		func() { run() }()
		return 0
	})
}

// goodParenthesizedIIFE: calls inside a literal invoked immediately, also through parentheses.
func goodParenthesizedIIFE(ctx context.Context) {
	_ = gotask.DoAllFns(ctx, func(c context.Context) int {
		(func() { _ = apm.NewGoroutineContext(c) })()
		return 0
	})
}

// goodVarDeclaredFunctionValue: a local variable bound to a declared function (here by a var
// declaration) is a static call of it.
func goodVarDeclaredFunctionValue(ctx context.Context) {
	_ = gotask.DoAllFns(ctx, func(c context.Context) int {
		var fork = apm.NewGoroutineContext
		return use(fork(c))
	})
}

// goodDeriverInSelectCaseReceive: a call in a select case's receive expression counts.
func goodDeriverInSelectCaseReceive(ctx context.Context, n int) {
	_ = gotask.DoAllFns(ctx, func(c context.Context) int {
		total := 0
		for i := 0; i < n; i++ {
			total++
		}
		select {
		case <-apm.NewGoroutineContext(c).Done():
		default:
		}
		return total
	})
}

// goodDeriverInSwitchInit: a call in a switch init statement.
func goodDeriverInSwitchInit(ctx context.Context) {
	_ = gotask.DoAllFnsSettled(ctx, func(c context.Context) int {
		switch d := apm.NewGoroutineContext(c); d {
		default:
			return use(d)
		}
	})
}

// ===========================================================================
// P10: reachability.
// ===========================================================================

// goodAfterOsExit: os.Exit is an ordinary call for SSA; what follows stays reachable.
func goodAfterOsExit(ctx context.Context) {
	_ = gotask.DoAllFns(ctx, func(c context.Context) int {
		os.Exit(1)
		return use(apm.NewGoroutineContext(c))
	})
}

// badAfterEmptySelect: `select {}` ends reachability.
func badAfterEmptySelect(ctx context.Context) {
	_ = gotask.DoAllFns(ctx, func(c context.Context) int { // want `^gotask\.DoAllFns\(\) 2nd argument should call goroutine deriver$`
		select {}
		return use(apm.NewGoroutineContext(c))
	})
}

// badAfterEndlessLoopBreakInSwitch: the break leaves the switch, not the loop: the loop is
// endless and what follows is unreachable.
func badAfterEndlessLoopBreakInSwitch(ctx context.Context, mode int) {
	_ = gotask.DoAllFns(ctx, func(c context.Context) int { // want `^gotask\.DoAllFns\(\) 2nd argument should call goroutine deriver$`
		for {
			switch mode {
			case 1:
				break
			}
		}
		return use(apm.NewGoroutineContext(c))
	})
}

// goodAfterLoopWithBreak: a break leaves the loop: reachable.
func goodAfterLoopWithBreak(ctx context.Context, mode int) {
	_ = gotask.DoAllFns(ctx, func(c context.Context) int {
		for {
			if mode == 1 {
				break
			}
		}
		return use(apm.NewGoroutineContext(c))
	})
}

// badAfterGoto: code after goto in the same block is unreachable (the label is before it).
func badAfterGoto(ctx context.Context, n int) {
	_ = gotask.DoAllFns(ctx, func(c context.Context) int { // want `^gotask\.DoAllFns\(\) 2nd argument should call goroutine deriver$`
	again:
		n--
		if n > 0 {
			goto again
		}
		goto done
		_ = apm.NewGoroutineContext(c)
	done:
		return n
	})
}

// goodGotoTargetReachable: the labelled statement after a goto is reached by it.
func goodGotoTargetReachable(ctx context.Context) {
	_ = gotask.DoAllFns(ctx, func(c context.Context) int {
		goto derive
	derive:
		return use(apm.NewGoroutineContext(c))
	})
}

// badAfterReturnInSwitchCase: a case clause is a block: code after its return is unreachable.
func badAfterReturnInSwitchCase(ctx context.Context, mode int) {
	_ = gotask.DoAllFns(ctx, func(c context.Context) int { // want `^gotask\.DoAllFns\(\) 2nd argument should call goroutine deriver$`
		switch mode {
		case 1:
			return 0
			_ = apm.NewGoroutineContext(c)
		}
		return 1
	})
}

// badAfterPanicInSelectCase: likewise for a select case after panic(...).
func badAfterPanicInSelectCase(ctx context.Context, done chan int) {
	_ = gotask.DoAllFns(ctx, func(c context.Context) int { // want `^gotask\.DoAllFns\(\) 2nd argument should call goroutine deriver$`
		select {
		case <-done:
			panic("done")
			_ = apm.NewGoroutineContext(c)
		}
		return 1
	})
}

// badAfterReturnInTypeSwitchCase: likewise for a type switch case.
func badAfterReturnInTypeSwitchCase(ctx context.Context, v any) {
	_ = gotask.DoAllFns(ctx, func(c context.Context) int { // want `^gotask\.DoAllFns\(\) 2nd argument should call goroutine deriver$`
		switch v.(type) {
		case int:
			return 0
			_ = apm.NewGoroutineContext(c)
		}
		return 1
	})
}

// ===========================================================================
// TaskArg forms (SPEC §3.8(a)).
// ===========================================================================

// goodAnythingElseForms: index, selector, type assertion, dereference, receive, slice
// expression spread, selector spread: "anything else → pass".
func goodAnythingElseForms(ctx context.Context, s *svc, tasks []*gotask.Task[int], v any, pp *func(context.Context) int, ch chan func(context.Context) int) {
	_ = gotask.DoAll(ctx, tasks[0], s.task, v.(*gotask.Task[int]))
	_ = gotask.DoAllFns(ctx, *pp, <-ch, v.(func(context.Context) int))
	_ = gotask.DoAllFns(ctx, s.fns[1:]...)
	_ = gotask.DoAllFns(ctx, s.fns...)
}

// goodParenthesizedLiteral: a parenthesised literal is "anything else" → pass, even though it
// does not derive.
func goodParenthesizedLiteral(ctx context.Context) {
	_ = gotask.DoAllFns(ctx, (func(c context.Context) int { return use(c) }))
}

// badParenthesizedLiteralInNewTask: TaskCallback(non-literal, non-identifier) = P11(cb): P11
// does not enter the literal → fail, although it derives.
func badParenthesizedLiteralInNewTask(ctx context.Context) {
	_ = gotask.DoAll(ctx, gotask.NewTask((func(c context.Context) int { return use(apm.NewGoroutineContext(c)) }))) // want `^gotask\.DoAll\(\) 2nd argument should call goroutine deriver$`
}

// badConcreteMethodFactory: a method call producing the task is a call → TaskCall: no step
// applies (P11 finds no deriver) → fail, although the method's task derives.
func badConcreteMethodFactory(ctx context.Context, s *svc) {
	_ = gotask.DoAll(ctx, s.MakeTask()) // want `^gotask\.DoAll\(\) 2nd argument should call goroutine deriver$`
}

// goodConcreteMethodFactoryDeriverArgument: TaskCall step 4 (P11 over the call).
func goodConcreteMethodFactoryDeriverArgument(ctx context.Context, s *svc) {
	_ = gotask.DoAll(ctx, s.MakeTaskWith(apm.NewGoroutineContext(ctx)))
}

// badSpreadOfCall: `fnsFor()...` is a call → TaskCall → fail, variadic message.
func badSpreadOfCall(ctx context.Context) {
	_ = gotask.DoAllFns(ctx, fnsFor()...) // want `^gotask\.DoAllFns\(\) variadic argument should call goroutine deriver$`
}

// badConversionOfNamedFunction: `taskFn(plainTask)` is a CallExpr → TaskCall; P11 finds no
// deriver → fail.
func badConversionOfNamedFunction(ctx context.Context) {
	_ = gotask.DoAllFns(ctx, taskFn(plainTask)) // want `^gotask\.DoAllFns\(\) 2nd argument should call goroutine deriver$`
}

// badConversionToFuncTypeLiteral: `(func(context.Context) int)(plainTask)` is a CallExpr too.
func badConversionToFuncTypeLiteral(ctx context.Context) {
	_ = gotask.DoAllFns(ctx, (func(context.Context) int)(plainTask)) // want `^gotask\.DoAllFns\(\) 2nd argument should call goroutine deriver$`
}

// badConversionToPointerTaskType: `(*gotask.Task[int])(t)` is a CallExpr → TaskCall → fail.
func badConversionToPointerTaskType(ctx context.Context, t *gotask.Task[int]) {
	_ = gotask.DoAll(ctx, (*gotask.Task[int])(t)) // want `^gotask\.DoAll\(\) 2nd argument should call goroutine deriver$`
}

// goodConversionOfReturningLiteral: TaskCall step 3: the literal argument returns a call
// holding the deriver.
func goodConversionOfReturningLiteral(ctx context.Context) {
	_ = gotask.DoAllFns(ctx, taskFn(func(c context.Context) int { return use(apm.NewGoroutineContext(c)) }))
}

// badConversionOfDerivingLiteral: the literal derives, but its return `use(d)` holds no deriver
// (step 3), and P11 does not enter the literal (step 4) → fail.
func badConversionOfDerivingLiteral(ctx context.Context) {
	_ = gotask.DoAllFns(ctx, taskFn(func(c context.Context) int { // want `^gotask\.DoAllFns\(\) 2nd argument should call goroutine deriver$`
		d := apm.NewGoroutineContext(c)
		return use(d)
	}))
}

// badNamedSliceTypeLiteralSpread: a spread composite literal is "anything else" → pass.
func goodNamedSliceCompositeSpread(ctx context.Context) {
	_ = gotask.DoAllFns(ctx, taskList{plainTask}...)
}

// badSpreadAppendResult: the variable's type is a slice → fail.
func badSpreadAppendResult(ctx context.Context, base []func(context.Context) int) {
	all := append(base, plainTask)
	_ = gotask.DoAllFns(ctx, all...) // want `^gotask\.DoAllFns\(\) variadic argument should call goroutine deriver$`
}

// badSpreadMakeSlice: slice variable from make → fail.
func badSpreadMakeSlice(ctx context.Context) {
	fns := make([]func(context.Context) int, 0, 2)
	_ = gotask.DoAllFnsSettled(ctx, fns...) // want `^gotask\.DoAllFnsSettled\(\) variadic argument should call goroutine deriver$`
}

// badSpreadFieldCopy: slice variable assigned from a field (no call, no literal) → still a
// slice → fail.
func badSpreadFieldCopy(ctx context.Context, s *svc) {
	fns := s.fns
	_ = gotask.DoRaceFns(ctx, fns...) // want `^gotask\.DoRaceFns\(\) variadic argument should call goroutine deriver$`
}

// badSpreadVarDeclared: `var` declared slice: no assignment, but the slice rule comes first.
func badSpreadVarDeclared(ctx context.Context) {
	var tasks []*gotask.Task[int]
	_ = gotask.DoAll(ctx, tasks...) // want `^gotask\.DoAll\(\) variadic argument should call goroutine deriver$`
}

// badSpreadRangeValue: a range variable holding a slice → fail.
func badSpreadRangeValue(ctx context.Context, groups [][]func(context.Context) int) {
	for _, g := range groups {
		_ = gotask.DoAllFns(ctx, g...) // want `^gotask\.DoAllFns\(\) variadic argument should call goroutine deriver$`
	}
}

// badSpreadTypeAssertion: a slice obtained by a type assertion → fail.
func badSpreadTypeAssertion(ctx context.Context, v any) {
	fns := v.([]func(context.Context) int)
	_ = gotask.DoAllFns(ctx, fns...) // want `^gotask\.DoAllFns\(\) variadic argument should call goroutine deriver$`
}

// goodMultiAssignLiterals: LastLit maps left index i to right index i.
func badMultiAssignLiterals(ctx context.Context) {
	good, bad := func(c context.Context) int { return use(apm.NewGoroutineContext(c)) }, func(c context.Context) int { return use(c) }
	_ = gotask.DoAllFns(ctx, good, bad) // want `^gotask\.DoAllFns\(\) 3rd argument should call goroutine deriver$`
}

// goodLastLitIgnoresConditionality: the last literal assignment in file order derives, although
// it is conditional.
func goodLastLitIgnoresConditionality(ctx context.Context, flag bool) {
	fn := func(c context.Context) int { return use(c) }
	if flag {
		fn = func(c context.Context) int { return use(apm.NewGoroutineContext(c)) }
	}
	_ = gotask.DoAllFns(ctx, fn)
}

// badLastLitLaterInClosure: a later assignment inside another literal is still the LastLit.
func badLastLitLaterInClosure(ctx context.Context) func() {
	fn := func(c context.Context) int { return use(apm.NewGoroutineContext(c)) }
	_ = gotask.DoAllFns(ctx, fn) // want `^gotask\.DoAllFns\(\) 2nd argument should call goroutine deriver$`
	return func() { fn = func(c context.Context) int { return use(c) } }
}

// goodLastCallIgnoresConditionality: LastCall of a task variable.
func goodLastCallIgnoresConditionality(ctx context.Context, flag bool) {
	task := gotask.NewTask(plainTask)
	if flag {
		task = gotask.NewTask(func(c context.Context) int { return use(apm.NewGoroutineContext(c)) })
	}
	_ = gotask.DoAllSettled(ctx, task)
}

// goodLocalFactoryReturnsInSwitch: ReturnsDeriving looks at returns in nested blocks.
func goodLocalFactoryReturnsInSwitch(ctx context.Context) {
	mk := func(mode int) *gotask.Task[int] {
		switch mode {
		case 1:
			return gotask.NewTask(func(c context.Context) int { return use(apm.NewGoroutineContext(c)) })
		}
		return gotask.NewTask(plainTask)
	}
	_ = gotask.DoAll(ctx, mk(0))
}

// badLocalFactoryReturnInNestedLiteral: a return inside a nested literal does not count.
func badLocalFactoryReturnInNestedLiteral(ctx context.Context) {
	mk := func() *gotask.Task[int] {
		inner := func() *gotask.Task[int] {
			return gotask.NewTask(func(c context.Context) int { return use(apm.NewGoroutineContext(c)) })
		}
		_ = inner
		return gotask.NewTask(plainTask)
	}
	_ = gotask.DoAll(ctx, mk()) // want `^gotask\.DoAll\(\) 2nd argument should call goroutine deriver$`
}

// goodLoMapMultipleReturnPaths: TaskCall step 3 with a return in a nested if.
func goodLoMapMultipleReturnPaths(ctx context.Context, items []int) {
	_ = gotask.DoAllFns(ctx, lo.Map(items, func(x int, _ int) func(context.Context) int {
		if x > 0 {
			return func(c context.Context) int { return use(apm.NewGoroutineContext(c)) }
		}
		return plainTask
	})...)
}

// badLoMapReturnsDeclaredFunction: returned identifiers are not followed.
func badLoMapReturnsDeclaredFunction(ctx context.Context, items []int) {
	_ = gotask.DoAllFns(ctx, lo.Map(items, func(x int, _ int) func(context.Context) int { // want `^gotask\.DoAllFns\(\) variadic argument should call goroutine deriver$`
		return plainTask
	})...)
}

// goodNonSpreadLoMapFirst: a non-spread call argument holding a deriving literal passes.
func goodNestedNewTaskInIdentity(ctx context.Context) {
	_ = gotask.DoAll(ctx, identity(gotask.NewTask(plainTask)), gotask.NewTask(func(c context.Context) int { // want `^gotask\.DoAll\(\) 2nd argument should call goroutine deriver$`
		return use(apm.NewGoroutineContext(c))
	}))
}

// badTaskErrMultiValue: LastCall at left index 0 is newTaskErr() → TaskCall fails.
func badTaskErrMultiValue(ctx context.Context) {
	task, err := newTaskErr()
	_ = err
	_ = gotask.DoAll(ctx, task) // want `^gotask\.DoAll\(\) 2nd argument should call goroutine deriver$`
}

// ===========================================================================
// DoAsync (SPEC §3.8(b)).
// ===========================================================================

// badDoAsyncDeriverThroughFuncVariable: the first argument's callee is a variable: no static
// target (§3.0.2) → not a deriver call.
func badDoAsyncDeriverThroughFuncVariable(ctx context.Context, task *gotask.Task[int]) {
	ch := make(chan int, 1)
	fork := apm.NewGoroutineContext
	task.DoAsync(fork(ctx), ch) // want `^gotask\.\(\*Task\)\.DoAsync\(\) 1st argument should call goroutine deriver$`
}

// goodDoAsyncDerivedVarConditional: LastCall ignores conditionality.
func goodDoAsyncDerivedVarConditional(ctx context.Context, task *gotask.Task[int], flag bool) {
	ch := make(chan int, 1)
	d := context.WithoutCancel(ctx)
	if flag {
		d = apm.NewGoroutineContext(ctx)
	}
	task.DoAsync(d, ch)
}

// badDoAsyncDerivedThenWrapped: `d, cancel := context.WithCancel(deriver(…))`: LastCall is
// WithCancel.
func badDoAsyncDerivedThenWrapped(ctx context.Context, task *gotask.Task[int]) {
	ch := make(chan int, 1)
	d, cancel := context.WithCancel(apm.NewGoroutineContext(ctx))
	defer cancel()
	task.DoAsync(d, ch) // want `^gotask\.\(\*Task\)\.DoAsync\(\) 1st argument should call goroutine deriver$`
}

// badDoAsyncIndexReceiver: an index receiver is not traced.
func badDoAsyncIndexReceiver(ctx context.Context) {
	ch := make(chan int, 1)
	tasks := []*gotask.Task[int]{gotask.NewTask(func(c context.Context) int { return use(apm.NewGoroutineContext(c)) })}
	tasks[0].DoAsync(ctx, ch) // want `^gotask\.\(\*Task\)\.DoAsync\(\) 1st argument should call goroutine deriver$`
}

// badDoAsyncTypeAssertionReceiver: a type assertion receiver is not traced.
func badDoAsyncTypeAssertionReceiver(ctx context.Context, v any) {
	ch := make(chan int, 1)
	v.(*gotask.CancelableTask[int]).DoAsync(ctx, ch) // want `^gotask\.\(\*CancelableTask\)\.DoAsync\(\) 1st argument should call goroutine deriver$`
}

// badDoAsyncNewReceiver: `new(gotask.Task[int])` is a call, neither NewTask nor X.m(…).
func badDoAsyncNewReceiver(ctx context.Context) {
	ch := make(chan int, 1)
	t := new(gotask.Task[int])
	t.DoAsync(ctx, ch) // want `^gotask\.\(\*Task\)\.DoAsync\(\) 1st argument should call goroutine deriver$`
}

// badDoAsyncConcreteMethodReceiver: `s.MakeTask()` → X.m(…) → trace X = s (a parameter) → not
// found, although the method's task derives.
func badDoAsyncConcreteMethodReceiver(ctx context.Context, s *svc) {
	ch := make(chan int, 1)
	s.MakeTask().DoAsync(ctx, ch) // want `^gotask\.\(\*Task\)\.DoAsync\(\) 1st argument should call goroutine deriver$`
}

// goodDoAsyncReceiverViaIdentityMethodChain: `X.m(…)` traces X whatever m is: here X is a
// variable whose LastCall is a deriving NewTask, so the Cancelable chain is found.
func goodDoAsyncReceiverDoubleDeref(ctx context.Context) {
	ch := make(chan int, 1)
	t := gotask.NewTask(func(c context.Context) int { return use(apm.NewGoroutineContext(c)) })
	((*t)).Cancelable().DoAsync(ctx, ch)
}

// badDoAsyncMultiline: the report is at the DoAsync identifier, the check line (ignore) at
// the call start; the trailing directive on the DoAsync line does not cover the call start
// two lines above.
func badDoAsyncMultilineTrailingIgnore(ctx context.Context) {
	ch := make(chan int, 1)
	gotask.NewTask(plainTask).
		Cancelable().
		DoAsync(ctx, ch) //goroutinectx:ignore gotask // want `^gotask\.\(\*CancelableTask\)\.DoAsync\(\) 1st argument should call goroutine deriver$` `^unused goroutinectx:ignore directive for checker\(s\): gotask$`
}

// ===========================================================================
// Package-level initializers: P10 falls back to P11 (SPEC §3.0.4 P2 exception).
// ===========================================================================

// goodInitializerDoAsyncDeferred: TaskCallback(literal) = P10 → P11: the deferred deriver
// counts.
var goodInitializerDoAsyncDeferred = func(ctx context.Context) {
	ch := make(chan int, 1)
	gotask.NewTask(func(c context.Context) int {
		defer apm.NewGoroutineContext(c)
		return 0
	}).DoAsync(ctx, ch)
}

// badInitializerLocalClosureNotFollowed: P11 does not follow `run()` through a variable.
var badInitializerLocalClosureNotFollowed = func(ctx context.Context) []int {
	return gotask.DoAllFns(ctx, func(c context.Context) int { // want `^gotask\.DoAllFns\(\) 2nd argument should call goroutine deriver$`
		run := func() { _ = apm.NewGoroutineContext(c) }
		run()
		return 0
	})
}

// goodInitializerGoOperand: P11 counts the operand call of a go statement.
var goodInitializerGoOperand = func(ctx context.Context) []int {
	return gotask.DoAllFns(ctx, func(c context.Context) int {
		go apm.NewGoroutineContext(c)
		return 0
	})
}

// goodInitializerUnreachable: P11 is flat: unreachable calls count too.
var goodInitializerUnreachable = func(ctx context.Context) []int {
	return gotask.DoAllFns(ctx, func(c context.Context) int {
		return 0
		_ = apm.NewGoroutineContext(c)
		return 1
	})
}

// ===========================================================================
// Context scopes and names.
// ===========================================================================

// goodNamedResultIsNoScope: results never create a scope.
func goodNamedResultIsNoScope() (ctx context.Context) {
	_ = gotask.DoAllFns(ctx, plainTask, func(c context.Context) int { return use(c) })
	return ctx
}

// goodVariadicContextIsNoScope: a ...context.Context parameter is not a ctx scope.
func goodVariadicContextIsNoScope(ctxs ...context.Context) {
	_ = gotask.DoAllFns(ctxs[0], func(c context.Context) int { return use(c) })
}

// goodDefinedContextTypeIsNoScope: a defined type is not the ctx type.
type myCtx context.Context

func goodDefinedContextTypeIsNoScope(ctx myCtx) {
	_ = gotask.DoAllFns(ctx, func(c context.Context) int { return use(c) })
}

// goodShadowedPackageName: a parameter named gotask shadows the package: its DoAllFns is a
// method of fakeRunner, not gotask's.
func goodShadowedPackageName(ctx context.Context, gotask fakeRunner) {
	_ = gotask.DoAllFns(ctx, func(c context.Context) int { return use(c) })
}

// goodShadowedPackageNameLocal: a local variable named gotask.
func goodShadowedPackageNameLocal(ctx context.Context) {
	gotask := fakeRunner{}
	_ = gotask.DoAllFns(ctx, plainTask, func(c context.Context) int { return use(c) })
}

// badMethodReceiverContextScope: the method's context parameter is the scope.
func (s *svc) badMethodReceiverContextScope(ctx context.Context) {
	_ = gotask.DoAllFns(ctx, func(c context.Context) int { return use(c) }) // want `^gotask\.DoAllFns\(\) 2nd argument should call goroutine deriver$`
}

// ===========================================================================
// Ignore directives on multi-line calls (SPEC §6.1: check line = call start).
// ===========================================================================

// badIgnoreOnFailingArgumentLine: a directive next to the failing argument, not the call
// start, covers nothing.
func badIgnoreOnFailingArgumentLine(ctx context.Context) {
	_ = gotask.DoAllFns(ctx, // want `^gotask\.DoAllFns\(\) 3rd argument should call goroutine deriver$`
		plainTask,
		//goroutinectx:ignore gotask // want `^unused goroutinectx:ignore directive for checker\(s\): gotask$`
		func(c context.Context) int { return use(c) },
	)
}

// goodIgnoreNestedCallStart: the call starts inside another call's argument list on the line
// the directive covers.
func goodIgnoreNestedCallStart(ctx context.Context) {
	//goroutinectx:ignore gotask
	_ = len(gotask.DoAllFns(ctx, func(c context.Context) int { return use(c) },
		func(c context.Context) int { return use(c) }))
}

// ===========================================================================
// TaskCall on an immediately invoked literal: the callee is neither NewTask nor an identifier
// (steps 1–2), it has no literal argument (step 3), and P11 does not enter the literal
// (step 4) → fail, although the produced task derives.
// ===========================================================================

// badIIFEProducesDerivingTask: `func() *Task { return NewTask(deriving) }()`.
func badIIFEProducesDerivingTask(ctx context.Context) {
	_ = gotask.DoAll(ctx, func() *gotask.Task[int] { // want `^gotask\.DoAll\(\) 2nd argument should call goroutine deriver$`
		return gotask.NewTask(func(c context.Context) int { return use(apm.NewGoroutineContext(c)) })
	}())
}

// goodIIFEWithDeriverArgument: step 4 sees the deriver among the IIFE's arguments.
func goodIIFEWithDeriverArgument(ctx context.Context) {
	_ = gotask.DoAll(ctx, func(d context.Context) *gotask.Task[int] {
		return gotask.NewTask(func(context.Context) int { return use(d) })
	}(apm.NewGoroutineContext(ctx)))
}
