package gotask

import (
	"context"

	"github.com/example/apm"
	"github.com/siketyan/gotask/v2"
)

// ---------------------------------------------------------------------------
// Look-alikes declared in this package (import path "gotask", not the spec path): names alone
// never match (§3.0.3).
// ---------------------------------------------------------------------------

// Task looks like gotask.Task.
type Task[T any] struct{ fn func(context.Context) T }

// DoAsync looks like gotask's.
func (t *Task[T]) DoAsync(ctx context.Context, result chan<- T) { result <- t.fn(ctx) }

// DoAllFns looks like gotask's.
func DoAllFns[T any](ctx context.Context, fns ...func(context.Context) T) []T { return nil }

// NewTask wraps the real constructor; it is not the spec's NewTask.
func NewTask(fn func(context.Context) int) *gotask.Task[int] { return gotask.NewTask(fn) }

// wrapTask passes a task through.
func wrapTask(t *gotask.Task[int]) *gotask.Task[int] { return t }

type asyncRunner interface {
	DoAsync(ctx context.Context, result chan<- int)
}

type jobTask struct {
	*gotask.Task[int]
}

type ctxAlias = context.Context

// goodLocalLookalikes: same names, other package: silent.
func goodLocalLookalikes(ctx context.Context) {
	ch := make(chan int, 1)
	_ = DoAllFns(ctx, func(c context.Context) int { return use(c) })
	local := &Task[int]{fn: func(c context.Context) int { return use(c) }}
	local.DoAsync(ctx, ch)
}

// badLocalNewTaskIsNotNewTask: TaskCall step 1 does not apply to the local NewTask; step 3
// finds no ReturnsDeriving literal (the literal's return does not derive), step 4 no deriver
// in the call → reported although the callback derives.
func badLocalNewTaskIsNotNewTask(ctx context.Context) {
	_ = gotask.DoAll(ctx, NewTask(func(c context.Context) int { _ = apm.NewGoroutineContext(c); return 0 })) // want `^gotask\.DoAll\(\) 2nd argument should call goroutine deriver$`
}

// badLocalNewTaskReceiver: a receiver produced by the local NewTask is not found.
func badLocalNewTaskReceiver(ctx context.Context) {
	ch := make(chan int, 1)
	NewTask(func(c context.Context) int { return use(apm.NewGoroutineContext(c)) }).DoAsync(ctx, ch) // want `^gotask\.\(\*Task\)\.DoAsync\(\) 1st argument should call goroutine deriver$`
}

// goodInterfaceDoAsync: a method of a local interface is not gotask's.
func goodInterfaceDoAsync(ctx context.Context, r asyncRunner) {
	ch := make(chan int, 1)
	r.DoAsync(ctx, ch)
}

// badPromotedDoAsync: a promoted method is gotask's; the receiver (a composite literal) is not
// traced.
func badPromotedDoAsync(ctx context.Context) {
	ch := make(chan int, 1)
	j := jobTask{gotask.NewTask(func(c context.Context) int { return use(apm.NewGoroutineContext(c)) })}
	j.DoAsync(ctx, ch) // want `^gotask\.\(\*Task\)\.DoAsync\(\) 1st argument should call goroutine deriver$`
}

// ---------------------------------------------------------------------------
// Callee forms (§3.0.2).
// ---------------------------------------------------------------------------

// goodExplicitlyInstantiated: explicit type arguments: not identified, silent.
func goodExplicitlyInstantiated(ctx context.Context) {
	_ = gotask.DoAllFns[int](ctx, func(c context.Context) int { return use(c) })
	_ = gotask.DoAll[int](ctx, gotask.NewTask(func(c context.Context) int { return use(c) }))
	_ = gotask.DoRaceFns[string](ctx, func(c context.Context) string { return "" })
}

// goodFunctionValueCallee: a variable of function type is not identified.
func goodFunctionValueCallee(ctx context.Context, task *gotask.Task[int]) {
	ch := make(chan int, 1)
	do := gotask.DoAllFns[int]
	_ = do(ctx, func(c context.Context) int { return use(c) })
	run := task.DoAsync
	run(ctx, ch)
}

// goodParenthesizedCallee: a parenthesised callee is not identified.
func goodParenthesizedCallee(ctx context.Context, task *gotask.Task[int]) {
	ch := make(chan int, 1)
	(task.DoAsync)(ctx, ch)
	_ = (gotask.DoAllFns[int])(ctx, func(c context.Context) int { return use(c) })
}

