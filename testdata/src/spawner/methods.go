package spawner

import "context"

type Workers struct{ n int }

//goroutinectx:spawner
func (w *Workers) Go(f func()) { go f() }

// Dispatch is a marked method on a value receiver.
//
//goroutinectx:spawner
func (w Workers) Dispatch(name string, f func()) { go f() }

type Embeds struct {
	*Workers
}

// badMethod: a marked method, by pointer and value receivers.
func badMethod(ctx context.Context, w *Workers) {
	w.Go(func() { beat() })             // want `^Go\(\) func argument should use context "ctx"$`
	w.Dispatch("d", func() { beat() })  // want `^Dispatch\(\) func argument should use context "ctx"$`
	w.Go(func() { beatCtx(ctx) })
}

// badPromoted: a marked method promoted through embedding.
func badPromoted(ctx context.Context, e Embeds) {
	e.Go(func() { beat() }) // want `^Go\(\) func argument should use context "ctx"$`
}

// badMethodExpression: the receiver becomes argument 0 (not a function: not checked).
func badMethodExpression(ctx context.Context, w *Workers) {
	(*Workers).Go(w, func() { beat() }) // want `^Go\(\) func argument should use context "ctx"$`
}

// goodMethodValue: a call through a variable holding a method value is not identified.
func goodMethodValue(ctx context.Context, w *Workers) {
	g := w.Go
	g(func() { beat() })
}

type Queue[T any] struct{ items []T }

// Push is marked, but methods of generic types are not recognised at call sites (SPEC
// §11.11).
//
//goroutinectx:spawner
func (q *Queue[T]) Push(f func()) { go f() }

// goodGenericTypeMethod: silent, as upstream.
func goodGenericTypeMethod(ctx context.Context, q *Queue[int]) {
	q.Push(func() { beat() })
}

// Spawn is a marked generic function: it is recognised.
//
//goroutinectx:spawner
func Spawn[T any](v T, f func(T)) { go f(v) }

// badGenericFunc: inferred instantiation is identified; explicit instantiation is not
// (SPEC §3.0.2).
func badGenericFunc(ctx context.Context) {
	Spawn(1, func(int) { beat() }) // want `^Spawn\(\) func argument should use context "ctx"$`
	Spawn[int](2, func(int) { beat() })
}

// badAnyParam: the spawner checks an argument by its own type, even for an `any` parameter.
//
//goroutinectx:spawner
func runAny(v any) { _ = v }

func badAnyParam(ctx context.Context) {
	runAny(func() { beat() }) // want `^runAny\(\) func argument should use context "ctx"$`
	runAny(42)
}

type job func()

//goroutinectx:spawner
func runJob(j job) { go j() }

// badNamedFuncType: a named function type is a function type.
func badNamedFuncType(ctx context.Context) {
	var j job
	j = func() { beat() }
	runJob(j) // want `^runJob\(\) func argument should use context "ctx"$`
}
