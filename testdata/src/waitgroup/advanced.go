package waitgroup

import (
	"context"
	"sync"

	"waitgroup/lib"
)

// Callback forms other than inline literals (SPEC §3.3 table, §3.0.4 P3–P9) and ignore
// directives (SPEC §3.0.1, §6.1, §6.2).

// ---------------------------------------------------------------------------
// Identifier callbacks: P4 Trace with pred(lit) = P1(lit) || P3(lit) (flat body).
// ---------------------------------------------------------------------------

// badTracedNoContext: the only assignment is a literal that does not mention a context.
func badTracedNoContext(ctx context.Context) {
	var wg sync.WaitGroup
	job := func() { work() }
	wg.Go(job) // want `^sync\.WaitGroup\.Go\(\) closure should use context "ctx"$`
	wg.Wait()
}

// goodTracedMentionsContext: the traced literal mentions the context in its flat body.
func goodTracedMentionsContext(ctx context.Context) {
	var wg sync.WaitGroup
	job := func() { use(ctx) }
	wg.Go(job)
	wg.Wait()
}

// goodTracedLocalContext: P3 accepts any context-typed identifier, even a local one (unlike
// an inline literal, badLocalContextInsideLiteral in basic.go).
func goodTracedLocalContext(ctx context.Context) {
	var wg sync.WaitGroup
	job := func() {
		c := context.TODO()
		use(c)
	}
	wg.Go(job)
	wg.Wait()
}

// goodTracedPackageLevelContext: P3 accepts a package-level context identifier.
func goodTracedPackageLevelContext(ctx context.Context) {
	var wg sync.WaitGroup
	job := func() { use(pkgCtx) }
	wg.Go(job)
	wg.Wait()
}

// badTracedNestedOnly: a traced literal must mention the context in its own flat body; a
// nested closure does not count (SPEC §9.12).
func badTracedNestedOnly(ctx context.Context) {
	var wg sync.WaitGroup
	job := func() {
		func() { use(ctx) }()
	}
	wg.Go(job) // want `^sync\.WaitGroup\.Go\(\) closure should use context "ctx"$`
	wg.Wait()
}

// badTracedDeferredClosureOnly: a deferred closure is a nested literal too.
func badTracedDeferredClosureOnly(ctx context.Context) {
	var wg sync.WaitGroup
	job := func() {
		defer func() { use(ctx) }()
	}
	wg.Go(job) // want `^sync\.WaitGroup\.Go\(\) closure should use context "ctx"$`
	wg.Wait()
}

// badConditionalOneFails: both assignments are conditional (no unconditional one, k = 0), so
// every entry is checked and the else branch fails.
func badConditionalOneFails(ctx context.Context) {
	var wg sync.WaitGroup
	var job func()
	if cond {
		job = func() { use(ctx) }
	} else {
		job = func() { work() }
	}
	wg.Go(job) // want `^sync\.WaitGroup\.Go\(\) closure should use context "ctx"$`
	wg.Wait()
}

// goodConditionalAllPass: every conditional entry mentions the context.
func goodConditionalAllPass(ctx context.Context) {
	var wg sync.WaitGroup
	var job func()
	if cond {
		job = func() { use(ctx) }
	} else {
		job = func() { <-ctx.Done() }
	}
	wg.Go(job)
	wg.Wait()
}

// goodLastUnconditionalWins: entries before the last unconditional one are irrelevant.
func goodLastUnconditionalWins(ctx context.Context) {
	var wg sync.WaitGroup
	job := func() { work() }
	if cond {
		job = func() { work() }
	}
	job = func() { use(ctx) }
	wg.Go(job)
	wg.Wait()
}

// badConditionalAfterUnconditional: a conditional entry after the last unconditional one is
// checked.
func badConditionalAfterUnconditional(ctx context.Context) {
	var wg sync.WaitGroup
	job := func() { use(ctx) }
	for i := 0; i < 2; i++ {
		job = func() { work() }
	}
	wg.Go(job) // want `^sync\.WaitGroup\.Go\(\) closure should use context "ctx"$`
	wg.Wait()
}

