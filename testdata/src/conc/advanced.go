package conc

import (
	"context"

	"github.com/sourcegraph/conc"
	"github.com/sourcegraph/conc/iter"
	"github.com/sourcegraph/conc/pool"
)

// ---------------------------------------------------------------------------
// Receiver forms (§3.5, §10.4): the receiver type must be inferred however it is obtained.
// ---------------------------------------------------------------------------

// badChainWithMaxGoroutines: a method chain returning *pool.Pool, called directly.
func badChainWithMaxGoroutines(ctx context.Context) {
	pool.New().WithMaxGoroutines(4).Go(func() { work(1) }) // want `^pool\.Pool\.Go\(\) closure should use context "ctx"$`
}

// badChainAcrossLines: the report is at the Go identifier, on the last line of the chain.
func badChainAcrossLines(ctx context.Context) {
	pool.New().
		WithMaxGoroutines(4).
		Go(func() { // want `^pool\.Pool\.Go\(\) closure should use context "ctx"$`
			work(1)
		})
}

// goodChainToContextPool: pool.New().WithErrors().WithContext(ctx) is a ContextPool; its
// callback has its own context parameter.
func goodChainToContextPool(ctx context.Context) error {
	p := pool.New().WithErrors().WithContext(ctx).WithCancelOnError()
	p.Go(func(c context.Context) error { return nil })
	return p.Wait()
}

// badChainToErrorPool: Pool → Pool → ErrorPool → ErrorPool.
func badChainToErrorPool(ctx context.Context) error {
	p := pool.New().WithMaxGoroutines(2).WithErrors().WithFirstError()
	p.Go(func() error { return nil }) // want `^pool\.ErrorPool\.Go\(\) closure should use context "ctx"$`
	return p.Wait()
}

// badChainResultPoolDirect: an explicitly instantiated constructor (its own call is not an API
// anyway) followed by a chain; the Go call itself is a plain method call and is identified.
func badChainResultPoolDirect(ctx context.Context) {
	pool.NewWithResults[int]().WithMaxGoroutines(2).Go(func() int { return 1 }) // want `^pool\.ResultPool\.Go\(\) closure should use context "ctx"$`
}

// badChainResultErrorPool: ResultPool[string] → ResultErrorPool[string] → ResultErrorPool[string].
func badChainResultErrorPool(ctx context.Context) ([]string, error) {
	p := pool.NewWithResults[string]().WithErrors().WithCollectErrored()
	p.Go(func() (string, error) { return "", nil }) // want `^pool\.ResultErrorPool\.Go\(\) closure should use context "ctx"$`
	return p.Wait()
}

// goodChainResultContextPool: ResultPool → ResultErrorPool → ResultContextPool; the callback's
// own parameter (named ctx, shadowing the outer one) passes by P1.
func goodChainResultContextPool(ctx context.Context) ([]int, error) {
	p := pool.NewWithResults[int]().WithErrors().WithContext(ctx).WithFailFast()
	p.Go(func(ctx context.Context) (int, error) { return 0, nil })
	return p.Wait()
}

// badVarPool: a zero-value pool.Pool declared with var.
func badVarPool(ctx context.Context) {
	var p pool.Pool
	p.Go(func() { work(1) }) // want `^pool\.Pool\.Go\(\) closure should use context "ctx"$`
	p.Wait()
}

// badNewPool: new(pool.Pool).
func badNewPool(ctx context.Context) {
	p := new(pool.Pool)
	p.Go(func() { work(1) }) // want `^pool\.Pool\.Go\(\) closure should use context "ctx"$`
	p.Wait()
}

// badAddrWaitGroup: &conc.WaitGroup{}.
func badAddrWaitGroup(ctx context.Context) {
	wg := &conc.WaitGroup{}
	wg.Go(func() { work(1) }) // want `^conc\.WaitGroup\.Go\(\) closure should use context "ctx"$`
	wg.Wait()
}

// badPoolParam: the pool is a parameter.
func badPoolParam(ctx context.Context, p *pool.ErrorPool) {
	p.Go(func() error { return nil }) // want `^pool\.ErrorPool\.Go\(\) closure should use context "ctx"$`
}

// newWorkers: a local constructor (no context parameter: nothing checked inside).
func newWorkers(n int) *pool.Pool { return pool.New().WithMaxGoroutines(n) }

// badPoolFromLocalConstructor: the receiver type is the local function's declared result.
func badPoolFromLocalConstructor(ctx context.Context) {
	p := newWorkers(2)
	p.Go(func() { work(2) }) // want `^pool\.Pool\.Go\(\) closure should use context "ctx"$`
	p.Wait()
}

