// Package gotaskevilmethod holds adversarial gotask fixtures with method derivers
// (Tracer.Fork, Tracer.Begin, Span.Fork of gotaskevilmethod/tracer). No `go` statement sits
// in a context scope here.
package gotaskevilmethod

import (
	"context"

	"github.com/siketyan/gotask/v2"
	"gotaskevilmethod/tracer"
)

func use(ctx context.Context) int { _ = ctx; return 0 }

type wrapped struct{ *tracer.Tracer }

type doubleWrapped struct{ wrapped }

type forker interface {
	Fork(ctx context.Context) context.Context
}

type local struct{}

func (local) Fork(ctx context.Context) context.Context { return ctx }

func first[T any](xs []T) T { return xs[0] }

// goodParamReceiver: a method deriver called on a parameter (§4.2).
func goodParamReceiver(ctx context.Context, tr *tracer.Tracer) {
	_ = gotask.DoAllFns(ctx, func(c context.Context) int { return use(tr.Fork(c)) })
}

// goodCallResultReceiver: receiver from a call result.
func goodCallResultReceiver(ctx context.Context) {
	_ = gotask.DoAllFns(ctx, func(c context.Context) int { return use(tracer.From(c).Fork(c)) })
}

// goodPromotedMethod: a promoted method is the same static target.
func goodPromotedMethod(ctx context.Context, w wrapped) {
	_ = gotask.DoAllFns(ctx, func(c context.Context) int { return use(w.Fork(c)) })
}

// goodPromotedTwice: promoted through two embeddings.
func goodPromotedTwice(ctx context.Context, w *doubleWrapped) {
	_ = gotask.DoAllFns(ctx, func(c context.Context) int { return use(w.Fork(c)) })
}

// goodValueReceiverVariable: a Tracer value (pointer method, addressable).
func goodValueReceiverVariable(ctx context.Context) {
	_ = gotask.DoAllFns(ctx, func(c context.Context) int {
		var t tracer.Tracer
		return use(t.Fork(c))
	})
}

// goodGenericSpan: generic arguments are ignored when matching Span.Fork.
func goodGenericSpan(ctx context.Context, s *tracer.Span[string]) {
	_ = gotask.DoAllFns(ctx, func(c context.Context) int { return use(s.Fork(c)) })
}

// goodRangeElementReceiver: receiver is a range element.
func goodRangeElementReceiver(ctx context.Context, trs []*tracer.Tracer) {
	_ = gotask.DoAllFns(ctx, func(c context.Context) int {
		for _, t := range trs {
			c = t.Fork(c)
		}
		return use(c)
	})
}

// goodTypeAssertedReceiver: receiver from a type assertion.
func goodTypeAssertedReceiver(ctx context.Context, v any) {
	_ = gotask.DoAllFns(ctx, func(c context.Context) int { return use(v.(*tracer.Tracer).Fork(c)) })
}

// goodMapIndexReceiver: receiver from a map index.
func goodMapIndexReceiver(ctx context.Context, m map[string]*tracer.Tracer) {
	_ = gotask.DoAllFns(ctx, func(c context.Context) int { return use(m["k"].Fork(c)) })
}

// goodMethodExpression: a method expression identifies the method (§3.0.2).
func goodMethodExpression(ctx context.Context, tr *tracer.Tracer) {
	_ = gotask.DoAllFns(ctx, func(c context.Context) int { return use((*tracer.Tracer).Fork(tr, c)) })
}

// goodMethodValueVariableFlow: P10 follows `f := tr.Fork; f(c)` (a variable bound to a method
// value is a static call of it).
func goodMethodValueVariableFlow(ctx context.Context, tr *tracer.Tracer) {
	_ = gotask.DoAllFns(ctx, func(c context.Context) int {
		f := tr.Fork
		return use(f(c))
	})
}

// badMethodValueVariableTraced: a traced literal is judged by P11, which identifies static
// targets only: `f(c)` through a variable is not identified.
func badMethodValueVariableTraced(ctx context.Context, tr *tracer.Tracer) {
	fn := func(c context.Context) int {
		f := tr.Fork
		return use(f(c))
	}
	_ = gotask.DoAllFns(ctx, fn) // want `^gotask\.DoAllFns\(\) 2nd argument should call goroutine deriver$`
}

// goodDeferBeginCalledNow: `defer tr.Begin(c)()`: Begin(c) is evaluated at the defer
// statement (a normal call); only its result is deferred → AtStart.
func goodDeferBeginCalledNow(ctx context.Context, tr *tracer.Tracer) {
	_ = gotask.DoAllFns(ctx, func(c context.Context) int {
		defer tr.Begin(c)()
		return use(c)
	})
}