// badReassignedAfterCall: the whole-file scan sees the reassignment written after the call; it
// is the last unconditional one and lacks a context (SPEC §9.14).
func badReassignedAfterCall(ctx context.Context) {
	var wg sync.WaitGroup
	job := func() { use(ctx) }
	wg.Go(job) // want `^sync\.WaitGroup\.Go\(\) closure should use context "ctx"$`
	wg.Wait()
	job = func() { work() }
	_ = job
}

// goodReassignedAfterCall: the reassignment after the call wins, and it mentions the context.
func goodReassignedAfterCall(ctx context.Context) {
	var wg sync.WaitGroup
	job := func() { work() }
	wg.Go(job)
	wg.Wait()
	job = func() { use(ctx) }
	_ = job
}

// goodVarDeclUntraced: `var f = func…` is not an assignment statement: untraceable, pass.
func goodVarDeclUntraced(ctx context.Context) {
	var wg sync.WaitGroup
	var job = func() { work() }
	wg.Go(job)
	wg.Wait()
}

// badVarDeclThenAssigned: the var declaration is skipped, but a later `=` assignment is traced.
func badVarDeclThenAssigned(ctx context.Context) {
	var wg sync.WaitGroup
	var job = func() { use(ctx) }
	job = func() { work() }
	wg.Go(job) // want `^sync\.WaitGroup\.Go\(\) closure should use context "ctx"$`
	wg.Wait()
}

// goodDeclaredFunction: a declared function has no assignments: pass.
func goodDeclaredFunction(ctx context.Context) {
	var wg sync.WaitGroup
	wg.Go(work)
	wg.Go(lib.Job)
	wg.Wait()
}

// goodParameterCallback: parameters cannot be traced (SPEC §9.2).
func goodParameterCallback(ctx context.Context, job func()) {
	var wg sync.WaitGroup
	wg.Go(job)
	wg.Wait()
}

// goodRangeAndReceive: range variables and channel receives are not traced.
func goodRangeAndReceive(ctx context.Context, jobs []func(), q chan func()) {
	var wg sync.WaitGroup
	for _, j := range jobs {
		wg.Go(j)
	}
	next := <-q
	wg.Go(next)
	wg.Wait()
}

// goodCopiedVariable: `alias := job` is not a literal assignment, so `alias` is untraced.
func goodCopiedVariable(ctx context.Context) {
	var wg sync.WaitGroup
	job := func() { work() }
	alias := job
	wg.Go(alias)
	wg.Wait()
}

// sharedJob and foreignJob are declared in shared.go (P4 reads the declaring file only).
func init() {
	foreignJob = func() { work() }
}

// badPackageVarTracedInDeclaringFile: sharedJob is assigned in its declaring file (shared.go).
func badPackageVarTracedInDeclaringFile(ctx context.Context) {
	var wg sync.WaitGroup
	wg.Go(sharedJob) // want `^sync\.WaitGroup\.Go\(\) closure should use context "ctx"$`
	wg.Wait()
}

// goodPackageVarAssignedElsewhere: foreignJob is assigned only in this file (init above), not
// in its declaring file: the trace is empty, pass.
func goodPackageVarAssignedElsewhere(ctx context.Context) {
	var wg sync.WaitGroup
	wg.Go(foreignJob)
	wg.Wait()
}

// goodPackageVarMentionsPackageContext: sharedCtxJob's literal mentions pkgCtx (P3).
func goodPackageVarMentionsPackageContext(ctx context.Context) {
	var wg sync.WaitGroup
	wg.Go(sharedCtxJob)
	wg.Wait()
}

// ---------------------------------------------------------------------------
// Call-expression callbacks: P6 FactoryOK / P7 ReturnsCtxFunc.
// ---------------------------------------------------------------------------

func makeJob() func() {
	return func() { work() }
}

func makeJobWith(ctx context.Context) func() {
	return func() { use(ctx) }
}

func makeJobPkgCtx() func() {
	return func() { use(pkgCtx) }
}

func makeTraced() func() {
	f := func() { use(pkgCtx) }
	return f
}

func makeTracedBad() func() {
	f := func() { work() }
	return f
}

func makeEither(flag bool) func() {
	if flag {
		return func() { work() }
	}
	return func() { use(pkgCtx) }
}