// badGenericResultPoolParam: a pool.ResultPool[T] parameter inside a generic function.
func badGenericResultPoolParam[T any](ctx context.Context, p *pool.ResultPool[T], zero T) {
	p.Go(func() T { return zero }) // want `^pool\.ResultPool\.Go\(\) closure should use context "ctx"$`
}

// goodGenericResultPoolParam: same receiver, the callback captures the context.
func goodGenericResultPoolParam[T any](ctx context.Context, p *pool.ResultPool[T], zero T) {
	p.Go(func() T {
		use(ctx)
		return zero
	})
}

// badGenericMapperParam: an iter.Mapper[T, R] parameter inside a generic function.
func badGenericMapperParam[T, R any](ctx context.Context, m iter.Mapper[T, R], xs []T, conv func(*T) R) []R {
	return m.Map(xs, func(x *T) R { return conv(x) }) // want `^iter\.Mapper\.Map\(\) closure should use context "ctx"$`
}

// badMapperValue: an iter.Mapper[int, string]{} composite value.
func badMapperValue(ctx context.Context, xs []int) {
	m := iter.Mapper[int, string]{}
	_, _ = m.MapErr(xs, func(x *int) (string, error) { return "", nil }) // want `^iter\.Mapper\.MapErr\(\) closure should use context "ctx"$`
}

// badIteratorLiteralReceiver: the method is called on the composite literal itself.
func badIteratorLiteralReceiver(ctx context.Context, xs []int) {
	iter.Iterator[int]{MaxGoroutines: 2}.ForEachIdx(xs, func(i int, x *int) { work(i) }) // want `^iter\.Iterator\.ForEachIdx\(\) closure should use context "ctx"$`
}

// badIteratorPointer: a pointer to an Iterator (value-receiver method through a pointer).
func badIteratorPointer(ctx context.Context, xs []int) {
	it := &iter.Iterator[int]{MaxGoroutines: 1}
	it.ForEach(xs, func(x *int) { work(*x) }) // want `^iter\.Iterator\.ForEach\(\) closure should use context "ctx"$`
}

// server holds pools in struct fields.
type server struct {
	workers *pool.Pool
	results *pool.ResultPool[string]
	wg      conc.WaitGroup
	it      iter.Iterator[int]
}

// badFieldPool: a *pool.Pool field; the receiver s never makes a ctx scope.
func (s *server) badFieldPool(ctx context.Context) {
	s.workers.Go(func() { work(1) }) // want `^pool\.Pool\.Go\(\) closure should use context "ctx"$`
}

// badFieldResultPool: a *pool.ResultPool[string] field.
func (s *server) badFieldResultPool(ctx context.Context) {
	s.results.Go(func() string { return "" }) // want `^pool\.ResultPool\.Go\(\) closure should use context "ctx"$`
}

// badFieldWaitGroup: a conc.WaitGroup value field (pointer method on an addressable field).
func (s *server) badFieldWaitGroup(ctx context.Context) {
	s.wg.Go(func() { work(1) }) // want `^conc\.WaitGroup\.Go\(\) closure should use context "ctx"$`
}

// goodFieldIterator: an iter.Iterator[int] field; the callback captures the context.
func (s *server) goodFieldIterator(ctx context.Context, xs []int) {
	s.it.ForEach(xs, func(x *int) { use(ctx) })
}

// runner embeds *pool.Pool: Go is promoted.
type runner struct {
	*pool.Pool
	name string
}

// badPromotedGo: a promoted method is identified as pool.Pool.Go (§3.0.2).
func badPromotedGo(ctx context.Context) {
	r := runner{Pool: pool.New(), name: "r"}
	r.Go(func() { work(len(r.name)) }) // want `^pool\.Pool\.Go\(\) closure should use context "ctx"$`
}

// workPool is an alias: the method is still pool.Pool.Go.
type workPool = pool.Pool

// badAliasedPoolType: a variable declared through a type alias.
func badAliasedPoolType(ctx context.Context) {
	var p workPool
	p.Go(func() { work(1) }) // want `^pool\.Pool\.Go\(\) closure should use context "ctx"$`
}

// ---------------------------------------------------------------------------
// Callee identification (§3.0.2, §9.10): these calls are not identified, or their callback
// index lands elsewhere. All silent although every callback ignores the context.
// ---------------------------------------------------------------------------

