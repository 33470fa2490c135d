package goroutine

import (
	"context"
	"fmt"
	"sync"
)

// ---------------------------------------------------------------------------
// Identifiers: P4 Trace with pred = P1 || P3 (§3.1).
// ---------------------------------------------------------------------------

// goodTracedLiteralMentionsCtx: the variable's literal mentions ctx.
func goodTracedLiteralMentionsCtx(ctx context.Context) {
	f := func() { use(ctx) }
	go f()
}

// badTracedLiteralWithoutCtx: the variable's literal does not mention a context.
func badTracedLiteralWithoutCtx(ctx context.Context) {
	f := func() { work(1) }
	go f() // want `^goroutine does not propagate context "ctx"$`
}

// goodTracedLiteralOwnCtxParam: P1 on the traced literal.
func goodTracedLiteralOwnCtxParam(ctx context.Context) {
	f := func(c context.Context) { work(1) }
	go f(ctx)
}

// goodTracedLiteralLocalCtx: P3 counts a context-typed local defined in the literal's body.
func goodTracedLiteralLocalCtx(ctx context.Context) {
	alt := func() {
		c := context.TODO()
		use(c)
	}
	go alt()
}

// goodTracedLiteralPackageCtx: P3 counts a package-level context (unlike P2).
func goodTracedLiteralPackageCtx(ctx context.Context) {
	f := func() { use(pkgCtx) }
	go f()
}

// goodVarThenAssign: `var f func()` is not collected, the later assignment is.
func goodVarThenAssign(ctx context.Context) {
	var f func()
	f = func() { use(ctx) }
	go f()
}

// goodUnconditionalLastWins: only the last unconditional assignment and later ones matter.
func goodUnconditionalLastWins(ctx context.Context) {
	f := func() { work(1) }
	f = func() { use(ctx) }
	go f()
}

// badUnconditionalLastLacksCtx: the last unconditional assignment lacks a context.
func badUnconditionalLastLacksCtx(ctx context.Context) {
	f := func() { use(ctx) }
	f = func() { work(1) }
	go f() // want `^goroutine does not propagate context "ctx"$`
}

// badSwitchAllConditional: both assignments are conditional, so all are checked (§3.1).
func badSwitchAllConditional(ctx context.Context, mode int) {
	var send func()
	switch mode {
	case 1:
		send = func() { use(ctx) }
	default:
		send = func() { work(2) }
	}
	go send() // want `^goroutine does not propagate context "ctx"$`
}

// goodSwitchAllConditionalMention: every conditional assignment mentions ctx.
func goodSwitchAllConditionalMention(ctx context.Context, mode int) {
	var send func()
	switch mode {
	case 1:
		send = func() { use(ctx) }
	default:
		send = func() { _ = ctx }
	}
	go send()
}

// badIfAfterUnconditional: a conditional reassignment after the last unconditional one is
// checked too.
func badIfAfterUnconditional(ctx context.Context, flag bool) {
	f := func() { use(ctx) }
	if flag {
		f = func() { work(1) }
	}
	go f() // want `^goroutine does not propagate context "ctx"$`
}

// badIfGoodButUnconditionalBad: the unconditional entry (k) itself lacks a context.
func badIfGoodButUnconditionalBad(ctx context.Context, flag bool) {
	f := func() { work(1) }
	if flag {
		f = func() { use(ctx) }
	}
	go f() // want `^goroutine does not propagate context "ctx"$`
}

// goodIfElseBothMention: conditional entries only, all mention ctx.
func goodIfElseBothMention(ctx context.Context, flag bool) {
	var f func()
	if flag {
		f = func() { use(ctx) }
	} else {
		f = func() { <-ctx.Done() }
	}
	go f()
}

// badForLoopAssignment: an assignment inside a for loop is conditional and lacks ctx.
func badForLoopAssignment(ctx context.Context) {
	var f func()
	for i := 0; i < 3; i++ {
		f = func() { work(i) }
	}
	go f() // want `^goroutine does not propagate context "ctx"$`
}

