package spawnerevil

import "context"

// --- P4: tracing variables to the literals assigned to them (SPEC §3.0.4) ----------------

// badLaterReassignment: an unconditional reassignment written after the call site is the
// last unconditional entry and must satisfy the predicate (SPEC §9.14).
func badLaterReassignment(ctx context.Context) {
	f := func() { beatCtx(ctx) }
	runOne(f) // want `^runOne\(\) func argument should use context "ctx"$`
	f = func() { beat() }
	_ = f
}

// goodLastUnconditionalWins: an earlier context-free literal is irrelevant once a later
// unconditional one mentions the context.
func goodLastUnconditionalWins(ctx context.Context) {
	f := func() { beat() }
	f = func() { beatCtx(ctx) }
	runOne(f)
}

// badAllConditional: with no unconditional entry, every entry is checked.
func badAllConditional(ctx context.Context, n int) {
	var f func()
	switch n {
	case 1:
		f = func() { beat() }
	default:
		f = func() { beatCtx(ctx) }
	}
	runOne(f) // want `^runOne\(\) func argument should use context "ctx"$`
}

// goodAllConditionalGood: every (conditional) entry mentions a context.
func goodAllConditionalGood(ctx context.Context, ok bool) {
	var f func()
	if ok {
		f = func() { beatCtx(ctx) }
	} else {
		f = func() { _ = ctx }
	}
	runOne(f)
}

// badConditionalInFor: an assignment in a loop after the last unconditional one is checked.
func badConditionalInFor(ctx context.Context, xs []int) {
	f := func() { _ = ctx }
	for range xs {
		f = func() { beat() }
	}
	runOne(f) // want `^runOne\(\) func argument should use context "ctx"$`
}

// badConditionalInSelect: a select case is conditional too.
func badConditionalInSelect(ctx context.Context, ch chan int) {
	f := func() { _ = ctx }
	select {
	case <-ch:
		f = func() { beat() }
	default:
	}
	runOne(f) // want `^runOne\(\) func argument should use context "ctx"$`
}

// badConditionalInTypeSwitch: so is a type switch clause.
func badConditionalInTypeSwitch(ctx context.Context, v any) {
	f := func() { _ = ctx }
	switch v.(type) {
	case int:
		f = func() { beat() }
	}
	runOne(f) // want `^runOne\(\) func argument should use context "ctx"$`
}

// goodConditionalBeforeUnconditional: conditional entries before the last unconditional
// one do not matter.
func goodConditionalBeforeUnconditional(ctx context.Context, ok bool) {
	var f func()
	if ok {
		f = func() { beat() }
	}
	f = func() { _ = ctx }
	runOne(f)
}

// badUnconditionalInClosure: an assignment inside a plain closure (a deferred one here) is
// not conditional: it is the last unconditional entry.
func badUnconditionalInClosure(ctx context.Context) {
	f := func() { _ = ctx }
	defer func() {
		f = func() { beat() }
	}()
	runOne(f) // want `^runOne\(\) func argument should use context "ctx"$`
}

// badPlainBlock: a plain block is not conditional either.
func badPlainBlock(ctx context.Context) {
	f := func() { _ = ctx }
	{
		f = func() { beat() }
	}
	runOne(f) // want `^runOne\(\) func argument should use context "ctx"$`
}

// goodShadowedInnerVariable: an inner `:=` declares another variable; the outer one is
// traced only to its own literal.
func goodShadowedInnerVariable(ctx context.Context, ok bool) {
	f := func() { _ = ctx }
	if ok {
		f := func() { beat() }
		_ = f
	}
	runOne(f)
}

// badRedeclaredByShortVar: `:=` with one new name assigns the existing one (SPEC §10.2).
func badRedeclaredByShortVar(ctx context.Context) {
	f := func() { _ = ctx }
	f, n := func() { beat() }, 1
	_ = n
	runOne(f) // want `^runOne\(\) func argument should use context "ctx"$`
}

// badMultiAssign: the literal at the same index is the traced one.
func badMultiAssign(ctx context.Context) {
	a, b := func() { beat() }, func() { _ = ctx }
	runOne(b)
	runOne(a) // want `^runOne\(\) func argument should use context "ctx"$`
}

// goodNotCollected: var declarations with a value, call results, and parenthesised
// literals are not collected, so the trace is empty (SPEC §3.0.4 P4).
func goodNotCollected(ctx context.Context) {
	var f = func() { beat() }
	runOne(f)
	g := makeNoCtx()
	runOne(g)
	h := (func() { beat() })
	runOne(h)
	k := f
	runOne(k)
}

// goodTracedMentionsLocalCtx: a traced literal passes with any ctx-typed identifier in its
// flat body, even a local it defines (P3).
func goodTracedMentionsLocalCtx(ctx context.Context) {
	f := func() { c := context.TODO(); beatCtx(c) }
	runOne(f)
}

// badTracedOnlyInNestedGo: for a traced literal, a context used only inside a nested go
// statement does not count (SPEC §9.12).
func badTracedOnlyInNestedGo(ctx context.Context) {
	f := func() {
		go func() { beatCtx(ctx) }()
	}
	runOne(f) // want `^runOne\(\) func argument should use context "ctx"$`
}

// badTracedCaptured: the call is inside a closure; the variable is still traced in the file.
func badTracedCaptured(ctx context.Context) {
	f := func() { beat() }
	func() {
		runOne(f) // want `^runOne\(\) func argument should use context "ctx"$`
	}()
}

// hook is a package-level variable of this file; the file's assignments to it are traced,
// in any function (SPEC §3.0.4 P4: "anywhere in that file").
var hook func()

func init() {
	hook = func() { beat() }
}

func badPackageVarTraced(ctx context.Context) {
	runOne(hook) // want `^runOne\(\) func argument should use context "ctx"$`
}

// hookCond is only assigned inside an if in another function: conditional, still checked.
var hookCond func()

func setHookCond(ok bool) {
	if ok {
		hookCond = func() { beat() }
	}
}

func badPackageVarConditional(ctx context.Context) {
	runOne(hookCond) // want `^runOne\(\) func argument should use context "ctx"$`
}

// badOtherFileVar: otherHook is declared in other.go, whose init assigns it a literal
// without context; tracing happens in the declaring file (SPEC §3.0.4 P4: "in the file
// that declares x").
func badOtherFileVar(ctx context.Context) {
	runOne(otherHook) // want `^runOne\(\) func argument should use context "ctx"$`
}

// goodAssignedHereDeclaredElsewhere: otherHook2 is declared in other.go but only assigned
// in this file; the declaring file has no literal assignment, so the trace is empty.
func goodAssignedHereDeclaredElsewhere(ctx context.Context) {
	otherHook2 = func() { beat() }
	runOne(otherHook2)
}

// badReceiverTraced: a receiver of function type reassigned to a literal is a traced
// variable too.
func (j Job) badReceiverTraced(ctx context.Context) {
	j = func() { beat() }
	runOne(j) // want `^runOne\(\) func argument should use context "ctx"$`
}