// badMethodExpression: the receiver becomes argument 0, which is neither a deriver call nor
// traceable through the type expression (§3.0.2).
func badMethodExpression(ctx context.Context) {
	ch := make(chan int, 1)
	task := gotask.NewTask(func(c context.Context) int { return use(apm.NewGoroutineContext(c)) })
	(*gotask.Task[int]).DoAsync(task, ctx, ch) // want `^gotask\.\(\*Task\)\.DoAsync\(\) 1st argument should call goroutine deriver$`
}

// badMethodExpressionDerivedContext: the derived context is argument 1 here: still reported.
func badMethodExpressionDerivedContext(ctx context.Context) {
	ch := make(chan int, 1)
	ct := gotask.NewTask(func(c context.Context) int { return use(apm.NewGoroutineContext(c)) }).Cancelable()
	(*gotask.CancelableTask[int]).DoAsync(ct, apm.NewGoroutineContext(ctx), ch) // want `^gotask\.\(\*CancelableTask\)\.DoAsync\(\) 1st argument should call goroutine deriver$`
}

// badExplicitlyInstantiatedNewTask: NewTask[int](…) is not identified as NewTask (step 1), its
// callee is not an identifier (step 2), the literal's return does not derive (step 3), and
// P11 does not enter the literal (step 4).
func badExplicitlyInstantiatedNewTask(ctx context.Context) {
	_ = gotask.DoAll(ctx, gotask.NewTask[int](func(c context.Context) int { // want `^gotask\.DoAll\(\) 2nd argument should call goroutine deriver$`
		d := apm.NewGoroutineContext(c)
		return use(d)
	}))
}

// goodExplicitlyInstantiatedNewTaskReturnDerives: step 3: the literal returns a call whose
// arguments hold the deriver (TaskCall step 4 on the returned call).
func goodExplicitlyInstantiatedNewTaskReturnDerives(ctx context.Context) {
	_ = gotask.DoAll(ctx, gotask.NewTask[int](func(c context.Context) int {
		return use(apm.NewGoroutineContext(c))
	}))
}

// badExplicitlyInstantiatedNewTaskReceiver: the receiver is not a NewTask call.
func badExplicitlyInstantiatedNewTaskReceiver(ctx context.Context) {
	ch := make(chan int, 1)
	gotask.NewTask[int](func(c context.Context) int { return use(apm.NewGoroutineContext(c)) }).DoAsync(ctx, ch) // want `^gotask\.\(\*Task\)\.DoAsync\(\) 1st argument should call goroutine deriver$`
}

// ---------------------------------------------------------------------------
// Argument forms.
// ---------------------------------------------------------------------------

// goodAnythingElsePasses: selectors, index expressions, parenthesised identifiers and a
// spread composite literal are "anything else".
func goodAnythingElsePasses(ctx context.Context, svc *service, fns []func(context.Context) int) {
	bad := func(c context.Context) int { return use(c) }
	_ = gotask.DoAllFns(ctx, svc.compute, fns[0], (bad))
	_ = gotask.DoAllFns(ctx, []func(context.Context) int{bad, bad}...)
}

// badLastLiteralBeatsLaterCall: LastLit wins over LastCall whatever their order.
func badLastLiteralBeatsLaterCall(ctx context.Context) {
	mkGood := func() func(context.Context) int {
		return func(c context.Context) int { return use(apm.NewGoroutineContext(c)) }
	}
	task := func(c context.Context) int { return use(c) }
	task = mkGood()
	_ = gotask.DoAllFns(ctx, task) // want `^gotask\.DoAllFns\(\) 2nd argument should call goroutine deriver$`
}

// goodVarDeclarationIsNotAssignment: `var x = …` is not an assignment statement: no LastLit,
// no LastCall → pass.
func goodVarDeclarationIsNotAssignment(ctx context.Context) {
	var fn = func(c context.Context) int { return use(c) }
	var task = gotask.NewTask(func(c context.Context) int { return use(c) })
	_ = gotask.DoAllFns(ctx, fn)
	_ = gotask.DoAll(ctx, task)
}

// badWrappedTask: the wrapper's call holds no deriver and P11 does not enter the literal.
func badWrappedTask(ctx context.Context) {
	_ = gotask.DoAll(ctx, wrapTask(gotask.NewTask(func(c context.Context) int { return use(apm.NewGoroutineContext(c)) }))) // want `^gotask\.DoAll\(\) 2nd argument should call goroutine deriver$`
}