// goodRangeLoopAssignment: a conditional (range) assignment mentioning ctx.
func goodRangeLoopAssignment(ctx context.Context, xs []int) {
	var f func()
	for _, x := range xs {
		f = func() { work(x); use(ctx) }
	}
	go f()
}

// badSelectAssignment: assignments inside select cases are conditional.
func badSelectAssignment(ctx context.Context, ch chan int) {
	var f func()
	select {
	case <-ch:
		f = func() { use(ctx) }
	default:
		f = func() { work(3) }
	}
	go f() // want `^goroutine does not propagate context "ctx"$`
}

// badTypeSwitchAssignment: assignments inside a type switch are conditional.
func badTypeSwitchAssignment(ctx context.Context, v any) {
	var f func()
	switch v.(type) {
	case int:
		f = func() { use(ctx) }
	case string:
		f = func() { work(4) }
	}
	go f() // want `^goroutine does not propagate context "ctx"$`
}

// badLaterReassignment: §9.14, the reassignment after the spawn site is the last
// unconditional one and lacks a context.
func badLaterReassignment(ctx context.Context) {
	send := func() { use(ctx) }
	go send() // want `^goroutine does not propagate context "ctx"$`
	send = func() { work(5) }
	_ = send
}

// goodLaterReassignmentWins: §9.14 the other way round: the later unconditional assignment
// mentions ctx, so the earlier context-free literal is irrelevant.
func goodLaterReassignmentWins(ctx context.Context) {
	send := func() { work(6) }
	go send()
	send = func() { use(ctx) }
	_ = send
}

// goodVarDeclNotCollected: `var f = func…` declarations are not collected: untraceable, pass.
func goodVarDeclNotCollected(ctx context.Context) {
	var f = func() { work(7) }
	go f()
}

// goodFuncParam: parameters cannot be traced (§9.2).
func goodFuncParam(ctx context.Context, fn func()) {
	go fn()
}

// goodRangeVar: range variables cannot be traced (§9.2).
func goodRangeVar(ctx context.Context, fns []func()) {
	for _, fn := range fns {
		go fn()
	}
}

// goodChannelReceive: channel receives cannot be traced (§9.2).
func goodChannelReceive(ctx context.Context, q chan func()) {
	next := <-q
	go next()
}

// goodTypeAssertion: type assertions cannot be traced (§9.2).
func goodTypeAssertion(ctx context.Context, v any) {
	fn := v.(func())
	go fn()
}

// goodDeclaredFunction: a declared function name has no assignments (§9.4).
func goodDeclaredFunction(ctx context.Context) {
	go work(1)
}

// goodDeclaredFunctionWithCtxArg: same, the argument is irrelevant.
func goodDeclaredFunctionWithCtxArg(ctx context.Context) {
	go use(ctx)
}

// goodStdlibFunction: a function from another package is a selector with a package qualifier.
func goodStdlibFunction(ctx context.Context) {
	go fmt.Println("x")
}

// ---------------------------------------------------------------------------
// Factories: P6 FactoryOK and P7 ReturnsCtxFunc.
// ---------------------------------------------------------------------------

func newTicker(label string) func() { return func() { work(len(label)) } }

// ctxTicker returns a literal mentioning a package-level context: P3 counts it.
func ctxTicker() func() { return func() { use(pkgCtx) } }

// ctxParamFactory has a context parameter: calling it passes whatever it returns.
func ctxParamFactory(c context.Context) func() { return func() { work(1) } }

func nilFactory() func() { return nil }

func callFactory() func() { return newTicker("x") }

// identFactory returns a variable whose (only) literal mentions a context.
func identFactory() func() {
	f := func() { use(pkgCtx) }
	return f
}

// badNamedFactory: the factory body returns no context-using literal.
func badNamedFactory(ctx context.Context) {
	go newTicker("a")() // want `^goroutine does not propagate context "ctx"$`
}

// goodFactoryArgMentionsCtx: an argument mentions ctx, even though the factory ignores it.
func goodFactoryArgMentionsCtx(ctx context.Context) {
	go newTicker(fmt.Sprint(ctx))()
}

