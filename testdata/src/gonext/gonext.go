// Package gonext exercises Go syntax newer than tree-sitter-go 0.25: generic methods (Go 1.27)
// and new(expr) (Go 1.26).
package gonext

import "context"

type List[T any] struct{ items []T }

func work(n int) { _ = n }

// badGoroutineInGenericMethod: a goroutine inside a generic method is seen and checked.
func (l *List[T]) Each[U any](ctx context.Context, f func(T) U) {
	go func() { // want `^goroutine does not propagate context "ctx"$`
		for _, it := range l.items {
			_ = f(it)
		}
	}()
}

// goodGenericMethodCaptures: the method's own type parameters are in scope; ctx is captured.
func (l *List[T]) Map[U any](ctx context.Context, f func(T) U) []U {
	out := make([]U, 0, len(l.items))
	go func() {
		<-ctx.Done()
	}()
	return out
}

// goodNewOfCtx: a closure that uses the context only through new(ctx) captures it.
func goodNewOfCtx(ctx context.Context) {
	go func() {
		p := new(ctx)
		_ = p
	}()
}

// goodNewOfCallWithCtx: new(f(ctx)) mentions ctx.
func goodNewOfCallWithCtx(ctx context.Context) {
	go func() {
		p := new(context.WithoutCancel(ctx))
		_ = p
	}()
}

// badNewOfLiteral: new(42) mentions no context.
func badNewOfLiteral(ctx context.Context) {
	go func() { // want `^goroutine does not propagate context "ctx"$`
		p := new(42)
		work(*p)
	}()
}

// goodTracedNewOfCtx: a traced literal mentioning ctx only inside new(...) passes (P3).
func goodTracedNewOfCtx(ctx context.Context) {
	f := func() { _ = new(ctx) }
	go f()
}

// Runner has a generic method marked as a spawner (Go 1.27 generic methods).
type Runner struct{ n int }

//goroutinectx:spawner
func (r *Runner) Start[T any](v T, f func(T)) { go f(v) }

// badSpawnerGenericMethod: the marked generic method of a plain type is recognised at its
// call sites; an explicit instantiation is not identified (SPEC §3.0.2).
func badSpawnerGenericMethod(ctx context.Context, r *Runner) {
	r.Start(1, func(int) { work(1) }) // want `^Start\(\) func argument should use context "ctx"$`
	r.Start(2, func(int) { _ = ctx })
	r.Start[int](3, func(int) { work(3) })
}

// Each on List[T] is a method of a generic type: a spawner directive there is not
// recognised at call sites (SPEC §11.11), generic method or not.
//
//goroutinectx:spawner
func (l *List[T]) Spawn[U any](f func(T) U) { _ = f }

func goodSpawnerOnGenericType(ctx context.Context, l *List[int]) {
	l.Spawn(func(int) string { work(2); return "" })
}
