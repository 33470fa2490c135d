package spawnapievil

import (
	"context"

	"golang.org/x/sync/errgroup"
)

// ---------------------------------------------------------------------------
// Captured variables whose context type comes from generic inference (§10.3). Each captured
// variable is a context.Context, so every callback passes (P2); a wrong inferred type would
// be a false positive.
// ---------------------------------------------------------------------------

func pick[T, U any](a T, b U) U                    { _ = a; return b }
func firstOf[T any](xs ...T) T                     { return xs[0] }
func mapGet[K comparable, V any](m map[K]V, k K) V { return m[k] }
func deref[T any](p *T) T                          { return *p }
func ptrOf[T any](v T) *T                          { return &v }
func elem[T any](ch <-chan T) T                    { return <-ch }
func callIt[T any](f func() T) T                   { return f() }
func twoOf[T any](v T) (T, error)                  { return v, nil }
func swapPair[A, B any](a A, b B) (B, A)           { return b, a }
func keyOf[K comparable, V any](m map[K]V) (k K)   { return k }
func sliceFirst[S ~[]E, E any](s S) E              { return s[0] }

type pairT[A, B any] struct {
	a A
	b B
}

func (p pairT[A, B]) second() B { return p.b }

type wrapT[T any] struct{ box[T] }

type ctxList []context.Context

func goodGenericInferenceCaptures(ctx context.Context, g *errgroup.Group, m map[string]context.Context, ch chan context.Context, km map[context.Context]int, cl ctxList) {
	a := pick(1, ctx)
	g.Go(func() error { return useErr(a) })
	b := firstOf(ctx, ctx)
	g.Go(func() error { return useErr(b) })
	c := mapGet(m, "k")
	g.Go(func() error { return useErr(c) })
	d := deref(&ctx)
	g.Go(func() error { return useErr(d) })
	e := ptrOf(ctx)
	g.Go(func() error { _ = e; return nil })
	f := elem(ch)
	g.Go(func() error { return useErr(f) })
	h := callIt(func() context.Context { return ctx })
	g.Go(func() error { return useErr(h) })
	i, err := twoOf(ctx)
	_ = err
	g.Go(func() error { return useErr(i) })
	j, n := swapPair(1, ctx)
	_ = n
	g.Go(func() error { return useErr(j) })
	k := keyOf(km)
	g.Go(func() error { return useErr(k) })
	l := sliceFirst(cl)
	g.Go(func() error { return useErr(l) })
	p := pairT[int, context.Context]{b: ctx}.second()
	g.Go(func() error { return useErr(p) })
	w := wrapT[context.Context]{box: box[context.Context]{v: ctx}}
	q := w.v
	g.Go(func() error { return useErr(q) })
}

// badGenericInferenceNonContext: the inferred types here are not contexts.
func badGenericInferenceNonContext(ctx context.Context, g *errgroup.Group) {
	n, c := swapPair(ctx, 1)
	_ = c
	g.Go(func() error { return work(n) }) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
	x := pick(ctx, "s")
	g.Go(func() error { return work(len(x)) }) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
}