// goodFactoryArgIsCtxLiteral: the ctx identifier may sit inside a literal argument.
func goodFactoryArgIsCtxLiteral(ctx context.Context) {
	wrapFn := func(inner func()) func() { return func() { inner() } }
	go wrapFn(func() { _ = ctx })()
}

// goodNamedFactoryReturnsCtxLiteral: the returned literal mentions a context.
func goodNamedFactoryReturnsCtxLiteral(ctx context.Context) {
	go ctxTicker()()
}

// goodFactoryWithCtxParam: the factory function has a context-type parameter.
func goodFactoryWithCtxParam(ctx context.Context) {
	go ctxParamFactory(nil)()
}

// badFactoryReturnsNil: `nil` does not qualify.
func badFactoryReturnsNil(ctx context.Context) {
	go nilFactory()() // want `^goroutine does not propagate context "ctx"$`
}

// badFactoryReturnsCall: a returned call does not qualify.
func badFactoryReturnsCall(ctx context.Context) {
	go callFactory()() // want `^goroutine does not propagate context "ctx"$`
}

// goodFactoryReturnsTracedIdent: a returned identifier traced to a context-using literal.
func goodFactoryReturnsTracedIdent(ctx context.Context) {
	go identFactory()()
}

// goodFactoryLiteral: an immediately called factory literal returning a ctx literal.
func goodFactoryLiteral(ctx context.Context) {
	go func() func() {
		return func() { use(ctx) }
	}()()
}

// badFactoryLiteral: the factory literal returns a context-free literal.
func badFactoryLiteral(ctx context.Context) {
	go func() func() { // want `^goroutine does not propagate context "ctx"$`
		return func() { work(1) }
	}()()
}

// goodFactoryLiteralOwnCtx: a factory literal with its own ctx parameter passes (§9.8).
func goodFactoryLiteralOwnCtx(ctx context.Context) {
	go func(c context.Context) func() {
		return func() { work(1) }
	}(nil)()
}

// goodFactoryVariable: factory variable whose last literal returns a ctx literal.
func goodFactoryVariable(ctx context.Context) {
	mk := func() func() { return func() { use(ctx) } }
	go mk()()
}

// badFactoryVariable: factory variable whose literal returns a context-free literal.
func badFactoryVariable(ctx context.Context) {
	mk := func() func() { return func() { work(1) } }
	go mk()() // want `^goroutine does not propagate context "ctx"$`
}

// goodFactoryVariableNotLiteral: a factory variable bound to a declared function has no
// literal assignment: pass.
func goodFactoryVariableNotLiteral(ctx context.Context) {
	mk := newTicker
	go mk("a")()
}

// goodFactoryVariableOwnCtx: the factory variable's literal has a ctx parameter (P1).
func goodFactoryVariableOwnCtx(ctx context.Context) {
	mk := func(c context.Context) func() { return func() { work(1) } }
	go mk(nil)()
}

// goodFactoryReturnsIdentLiteral: a returned identifier traced to a ctx literal.
func goodFactoryReturnsIdentLiteral(ctx context.Context) {
	mk := func() func() {
		f := func() { use(ctx) }
		return f
	}
	go mk()()
}

// badFactoryReturnsIdentLiteral: the returned identifier's literal lacks a context.
func badFactoryReturnsIdentLiteral(ctx context.Context) {
	mk := func() func() {
		f := func() { work(1) }
		return f
	}
	go mk()() // want `^goroutine does not propagate context "ctx"$`
}

// goodOneQualifyingReturn: one qualifying return is enough.
func goodOneQualifyingReturn(ctx context.Context, flag bool) {
	mk := func() func() {
		if flag {
			return func() { work(1) }
		}
		return func() { use(ctx) }
	}
	go mk()()
}

// goodChain: ReturnsCtxFunc looks through returned literals (§3.1 layered example).
func goodChain(ctx context.Context) {
	layered := func(n int) func(string) func() {
		return func(tag string) func() { return func() { use(ctx); work(n + len(tag)) } }
	}
	go layered(2)("x")()
}