func makeLayered() func() func() {
	return func() func() {
		return func() { work() }
	}
}

// badFactory: the factory's returned literal mentions no context.
func badFactory(ctx context.Context) {
	var wg sync.WaitGroup
	wg.Go(makeJob()) // want `^sync\.WaitGroup\.Go\(\) closure should use context "ctx"$`
	wg.Wait()
}

// goodFactoryArgument: an argument mentions the context (P6 step 1).
func goodFactoryArgument(ctx context.Context) {
	var wg sync.WaitGroup
	wg.Go(makeJobWith(ctx))
	wg.Wait()
}

// goodFactoryHasContextParam: a factory declared with a context parameter passes, whatever
// the argument.
func goodFactoryHasContextParam(ctx context.Context) {
	var wg sync.WaitGroup
	wg.Go(makeJobWith(nil))
	wg.Wait()
}

// goodFactoryReturnsContextUser: the returned literal mentions a context (P7).
func goodFactoryReturnsContextUser(ctx context.Context) {
	var wg sync.WaitGroup
	wg.Go(makeJobPkgCtx())
	wg.Wait()
}

// goodFactoryReturnsTracedIdentifier: a returned identifier traced to a context literal.
func goodFactoryReturnsTracedIdentifier(ctx context.Context) {
	var wg sync.WaitGroup
	wg.Go(makeTraced())
	wg.Wait()
}

// badFactoryReturnsTracedIdentifier: the returned identifier's literal lacks a context.
func badFactoryReturnsTracedIdentifier(ctx context.Context) {
	var wg sync.WaitGroup
	wg.Go(makeTracedBad()) // want `^sync\.WaitGroup\.Go\(\) closure should use context "ctx"$`
	wg.Wait()
}

// goodFactoryOneReturnQualifies: one qualifying return is enough.
func goodFactoryOneReturnQualifies(ctx context.Context) {
	var wg sync.WaitGroup
	wg.Go(makeEither(false))
	wg.Wait()
}

// badFactoryChain: `mk()()` recurses on the inner call; nothing mentions a context.
func badFactoryChain(ctx context.Context) {
	var wg sync.WaitGroup
	wg.Go(makeLayered()()) // want `^sync\.WaitGroup\.Go\(\) closure should use context "ctx"$`
	wg.Wait()
}

// badLocalFactoryVariable: a local factory variable is traced to its last literal.
func badLocalFactoryVariable(ctx context.Context) {
	var wg sync.WaitGroup
	mk := func() func() { return func() { work() } }
	wg.Go(mk()) // want `^sync\.WaitGroup\.Go\(\) closure should use context "ctx"$`
	wg.Wait()
}

// goodLocalFactoryVariable: the local factory returns a context-using literal.
func goodLocalFactoryVariable(ctx context.Context) {
	var wg sync.WaitGroup
	mk := func() func() { return func() { use(ctx) } }
	wg.Go(mk())
	wg.Wait()
}

// goodLayeredLocalFactory: ReturnsCtxFunc looks through returned literals.
func goodLayeredLocalFactory(ctx context.Context) {
	var wg sync.WaitGroup
	layered := func() func() func() {
		return func() func() { return func() { use(ctx) } }
	}
	wg.Go(layered()())
	wg.Wait()
}

// badImmediateFactoryLiteral: a literal called in place is a factory literal.
func badImmediateFactoryLiteral(ctx context.Context) {
	var wg sync.WaitGroup
	wg.Go(func() func() { return func() { work() } }()) // want `^sync\.WaitGroup\.Go\(\) closure should use context "ctx"$`
	wg.Wait()
}

// goodParenthesisedFactoryLiteral: a parenthesised factory literal is not examined (§9.3).
func goodParenthesisedFactoryLiteral(ctx context.Context) {
	var wg sync.WaitGroup
	wg.Go((func() func() { return func() { work() } })())
	wg.Wait()
}

type builder struct{}

func (builder) Build() func() { return func() { work() } }

// goodUntracedFactories: method factories, other packages' factories and factory parameters
// pass (SPEC §9.3).
func goodUntracedFactories(ctx context.Context, b builder, mk func() func()) {
	var wg sync.WaitGroup
	wg.Go(b.Build())
	wg.Go(lib.MakeJob())
	wg.Go(mk())
	wg.Wait()
}