// badDeferBeginDeferredItself: `defer tr.Begin(c)` defers the deriver call → DeferOnly → fail.
func badDeferBeginDeferredItself(ctx context.Context, tr *tracer.Tracer) {
	_ = gotask.DoAllFns(ctx, func(c context.Context) int { // want `^gotask\.DoAllFns\(\) 2nd argument should call goroutine deriver$`
		defer tr.Begin(c)
		return use(c)
	})
}

// badOtherTypeSameName: Other.Fork is not configured.
func badOtherTypeSameName(ctx context.Context, o *tracer.Other) {
	_ = gotask.DoAllFns(ctx, func(c context.Context) int { return use(o.Fork(c)) }) // want `^gotask\.DoAllFns\(\) 2nd argument should call goroutine deriver$`
}

// badOtherFromCallResult: receiver type from a call result in the other package.
func badOtherFromCallResult(ctx context.Context) {
	_ = gotask.DoAllFns(ctx, func(c context.Context) int { return use(tracer.OtherFrom(c).Fork(c)) }) // want `^gotask\.DoAllFns\(\) 2nd argument should call goroutine deriver$`
}

// badLocalTypeSameName: a local type's Fork.
func badLocalTypeSameName(ctx context.Context) {
	_ = gotask.DoAllFns(ctx, func(c context.Context) int { return use(local{}.Fork(c)) }) // want `^gotask\.DoAllFns\(\) 2nd argument should call goroutine deriver$`
}

// badInterfaceSameName: the static target is forker.Fork (type name forker).
func badInterfaceSameName(ctx context.Context, f forker) {
	_ = gotask.DoAllFns(ctx, func(c context.Context) int { return use(f.Fork(c)) }) // want `^gotask\.DoAllFns\(\) 2nd argument should call goroutine deriver$`
}

// badShadowedPackageName: a local variable named tracer of type local.
func badShadowedPackageName(ctx context.Context) {
	_ = gotask.DoAllFns(ctx, func(c context.Context) int { // want `^gotask\.DoAllFns\(\) 2nd argument should call goroutine deriver$`
		tracer := local{}
		return use(tracer.Fork(c))
	})
}

// badGenericHelperOtherReceiver: first(others) is an *Other.
func badGenericHelperOtherReceiver(ctx context.Context, others []*tracer.Other) {
	_ = gotask.DoAllFns(ctx, func(c context.Context) int { return use(first(others).Fork(c)) }) // want `^gotask\.DoAllFns\(\) 2nd argument should call goroutine deriver$`
}

// goodDoAsyncMethodDeriver: §3.8(b)1 with a method deriver.
func goodDoAsyncMethodDeriver(ctx context.Context, task *gotask.Task[int], tr *tracer.Tracer) {
	ch := make(chan int, 1)
	task.DoAsync(tr.Fork(ctx), ch)
}

// goodDoAsyncPromotedMethodDeriver: promoted method deriver.
func goodDoAsyncPromotedMethodDeriver(ctx context.Context, task *gotask.Task[int], w wrapped) {
	ch := make(chan int, 1)
	task.DoAsync(w.Fork(ctx), ch)
}

// goodDoAsyncMethodExpressionDeriver: method expression deriver.
func goodDoAsyncMethodExpressionDeriver(ctx context.Context, task *gotask.Task[int], tr *tracer.Tracer) {
	ch := make(chan int, 1)
	task.DoAsync((*tracer.Tracer).Fork(tr, ctx), ch)
}

// badDoAsyncOtherFork: Other.Fork is not a member.
func badDoAsyncOtherFork(ctx context.Context, task *gotask.Task[int], o *tracer.Other) {
	ch := make(chan int, 1)
	task.DoAsync(o.Fork(ctx), ch) // want `^gotask\.\(\*Task\)\.DoAsync\(\) 1st argument should call goroutine deriver$`
}

// goodDoAsyncDerivedVariableMethod: LastCall is a method deriver call.
func goodDoAsyncDerivedVariableMethod(ctx context.Context, task *gotask.CancelableTask[int], s *tracer.Span[int]) {
	ch := make(chan int, 1)
	d := s.Fork(ctx)
	task.DoAsync(d, ch)
}

// goodTracedLiteralMethodDeriverDeferred: P11 over a traced literal counts a deferred call.
func goodTracedLiteralMethodDeriverDeferred(ctx context.Context, tr *tracer.Tracer) {
	fn := func(c context.Context) int {
		defer tr.Fork(c)
		return 0
	}
	_ = gotask.DoAll(ctx, gotask.NewTask(fn))
}

// goodTracedLiteralBeginCallee: P11 collects every call, including the Begin(c) callee call.
func goodTracedLiteralBeginCallee(ctx context.Context, tr *tracer.Tracer) {
	fn := func(c context.Context) int {
		defer tr.Begin(c)()
		return 0
	}
	_ = gotask.DoAllFns(ctx, fn)
}