// badChain: no layer mentions a context.
func badChain(ctx context.Context) {
	layered := func(n int) func(string) func() {
		return func(tag string) func() { return func() { work(n + len(tag)) } }
	}
	go layered(2)("x")() // want `^goroutine does not propagate context "ctx"$`
}

// goodChainArgMentionsCtx: the inner call's argument mentions ctx.
func goodChainArgMentionsCtx(ctx context.Context) {
	layered := func(n int) func(string) func() {
		return func(tag string) func() { return func() { work(n + len(tag)) } }
	}
	go layered(depth(ctx))("x")()
}

type maker struct{}

func (maker) make() func() { return func() { work(1) } }

// goodMethodFactory: method factories are not inspected (§9.3).
func goodMethodFactory(ctx context.Context) {
	var m maker
	go m.make()()
}

// goodOtherPackageFactory: factories from other packages are not inspected (§9.3).
func goodOtherPackageFactory(ctx context.Context) {
	go sync.OnceFunc(func() { work(1) })()
}

// ---------------------------------------------------------------------------
// Selectors: P8 FieldLit.
// ---------------------------------------------------------------------------

type hooks struct {
	name   string
	onStop func()
}

func newHooks() hooks { return hooks{onStop: func() { work(1) }} }

// badKeyedFieldLiteral: the field literal found via the keyed element lacks a context.
func badKeyedFieldLiteral(ctx context.Context) {
	h := hooks{name: "db", onStop: func() { work(1) }}
	go h.onStop() // want `^goroutine does not propagate context "ctx"$`
}

// goodKeyedFieldLiteral: the field literal mentions ctx.
func goodKeyedFieldLiteral(ctx context.Context) {
	h := hooks{name: "db", onStop: func() { use(ctx) }}
	go h.onStop()
}

// goodPointerCompositeNotTraced: `&T{…}` is not a composite literal for P8: pass.
func goodPointerCompositeNotTraced(ctx context.Context) {
	h := &hooks{onStop: func() { work(1) }}
	go h.onStop()
}

// goodNonIdentifierOperand: the selector's operand is a call: pass (§9.5).
func goodNonIdentifierOperand(ctx context.Context) {
	go newHooks().onStop()
}

// goodMethodValue: method values are not backed by keyed literals (§9.4).
func (s *server) loop() { work(1) }

func goodMethodValue(ctx context.Context, s *server) {
	go s.loop()
}

// ---------------------------------------------------------------------------
// Indexes: P9 IndexLit.
// ---------------------------------------------------------------------------

// badMapStringKey: the "cold" entry does not mention a context.
func badMapStringKey(ctx context.Context) {
	table := map[string]func(){
		"warm": func() { use(ctx) },
		"cold": func() { work(1) },
	}
	go table["cold"]() // want `^goroutine does not propagate context "ctx"$`
}

// goodMapStringKey: the "warm" entry mentions ctx.
func goodMapStringKey(ctx context.Context) {
	table := map[string]func(){
		"warm": func() { use(ctx) },
		"cold": func() { work(1) },
	}
	go table["warm"]()
}

// badSlicePositional: element #0 does not mention a context.
func badSlicePositional(ctx context.Context) {
	steps := []func(){func() { work(1) }, func() { use(ctx) }}
	go steps[0]() // want `^goroutine does not propagate context "ctx"$`
}

// goodSlicePositional: element #1 mentions ctx.
func goodSlicePositional(ctx context.Context) {
	steps := []func(){func() { work(1) }, func() { use(ctx) }}
	go steps[1]()
}

// goodNonLiteralIndex: non-literal indexes are not traced (§9.5).
func goodNonLiteralIndex(ctx context.Context, name string, i int) {
	table := map[string]func(){"cold": func() { work(1) }}
	go table[name]()
	steps := []func(){func() { work(1) }}
	go steps[i]()
}

// goodIndexNotBackedByLiteral: a parameter slice is not backed by a literal (§9.5).
func goodIndexNotBackedByLiteral(ctx context.Context, steps []func()) {
	go steps[0]()
}