// badNewTaskCallbackFromFactoryVariable: TaskCallback does not follow LastCall: P11 over the
// identifier finds nothing.
func badNewTaskCallbackFromFactoryVariable(ctx context.Context) {
	mkGood := func() func(context.Context) int {
		return func(c context.Context) int { return use(apm.NewGoroutineContext(c)) }
	}
	fn := mkGood()
	_ = gotask.DoAll(ctx, gotask.NewTask(fn)) // want `^gotask\.DoAll\(\) 2nd argument should call goroutine deriver$`
}

// badNestedGotaskCall: the inner call is checked in the task's scope; the outer task calls no
// deriver either.
func badNestedGotaskCall(ctx context.Context) {
	_ = gotask.DoAllFns(ctx, func(c context.Context) int { // want `^gotask\.DoAllFns\(\) 2nd argument should call goroutine deriver$`
		return len(gotask.DoAllFns(c, func(cc context.Context) int { return use(cc) })) // want `^gotask\.DoAllFns\(\) 2nd argument should call goroutine deriver$`
	})
}

// badAliasContextScope: an alias of context.Context makes a scope (§0, §12.7).
func badAliasContextScope(c ctxAlias) {
	_ = gotask.DoAllFns(c, func(c context.Context) int { return use(c) }) // want `^gotask\.DoAllFns\(\) 2nd argument should call goroutine deriver$`
}

// badInnerLiteralScope: a literal with its own context parameter is the scope.
func badInnerLiteralScope() {
	func(inner context.Context) {
		_ = gotask.DoAllFns(inner, func(c context.Context) int { return use(c) }) // want `^gotask\.DoAllFns\(\) 2nd argument should call goroutine deriver$`
	}(context.Background())
}

// ---------------------------------------------------------------------------
// DoAsync first argument and receiver, corner cases.
// ---------------------------------------------------------------------------

// badDerivedVarDeclaration: `var d = deriver(…)` is not an assignment statement.
func badDerivedVarDeclaration(ctx context.Context, task *gotask.Task[int]) {
	ch := make(chan int, 1)
	var d = apm.NewGoroutineContext(ctx)
	task.DoAsync(d, ch) // want `^gotask\.\(\*Task\)\.DoAsync\(\) 1st argument should call goroutine deriver$`
}

// goodDerivedVarNonCallReassignment: LastCall ignores non-call assignments.
func goodDerivedVarNonCallReassignment(ctx context.Context, task *gotask.Task[int]) {
	ch := make(chan int, 1)
	d := apm.NewGoroutineContext(ctx)
	d = ctx
	task.DoAsync(d, ch)
}

// badDerivedVarLaterCallReassignment: the last call assignment, after the use, is not a
// deriver.
func badDerivedVarLaterCallReassignment(ctx context.Context, task *gotask.Task[int]) {
	ch := make(chan int, 1)
	d := apm.NewGoroutineContext(ctx)
	task.DoAsync(d, ch) // want `^gotask\.\(\*Task\)\.DoAsync\(\) 1st argument should call goroutine deriver$`
	d = context.WithoutCancel(d)
	_ = d
}

// badDeriverWrapped: only the argument's own call target counts.
func badDeriverWrapped(ctx context.Context, task *gotask.Task[int]) {
	ch := make(chan int, 1)
	task.DoAsync(context.WithoutCancel(apm.NewGoroutineContext(ctx)), ch) // want `^gotask\.\(\*Task\)\.DoAsync\(\) 1st argument should call goroutine deriver$`
}

// goodReceiverLastCallIgnoresConditionality: the last call assignment in file order derives.
func goodReceiverLastCallIgnoresConditionality(ctx context.Context, flag bool) {
	ch := make(chan int, 1)
	task := gotask.NewTask(func(c context.Context) int { return use(c) })
	if flag {
		task = gotask.NewTask(func(c context.Context) int { return use(apm.NewGoroutineContext(c)) })
	}
	task.DoAsync(ctx, ch)
}

// badReceiverLaterReassignment: a reassignment after DoAsync is still the LastCall.
func badReceiverLaterReassignment(ctx context.Context) {
	ch := make(chan int, 1)
	task := gotask.NewTask(func(c context.Context) int { return use(apm.NewGoroutineContext(c)) })
	task.DoAsync(ctx, ch) // want `^gotask\.\(\*Task\)\.DoAsync\(\) 1st argument should call goroutine deriver$`
	task = gotask.NewTask(func(c context.Context) int { return use(c) })
	_ = task
}