// goodMethodExpressionPool: (*pool.Pool).Go(p, f): index 0 lands on the receiver p.
func goodMethodExpressionPool(ctx context.Context) {
	p := pool.New()
	(*pool.Pool).Go(p, func() { work(1) })
	p.Wait()
}

// goodMethodExpressionWaitGroup: the same for conc.WaitGroup.
func goodMethodExpressionWaitGroup(ctx context.Context) {
	wg := conc.NewWaitGroup()
	(*conc.WaitGroup).Go(wg, func() { work(1) })
	wg.Wait()
}

// goodMethodExpressionIterator: index 1 lands on xs (an untraceable identifier).
func goodMethodExpressionIterator(ctx context.Context, xs []int) {
	var it iter.Iterator[int]
	iter.Iterator[int].ForEach(it, xs, func(x *int) { work(*x) })
}

// goodMethodExpressionMapper: the same for a Mapper method.
func goodMethodExpressionMapper(ctx context.Context, xs []int) []string {
	var m iter.Mapper[int, string]
	return iter.Mapper[int, string].Map(m, xs, func(x *int) string { return "" })
}

// goodExplicitInstantiationForEach: explicitly instantiated calls are not identified.
func goodExplicitInstantiationForEach(ctx context.Context, xs []int) {
	iter.ForEach[int](xs, func(x *int) { work(*x) })
}

// goodExplicitInstantiationMap: two type arguments.
func goodExplicitInstantiationMap(ctx context.Context, xs []int) []int {
	return iter.Map[int, int](xs, func(x *int) int { return *x })
}

// goodPartialInstantiationMapErr: a partial type argument list is explicit instantiation too.
func goodPartialInstantiationMapErr(ctx context.Context, xs []int) ([]string, error) {
	return iter.MapErr[int](xs, func(x *int) (string, error) { return "", nil })
}

// goodExplicitInstantiationForEachIdx: one more, on ForEachIdx.
func goodExplicitInstantiationForEachIdx(ctx context.Context, xs []int) {
	iter.ForEachIdx[int](xs, func(i int, x *int) { work(i) })
}

// goodMethodValueVariable: a call through a variable of function type.
func goodMethodValueVariable(ctx context.Context) {
	p := pool.New()
	submit := p.Go
	submit(func() { work(1) })
	p.Wait()
}

// goodGenericFuncValue: an instantiated generic function stored in a variable.
func goodGenericFuncValue(ctx context.Context, xs []int) {
	each := iter.ForEach[int]
	each(xs, func(x *int) { work(*x) })
}

// goodParenthesisedCallee: a parenthesised callee is not identified.
func goodParenthesisedCallee(ctx context.Context) {
	p := pool.New()
	(p.Go)(func() { work(1) })
	p.Wait()
}

// ---------------------------------------------------------------------------
// Callback rule (§3.3) on the iter functions, callback at index 1.
// ---------------------------------------------------------------------------

// goodLiteralOwnCtxParam: P1 — a *context.Context parameter is a ctx-type parameter.
func goodLiteralOwnCtxParam(ctx context.Context, ctxs []context.Context) {
	iter.ForEach(ctxs, func(c *context.Context) { work(1) })
}

// goodLiteralCaptureInNestedClosure: P2 — a capture inside a nested closure counts for a
// direct literal.
func goodLiteralCaptureInNestedClosure(ctx context.Context, xs []int) {
	iter.ForEach(xs, func(x *int) {
		func() { use(ctx) }()
	})
}

// visitInt is a declared function with the callback's shape.
func visitInt(x *int) { work(*x) }

// goodTracedLiteral: P4 — the variable's only literal mentions the context.
func goodTracedLiteral(ctx context.Context, xs []int) {
	visit := func(x *int) { use(ctx) }
	iter.ForEach(xs, visit)
}

// badTracedLiteral: P4 — the variable's literal ignores the context.
func badTracedLiteral(ctx context.Context, xs []int) {
	visit := func(x *int) { work(*x) }
	iter.ForEach(xs, visit) // want `^iter\.ForEach\(\) closure should use context "ctx"$`
}

// badTracedLiteralNestedUse: a traced literal is judged flat (P3); a nested use does not count
// (§9.12).
func badTracedLiteralNestedUse(ctx context.Context, xs []int) []int {
	double := func(x *int) int {
		func() { use(ctx) }()
		return 2 * *x
	}
	return iter.Map(xs, double) // want `^iter\.Map\(\) closure should use context "ctx"$`
}