// ---------------------------------------------------------------------------
// Selector callbacks: P8 (keyed composite literal field, P3 on the literal).
// ---------------------------------------------------------------------------

type hooks struct {
	name   string
	onStop func()
}

func (h hooks) stop() { work() }

// badFieldLiteral: the field literal found via the keyed element mentions no context.
func badFieldLiteral(ctx context.Context) {
	var wg sync.WaitGroup
	h := hooks{name: "db", onStop: func() { work() }}
	wg.Go(h.onStop) // want `^sync\.WaitGroup\.Go\(\) closure should use context "ctx"$`
	wg.Wait()
}

// goodFieldLiteral: the field literal mentions the context.
func goodFieldLiteral(ctx context.Context) {
	var wg sync.WaitGroup
	h := hooks{name: "db", onStop: func() { use(ctx) }}
	wg.Go(h.onStop)
	wg.Wait()
}

// badFieldFirstAssignmentWins: P8 takes the first assignment with the keyed literal.
func badFieldFirstAssignmentWins(ctx context.Context) {
	var wg sync.WaitGroup
	h := hooks{onStop: func() { work() }}
	h = hooks{onStop: func() { use(ctx) }}
	wg.Go(h.onStop) // want `^sync\.WaitGroup\.Go\(\) closure should use context "ctx"$`
	wg.Wait()
}

// goodFieldNotFromCompositeAssignment: `&hooks{…}` is not a composite literal assignment, a
// `var` declaration is not an assignment, and a method value has no keyed literal: all pass.
func goodFieldNotFromCompositeAssignment(ctx context.Context, p hooks) {
	var wg sync.WaitGroup
	ph := &hooks{onStop: func() { work() }}
	var vh = hooks{onStop: func() { work() }}
	wg.Go(ph.onStop)
	wg.Go(vh.onStop)
	wg.Go(vh.stop)
	wg.Go(p.onStop)
	wg.Wait()
}

// ---------------------------------------------------------------------------
// Index callbacks: P9 (slice element, map string key).
// ---------------------------------------------------------------------------

// badSliceElement: element #0 mentions no context.
func badSliceElement(ctx context.Context) {
	var wg sync.WaitGroup
	steps := []func(){func() { work() }, func() { use(ctx) }}
	wg.Go(steps[0]) // want `^sync\.WaitGroup\.Go\(\) closure should use context "ctx"$`
	wg.Go(steps[1])
	wg.Wait()
}

// badSliceElementCountsAllElements: positions count every element, including identifiers.
func badSliceElementCountsAllElements(ctx context.Context) {
	var wg sync.WaitGroup
	steps := []func(){work, func() { work() }}
	wg.Go(steps[0])
	wg.Go(steps[1]) // want `^sync\.WaitGroup\.Go\(\) closure should use context "ctx"$`
	wg.Wait()
}

// badMapStringKey: the "cold" entry mentions no context.
func badMapStringKey(ctx context.Context) {
	var wg sync.WaitGroup
	table := map[string]func(){
		"warm": func() { use(ctx) },
		"cold": func() { work() },
	}
	wg.Go(table["warm"])
	wg.Go(table["cold"]) // want `^sync\.WaitGroup\.Go\(\) closure should use context "ctx"$`
	wg.Wait()
}

// goodIndexUntraceable: a non-literal index, a missing key and an out-of-range position pass.
func goodIndexUntraceable(ctx context.Context, name string) {
	var wg sync.WaitGroup
	table := map[string]func(){"cold": func() { work() }}
	steps := []func(){func() { work() }}
	wg.Go(table[name])
	wg.Go(table["absent"])
	wg.Go(steps[len(name)])
	wg.Wait()
}

// ---------------------------------------------------------------------------
// Other callback forms: pass (SPEC §3.3 last row).
// ---------------------------------------------------------------------------

type task func()