// badReceiverDereferencedValue: `*NewTask(…)` is not a call, so the value's LastCall is none.
func badReceiverDereferencedValue(ctx context.Context) {
	ch := make(chan int, 1)
	task := *gotask.NewTask(func(c context.Context) int { return use(apm.NewGoroutineContext(c)) })
	task.DoAsync(ctx, ch) // want `^gotask\.\(\*Task\)\.DoAsync\(\) 1st argument should call goroutine deriver$`
}

// badValueReceiverVariable: a Task value (not a pointer) declared with var: untraceable; the
// message still says (*Task).
func badValueReceiverVariable(ctx context.Context) {
	ch := make(chan int, 1)
	var value gotask.Task[int]
	value.DoAsync(ctx, ch) // want `^gotask\.\(\*Task\)\.DoAsync\(\) 1st argument should call goroutine deriver$`
}

// goodReceiverParenStarCall: (X) and *X lead to the NewTask call.
func goodReceiverParenStarCall(ctx context.Context) {
	ch := make(chan int, 1)
	(*gotask.NewTask(func(c context.Context) int { return use(apm.NewGoroutineContext(c)) })).DoAsync(ctx, ch)
}

// badReceiverFromLocalFactory: a receiver call that is neither NewTask nor X.m(…) is not
// traced, even when the factory returns a deriving task.
func badReceiverFromLocalFactory(ctx context.Context) {
	ch := make(chan int, 1)
	mk := func() *gotask.Task[int] {
		return gotask.NewTask(func(c context.Context) int { return use(apm.NewGoroutineContext(c)) })
	}
	mk().DoAsync(ctx, ch) // want `^gotask\.\(\*Task\)\.DoAsync\(\) 1st argument should call goroutine deriver$`
}

// goodReceiverCancelableOfParenthesized: (X).m() chains are traced.
func goodReceiverCancelableOfParenthesized(ctx context.Context) {
	ch := make(chan int, 1)
	t := gotask.NewTask(func(c context.Context) int { return use(apm.NewGoroutineContext(c)) })
	(t).Cancelable().DoAsync(ctx, ch)
}

// ---------------------------------------------------------------------------
// Ignore directives (§6.1, §6.2). The gotask check line is the line where the call starts.
// ---------------------------------------------------------------------------

// goodIgnoreAbove: suppressed; the directive is used.
func goodIgnoreAbove(ctx context.Context) {
	//goroutinectx:ignore gotask
	_ = gotask.DoAllFns(ctx, func(c context.Context) int { return use(c) })
}

// goodIgnoreTrailing: a directive on the call line.
func goodIgnoreTrailing(ctx context.Context) {
	_ = gotask.DoAllFns(ctx, func(c context.Context) int { return use(c) }) //goroutinectx:ignore gotask
}

// goodIgnoreWithReason: ` - ` introduces a reason; a space after // is accepted.
func goodIgnoreWithReason(ctx context.Context, task *gotask.Task[int]) {
	ch := make(chan int, 1)
	// goroutinectx:ignore gotask - the task derives internally
	task.DoAsync(ctx, ch)
}

// goodIgnoreMultilineCall: one directive at the call start covers every failing argument.
func goodIgnoreMultilineCall(ctx context.Context) {
	//goroutinectx:ignore gotask
	_ = gotask.DoAllFns(ctx,
		func(c context.Context) int { return use(c) },
		func(c context.Context) int { return work(2) },
	)
}

// goodIgnoreAllAbove: ignore-all covers gotask.
func goodIgnoreAllAbove(ctx context.Context) {
	//goroutinectx:ignore
	_ = gotask.DoRaceFns(ctx, func(c context.Context) int { return use(c) })
}

// goodIgnoreAbovePassingCall: consulted although the check passes: used, not reported.
func goodIgnoreAbovePassingCall(ctx context.Context) {
	//goroutinectx:ignore gotask
	_ = gotask.DoAllFns(ctx, func(c context.Context) int { return use(apm.NewGoroutineContext(c)) })
}

// goodIgnoreDoAsyncCallStart: the DoAsync report is on the next line, but the check line is
// the call start, which the directive covers.
func goodIgnoreDoAsyncCallStart(ctx context.Context) {
	ch := make(chan int, 1)
	//goroutinectx:ignore gotask
	gotask.NewTask(func(c context.Context) int { return use(c) }).
		DoAsync(ctx, ch)
}

