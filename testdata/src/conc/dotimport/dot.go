// Package dotimport checks conc's iter reached through a dot import (SPEC §3.5, §10.1): bare
// calls are reported at the start of the call, selector calls at the selector's name.
package dotimport

import (
	"context"

	. "github.com/sourcegraph/conc/iter"
)

func use(ctx context.Context) { _ = ctx }

func work(n int) { _ = n }

// badDotForEach: a bare ForEach is conc's iter.ForEach.
func badDotForEach(ctx context.Context, xs []int) {
	ForEach(xs, func(x *int) { work(*x) }) // want `^iter\.ForEach\(\) closure should use context "ctx"$`
}

// goodDotForEach: the callback captures the context.
func goodDotForEach(ctx context.Context, xs []int) {
	ForEach(xs, func(x *int) { use(ctx) })
}

// badDotForEachIdxMultiLine: reported at the call start, not at the callback's line.
func badDotForEachIdxMultiLine(ctx context.Context, xs []int) {
	ForEachIdx( // want `^iter\.ForEachIdx\(\) closure should use context "ctx"$`
		xs,
		func(i int, x *int) { work(i) },
	)
}

// badDotMap: a bare Map.
func badDotMap(ctx context.Context, xs []int) []int {
	return Map(xs, func(x *int) int { return *x }) // want `^iter\.Map\(\) closure should use context "ctx"$`
}

// badDotMapErr: a bare MapErr.
func badDotMapErr(ctx context.Context, xs []int) ([]int, error) {
	return MapErr(xs, func(x *int) (int, error) { return *x, nil }) // want `^iter\.MapErr\(\) closure should use context "ctx"$`
}

// goodDotMapErr: the callback returns the context's error.
func goodDotMapErr(ctx context.Context, xs []int) ([]int, error) {
	return MapErr(xs, func(x *int) (int, error) { return *x, ctx.Err() })
}

// badDotIterator: a dot-imported Iterator type; a selector call is reported at its name.
func badDotIterator(ctx context.Context, xs []int) {
	it := Iterator[int]{MaxGoroutines: 3}
	it.ForEach(xs, func(x *int) { work(*x) }) // want `^iter\.Iterator\.ForEach\(\) closure should use context "ctx"$`
}

// badDotMapper: a dot-imported Mapper type.
func badDotMapper(ctx context.Context, xs []int) []string {
	var m Mapper[int, string]
	return m.Map(xs, func(x *int) string { return "" }) // want `^iter\.Mapper\.Map\(\) closure should use context "ctx"$`
}

// goodDotExplicitInstantiation: an explicitly instantiated bare call is not identified.
func goodDotExplicitInstantiation(ctx context.Context, xs []int) {
	ForEach[int](xs, func(x *int) { work(*x) })
}

// goodDotShadowedMap: a local variable named Map hides the dot-imported function.
func goodDotShadowedMap(ctx context.Context, xs []int) []int {
	Map := func(in []int, f func(*int) int) []int {
		out := make([]int, 0, len(in))
		for i := range in {
			out = append(out, f(&in[i]))
		}
		return out
	}
	return Map(xs, func(x *int) int { return *x })
}

// goodDotNoScope: no ctx scope.
func goodDotNoScope(xs []int) {
	ForEach(xs, func(x *int) { work(*x) })
}