// goodOtherForms: parenthesised, conversion, type assertion, receive and nil callbacks.
func goodOtherForms(ctx context.Context, v any, q chan func()) {
	var wg sync.WaitGroup
	wg.Go((func() { work() }))
	wg.Go(task(func() { work() }))
	wg.Go(v.(func()))
	wg.Go(<-q)
	wg.Go(nil)
	wg.Wait()
}

// ---------------------------------------------------------------------------
// Ignore directives. Default flags: enabled names are goroutine, waitgroup and errgroup.
// Expectations on a directive line are written after ` - reason` (ignore-all) or after the
// checker list and ` //` (SPEC §6.1 parsing).
// ---------------------------------------------------------------------------

// goodIgnoreSameLine: a trailing directive naming waitgroup.
func goodIgnoreSameLine(ctx context.Context) {
	var wg sync.WaitGroup
	wg.Go(func() { work() }) //goroutinectx:ignore waitgroup
	wg.Wait()
}

// goodIgnoreLineAbove: a directive on the line immediately above.
func goodIgnoreLineAbove(ctx context.Context) {
	var wg sync.WaitGroup
	//goroutinectx:ignore waitgroup
	wg.Go(func() { work() })
	wg.Wait()
}

// goodIgnoreAllAbovePassing: an ignore-all above a passing call is consulted, hence used.
func goodIgnoreAllAbovePassing(ctx context.Context) {
	var wg sync.WaitGroup
	//goroutinectx:ignore
	wg.Go(func() { use(ctx) })
	wg.Wait()
}

// goodIgnoreWaitgroupAbovePassing: same with the checker name.
func goodIgnoreWaitgroupAbovePassing(ctx context.Context) {
	var wg sync.WaitGroup
	//goroutinectx:ignore waitgroup - consulted although the check passes
	wg.Go(func() { use(ctx) })
	wg.Wait()
}

// badIgnoreErrgroupNotConsulted: errgroup is enabled but only consulted for errgroup/conc
// calls: the directive is unused and the waitgroup diagnostic stays.
func badIgnoreErrgroupNotConsulted(ctx context.Context) {
	var wg sync.WaitGroup
	//goroutinectx:ignore errgroup // want `^unused goroutinectx:ignore directive for checker\(s\): errgroup$`
	wg.Go(func() { work() }) // want `^sync\.WaitGroup\.Go\(\) closure should use context "ctx"$`
	wg.Wait()
}

// badIgnoreGoroutineAboveCall: the goroutine checker only looks at go statements.
func badIgnoreGoroutineAboveCall(ctx context.Context) {
	var wg sync.WaitGroup
	//goroutinectx:ignore goroutine // want `^unused goroutinectx:ignore directive for checker\(s\): goroutine$`
	wg.Go(func() { work() }) // want `^sync\.WaitGroup\.Go\(\) closure should use context "ctx"$`
	wg.Wait()
}

// badIgnoreWaitgroupAboveGoStatement: a go statement never consults waitgroup.
func badIgnoreWaitgroupAboveGoStatement(ctx context.Context) {
	//goroutinectx:ignore waitgroup // want `^unused goroutinectx:ignore directive for checker\(s\): waitgroup$`
	go func() { work() }() // want `^goroutine does not propagate context "ctx"$`
}

// goodIgnoreListWithUnusedName: waitgroup is used, errgroup is reported.
func goodIgnoreListWithUnusedName(ctx context.Context) {
	var wg sync.WaitGroup
	//goroutinectx:ignore waitgroup, errgroup // want `^unused goroutinectx:ignore directive for checker\(s\): errgroup$`
	wg.Go(func() { work() })
	wg.Wait()
}

// goodIgnoreBothCheckers: one directive covers the go statement and the Go call on the same
// line.
func goodIgnoreBothCheckers(ctx context.Context) {
	var wg sync.WaitGroup
	//goroutinectx:ignore goroutine, waitgroup
	go func() { wg.Go(func() { work() }) }()
	wg.Wait()
}

// badIgnoreAboveWait: Wait matches no API: nothing is consulted.
func badIgnoreAboveWait(ctx context.Context) {
	var wg sync.WaitGroup
	wg.Go(func() { use(ctx) })
	//goroutinectx:ignore waitgroup // want `^unused goroutinectx:ignore directive for checker\(s\): waitgroup$`
	wg.Wait()
}