// badIgnoreBetweenChainLines: a directive above the DoAsync line but below the call start
// does not cover the check line.
func badIgnoreBetweenChainLines(ctx context.Context) {
	ch := make(chan int, 1)
	gotask.NewTask(func(c context.Context) int { return use(c) }).
		//goroutinectx:ignore gotask // want `^unused goroutinectx:ignore directive for checker\(s\): gotask$`
		DoAsync(ctx, ch) // want `^gotask\.\(\*Task\)\.DoAsync\(\) 1st argument should call goroutine deriver$`
}

// badIgnoreNoContextScope: nothing is examined without a context scope.
func badIgnoreNoContextScope() {
	//goroutinectx:ignore gotask // want `^unused goroutinectx:ignore directive for checker\(s\): gotask$`
	_ = gotask.DoAllFns(context.Background(), func(c context.Context) int { return use(c) })
}

// badIgnoreNewTaskOnly: NewTask is not a checked API: the directive is not consulted.
func badIgnoreNewTaskOnly(ctx context.Context) {
	//goroutinectx:ignore gotask // want `^unused goroutinectx:ignore directive for checker\(s\): gotask$`
	task := gotask.NewTask(func(c context.Context) int { return use(c) })
	_ = task
}

// badIgnoreExplicitInstantiation: the unidentified call does not match: not consulted.
func badIgnoreExplicitInstantiation(ctx context.Context) {
	//goroutinectx:ignore gotask // want `^unused goroutinectx:ignore directive for checker\(s\): gotask$`
	_ = gotask.DoAllFns[int](ctx, func(c context.Context) int { return use(c) })
}

// badIgnoreErrgroupAndGotask: gotask is used (the report is suppressed); errgroup is not.
func badIgnoreErrgroupAndGotask(ctx context.Context) {
	//goroutinectx:ignore errgroup, gotask // want `^unused goroutinectx:ignore directive for checker\(s\): errgroup$`
	_ = gotask.DoAllFns(ctx, func(c context.Context) int { return use(c) })
}

// badIgnoreWrongName: goroutine is not consulted by a call; the gotask report stays.
func badIgnoreWrongName(ctx context.Context) {
	//goroutinectx:ignore goroutine // want `^unused goroutinectx:ignore directive for checker\(s\): goroutine$`
	_ = gotask.DoAllFns(ctx, func(c context.Context) int { return use(c) }) // want `^gotask\.DoAllFns\(\) 2nd argument should call goroutine deriver$`
}

// badIgnoreBlankLine: a blank line breaks the link.
func badIgnoreBlankLine(ctx context.Context) {
	//goroutinectx:ignore - too far away // want `^unused goroutinectx:ignore directive$`

	_ = gotask.DoAllFns(ctx, func(c context.Context) int { return use(c) }) // want `^gotask\.DoAllFns\(\) 2nd argument should call goroutine deriver$`
}

// badIgnoreNoteName: `// note` right after the prefix is a checker name, not ignore-all.
func badIgnoreNoteName(ctx context.Context) {
	//goroutinectx:ignore // note // want `^unused goroutinectx:ignore directive for checker\(s\): // note$`
	_ = gotask.DoAllFns(ctx, func(c context.Context) int { return use(c) }) // want `^gotask\.DoAllFns\(\) 2nd argument should call goroutine deriver$`
}

// ---------------------------------------------------------------------------
// Unreachable code (P10): statements after return / panic(...) in the same block are not
// walked. (go vet needs -unreachable=false for this file.)
// ---------------------------------------------------------------------------

// badDeriverAfterReturn: the deriver call is unreachable.
func badDeriverAfterReturn(ctx context.Context) {
	_ = gotask.DoAllFns(ctx, func(c context.Context) int { // want `^gotask\.DoAllFns\(\) 2nd argument should call goroutine deriver$`
		return use(c)
		return use(apm.NewGoroutineContext(c))
	})
}

// badDeriverAfterPanic: likewise after panic(...).
func badDeriverAfterPanic(ctx context.Context) {
	_ = gotask.DoAllFns(ctx, func(c context.Context) int { // want `^gotask\.DoAllFns\(\) 2nd argument should call goroutine deriver$`
		panic("not yet")
		return use(apm.NewGoroutineContext(c))
	})
}

// goodDeriverBeforeReturnInBranch: a return in an inner block does not hide what follows the
// block.
func goodDeriverBeforeReturnInBranch(ctx context.Context, flag bool) {
	_ = gotask.DoAllFns(ctx, func(c context.Context) int {
		if flag {
			return 0
		}
		return use(apm.NewGoroutineContext(c))
	})
}