// goodTracedLiteralLocalContext: P3 sees a context-typed local defined in the traced body.
func goodTracedLiteralLocalContext(ctx context.Context, xs []int) {
	visit := func(x *int) {
		c := context.TODO()
		use(c)
	}
	iter.ForEach(xs, visit)
}

// goodDeclaredFunctionCallback: an identifier naming a declared function has no assignments.
func goodDeclaredFunctionCallback(ctx context.Context, xs []int) {
	iter.ForEach(xs, visitInt)
}

// goodParameterCallback: a parameter cannot be traced (§9.2).
func goodParameterCallback(ctx context.Context, xs []int, visit func(int, *int)) {
	iter.ForEachIdx(xs, visit)
}

// goodVarDeclCallback: `var f = func…` declarations are not collected by P4.
func goodVarDeclCallback(ctx context.Context, xs []int) {
	var visit = func(x *int) { work(*x) }
	iter.ForEach(xs, visit)
}

// badTracedConditionalReassign: the conditional reassignment after the last unconditional one
// participates and ignores the context.
func badTracedConditionalReassign(ctx context.Context, xs []int) {
	visit := func(x *int) { use(ctx) }
	if len(xs) > 3 {
		visit = func(x *int) { work(*x) }
	}
	iter.ForEach(xs, visit) // want `^iter\.ForEach\(\) closure should use context "ctx"$`
}

// goodTracedLastUnconditionalWins: entries before the last unconditional one are irrelevant.
func goodTracedLastUnconditionalWins(ctx context.Context, xs []int) {
	visit := func(x *int) { work(*x) }
	visit = func(x *int) { use(ctx) }
	iter.ForEach(xs, visit)
}

// newVisitor is a factory whose returned literal ignores contexts.
func newVisitor(label string) func(*int) {
	return func(x *int) { work(len(label) + *x) }
}

// newCtxVisitor is a factory with a context parameter.
func newCtxVisitor(ctx context.Context) func(*int) {
	return func(x *int) { work(*x) }
}

// layered returns a factory: a chain of calls.
func layered() func() func(*int) {
	return func() func(*int) {
		return func(x *int) { work(*x) }
	}
}

// badFactory: P6 — no argument mentions a context and the factory's returned literal ignores it.
func badFactory(ctx context.Context, xs []int) {
	iter.ForEach(xs, newVisitor("a")) // want `^iter\.ForEach\(\) closure should use context "ctx"$`
}

// goodFactoryArgumentMentionsCtx: P6 step 1 — an argument mentions the context.
func goodFactoryArgumentMentionsCtx(ctx context.Context, xs []int) {
	iter.ForEach(xs, newVisitor(ctxLabel(ctx)))
}

// goodFactoryWithCtxParam: P6 — a local factory with a context parameter passes (its argument
// here names no context-typed identifier).
func goodFactoryWithCtxParam(ctx context.Context, xs []int) {
	iter.ForEach(xs, newCtxVisitor(context.TODO()))
}

// badFactoryChain: layered()() — P6 recurses into the inner call; nothing mentions a context.
func badFactoryChain(ctx context.Context, xs []int) {
	iter.ForEach(xs, layered()()) // want `^iter\.ForEach\(\) closure should use context "ctx"$`
}

// badLocalFactory: a factory held in a variable (LastLit) returns a literal ignoring ctx.
func badLocalFactory(ctx context.Context, xs []int) []int {
	mk := func() func(*int) int {
		return func(x *int) int { return *x }
	}
	return iter.Map(xs, mk()) // want `^iter\.Map\(\) closure should use context "ctx"$`
}

// goodLocalFactory: the variable's factory returns a literal mentioning the context.
func goodLocalFactory(ctx context.Context, xs []int) []int {
	mk := func() func(*int) int {
		return func(x *int) int {
			use(ctx)
			return *x
		}
	}
	return iter.Map(xs, mk())
}

// visitors provides method factories and method values.
type visitors struct{ label string }

func (v visitors) visitor() func(*int) { return func(x *int) { work(*x) } }

func (v visitors) each(x *int) { work(len(v.label) + *x) }

// goodMethodFactory: a selector callee (method factory) passes (§9.3).
func goodMethodFactory(ctx context.Context, xs []int) {
	v := visitors{label: "v"}
	iter.ForEach(xs, v.visitor())
}

// handlers holds callbacks in fields.
type handlers struct {
	visit func(*int)
	name  string
}