// badIgnoreAllAboveOrdinaryCall: an ignore-all above an ordinary call.
func badIgnoreAllAboveOrdinaryCall(ctx context.Context) {
	//goroutinectx:ignore - nothing examined here // want `^unused goroutinectx:ignore directive$`
	use(ctx)
}

// badIgnoreWithoutContext: without a ctx scope nothing is examined.
func badIgnoreWithoutContext() {
	var wg sync.WaitGroup
	//goroutinectx:ignore waitgroup // want `^unused goroutinectx:ignore directive for checker\(s\): waitgroup$`
	wg.Go(func() { work() })
	wg.Wait()
}

// badIgnoreAboveMethodValueCall: `run(...)` is not identified, so nothing is consulted.
func badIgnoreAboveMethodValueCall(ctx context.Context) {
	var wg sync.WaitGroup
	run := wg.Go
	//goroutinectx:ignore waitgroup // want `^unused goroutinectx:ignore directive for checker\(s\): waitgroup$`
	run(func() { work() })
	wg.Wait()
}

// goodIgnoreAboveMethodExpression: a method expression identifies sync.WaitGroup.Go, so the
// checker matches and consults the directive before the (passing) check (SPEC §3.0.1,
// §3.0.2): the directive is used.
func goodIgnoreAboveMethodExpression(ctx context.Context) {
	var wg sync.WaitGroup
	//goroutinectx:ignore waitgroup
	(*sync.WaitGroup).Go(&wg, func() { work() })
	wg.Wait()
}

// badBlankLineBreaksIgnore: a blank line in between breaks the link.
func badBlankLineBreaksIgnore(ctx context.Context) {
	var wg sync.WaitGroup
	//goroutinectx:ignore waitgroup // want `^unused goroutinectx:ignore directive for checker\(s\): waitgroup$`

	wg.Go(func() { work() }) // want `^sync\.WaitGroup\.Go\(\) closure should use context "ctx"$`
	wg.Wait()
}

// goodIgnoreSplitCall: the check line is where the call expression starts (`wg.`), the
// report would be on the `Go` line below.
func goodIgnoreSplitCall(ctx context.Context) {
	var wg sync.WaitGroup
	//goroutinectx:ignore waitgroup
	wg.
		Go(func() { work() })
	wg.Wait()
}

// goodIgnoreTrailingOnCallStartLine: a trailing directive on the call's first line.
func goodIgnoreTrailingOnCallStartLine(ctx context.Context) {
	var wg sync.WaitGroup
	wg. //goroutinectx:ignore waitgroup
		Go(func() { work() })
	wg.Wait()
}

// badSplitCallReportedOnGoLine: without a directive the report is on the `Go` line.
func badSplitCallReportedOnGoLine(ctx context.Context) {
	var wg sync.WaitGroup
	wg.
		Go(func() { work() }) // want `^sync\.WaitGroup\.Go\(\) closure should use context "ctx"$`
	wg.Wait()
}

// badIgnoreOnGoLineOfSplitCall: a directive on the `Go` line is one line below the check
// line: it suppresses nothing and is unused.
func badIgnoreOnGoLineOfSplitCall(ctx context.Context) {
	var wg sync.WaitGroup
	wg.
		Go(func() { work() }) //goroutinectx:ignore waitgroup // want `^sync\.WaitGroup\.Go\(\) closure should use context "ctx"$` `^unused goroutinectx:ignore directive for checker\(s\): waitgroup$`
	wg.Wait()
}

func newWG(n int) *sync.WaitGroup {
	_ = n
	return new(sync.WaitGroup)
}

// badMultiLineReceiver: the receiver is a call spread over lines; the report is on `).Go(`.
func badMultiLineReceiver(ctx context.Context) {
	newWG(
		1,
	).Go(func() { work() }) // want `^sync\.WaitGroup\.Go\(\) closure should use context "ctx"$`
}

// goodIgnoreAboveMultiLineReceiver: the directive above the call's first line suppresses the
// report two lines below.
func goodIgnoreAboveMultiLineReceiver(ctx context.Context) {
	//goroutinectx:ignore waitgroup
	newWG(
		2,
	).Go(func() { work() })
}