// badFieldLiteral: P8 — the keyed element's literal ignores the context.
func badFieldLiteral(ctx context.Context, xs []int) {
	h := handlers{visit: func(x *int) { work(*x) }, name: "h"}
	iter.ForEach(xs, h.visit) // want `^iter\.ForEach\(\) closure should use context "ctx"$`
}

// goodFieldLiteral: P8 — the keyed element's literal mentions the context.
func goodFieldLiteral(ctx context.Context, xs []int) {
	h := handlers{visit: func(x *int) { use(ctx) }, name: "h"}
	iter.ForEach(xs, h.visit)
}

// goodFieldPointerLiteral: &T{…} is not a composite-literal assignment for P8.
func goodFieldPointerLiteral(ctx context.Context, xs []int) {
	h := &handlers{visit: func(x *int) { work(*x) }}
	iter.ForEach(xs, h.visit)
}

// goodFieldAssignedBySelector: the field is set through a selector assignment: not traced.
func goodFieldAssignedBySelector(ctx context.Context, xs []int) {
	var h handlers
	h.visit = func(x *int) { work(*x) }
	iter.ForEach(xs, h.visit)
}

// goodMethodValueCallback: a method value is a selector not backed by a keyed literal.
func goodMethodValueCallback(ctx context.Context, xs []int) {
	v := visitors{label: "v"}
	iter.ForEach(xs, v.each)
}

// badIndexLiteral: P9 — positional element 0 ignores the context.
func badIndexLiteral(ctx context.Context, xs []int) {
	steps := []func(*int){func(x *int) { work(*x) }, func(x *int) { use(ctx) }}
	iter.ForEach(xs, steps[0]) // want `^iter\.ForEach\(\) closure should use context "ctx"$`
}

// goodIndexLiteral: P9 — positional element 1 mentions the context.
func goodIndexLiteral(ctx context.Context, xs []int) {
	steps := []func(*int){func(x *int) { work(*x) }, func(x *int) { use(ctx) }}
	iter.ForEach(xs, steps[1])
}

// badMapIndexLiteral: P9 — the "cold" entry ignores the context.
func badMapIndexLiteral(ctx context.Context, xs []int) {
	table := map[string]func(*int){
		"warm": func(x *int) { use(ctx) },
		"cold": func(x *int) { work(*x) },
	}
	iter.ForEach(xs, table["cold"]) // want `^iter\.ForEach\(\) closure should use context "ctx"$`
}

// goodMapIndexLiteral: P9 — the "warm" entry mentions the context.
func goodMapIndexLiteral(ctx context.Context, xs []int) {
	table := map[string]func(*int){
		"warm": func(x *int) { use(ctx) },
		"cold": func(x *int) { work(*x) },
	}
	iter.ForEach(xs, table["warm"])
}

// goodNonLiteralIndex: a non-literal index is not traced (§9.5).
func goodNonLiteralIndex(ctx context.Context, xs []int, name string) {
	table := map[string]func(*int){
		"cold": func(x *int) { work(*x) },
	}
	iter.ForEach(xs, table[name])
}

// goodParenthesisedCallback: a parenthesised callback is "anything else".
func goodParenthesisedCallback(ctx context.Context, xs []int) {
	visit := func(x *int) { work(*x) }
	iter.ForEach(xs, (visit))
}

// goodTypeAssertionCallback: a type assertion is "anything else".
func goodTypeAssertionCallback(ctx context.Context, xs []int, v any) {
	iter.ForEach(xs, v.(func(*int)))
}

// goodReceiveCallback: a channel receive is "anything else".
func goodReceiveCallback(ctx context.Context, xs []int, ch chan func(*int)) {
	iter.ForEach(xs, <-ch)
}

// goodConversionCallback: a conversion to the function type (a call whose callee is a type
// in parentheses) passes.
func goodConversionCallback(ctx context.Context, xs []int) {
	visit := func(x *int) { work(*x) }
	iter.ForEach(xs, (func(*int))(visit))
}

// goodLiteralInInputArgument: a literal in argument 0 is not the callback; it is not checked.
func goodLiteralInInputArgument(ctx context.Context) []int {
	return iter.Map([]func() int{func() int { return 1 }}, func(f *func() int) int {
		use(ctx)
		return (*f)()
	})
}

// badCtxOnlyInInputArgument: a context used by argument 0 does not help the callback.
func badCtxOnlyInInputArgument(ctx context.Context) {
	iter.ForEach([]func(){func() { use(ctx) }}, func(f *func()) { (*f)() }) // want `^iter\.ForEach\(\) closure should use context "ctx"$`
}
