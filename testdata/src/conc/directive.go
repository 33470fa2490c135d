package conc

import (
	"context"

	"github.com/sourcegraph/conc"
	"github.com/sourcegraph/conc/iter"
	"github.com/sourcegraph/conc/pool"
)

// Ignore directives with the conc checker (§3.5, §6.1, §6.2). conc diagnostics are filed under
// the ignore name `errgroup`; `conc` is never an enabled name. With default flags the enabled
// names are goroutine, waitgroup and errgroup (no spawner in this package).
//
// An expectation on a directive line sits inside the directive comment itself: after ` - `
// (ignore-all kept) or after ` //` (the list is cut there).

// goodIgnoreErrgroupLineAbove: `ignore errgroup` suppresses a conc diagnostic (and is used).
func goodIgnoreErrgroupLineAbove(ctx context.Context) {
	p := pool.New()
	//goroutinectx:ignore errgroup
	p.Go(func() { work(1) })
	p.Wait()
}

// goodIgnoreErrgroupSameLine: a trailing directive on the call's line.
func goodIgnoreErrgroupSameLine(ctx context.Context, xs []int) {
	iter.ForEach(xs, func(x *int) { work(*x) }) //goroutinectx:ignore errgroup
}

// goodIgnoreAll: ignore-all suppresses conc too.
func goodIgnoreAll(ctx context.Context) {
	wg := conc.NewWaitGroup()
	//goroutinectx:ignore - legacy fan-out
	wg.Go(func() { work(1) })
	wg.Wait()
}

// badIgnoreConc: `ignore conc` suppresses nothing and is itself reported unused.
func badIgnoreConc(ctx context.Context) {
	p := pool.New()
	//goroutinectx:ignore conc // want `^unused goroutinectx:ignore directive for checker\(s\): conc$`
	p.Go(func() { work(1) }) // want `^pool\.Pool\.Go\(\) closure should use context "ctx"$`
	p.Wait()
}

// badIgnoreErrgroupAndConc: errgroup suppresses the diagnostic; conc alone is reported unused.
func badIgnoreErrgroupAndConc(ctx context.Context, xs []int) {
	//goroutinectx:ignore errgroup,conc // want `^unused goroutinectx:ignore directive for checker\(s\): conc$`
	iter.ForEach(xs, func(x *int) { work(*x) })
}

// goodIgnoreErrgroupAbovePassingCall: the directive is consulted although the check passes.
func goodIgnoreErrgroupAbovePassingCall(ctx context.Context) {
	p := pool.New()
	//goroutinectx:ignore errgroup
	p.Go(func() { use(ctx) })
	p.Wait()
}

// goodIgnoreAboveChainStart: the check line is where the call starts (`pool`), although the
// report would be on the `Go` line.
func goodIgnoreAboveChainStart(ctx context.Context) {
	//goroutinectx:ignore errgroup
	pool.New().
		WithMaxGoroutines(2).
		Go(func() { work(1) })
}

// badIgnoreInsideChain: a directive above the `Go` line is two lines below the call start: it is
// never consulted and the diagnostic remains.
func badIgnoreInsideChain(ctx context.Context) {
	pool.New().
		//goroutinectx:ignore errgroup // want `^unused goroutinectx:ignore directive for checker\(s\): errgroup$`
		Go(func() { // want `^pool\.Pool\.Go\(\) closure should use context "ctx"$`
			work(1)
		})
}

// badIgnoreGoroutineName: `goroutine` does not cover conc calls (no go statement here).
func badIgnoreGoroutineName(ctx context.Context, xs []int) {
	//goroutinectx:ignore goroutine // want `^unused goroutinectx:ignore directive for checker\(s\): goroutine$`
	iter.ForEachIdx(xs, func(i int, x *int) { work(i) }) // want `^iter\.ForEachIdx\(\) closure should use context "ctx"$`
}

// badIgnoreWaitgroupName: conc.WaitGroup belongs to conc, not to the waitgroup checker.
func badIgnoreWaitgroupName(ctx context.Context) {
	wg := conc.NewWaitGroup()
	//goroutinectx:ignore waitgroup // want `^unused goroutinectx:ignore directive for checker\(s\): waitgroup$`
	wg.Go(func() { work(1) }) // want `^conc\.WaitGroup\.Go\(\) closure should use context "ctx"$`
	wg.Wait()
}

// badIgnoreWithoutCtxScope: conc calls outside any ctx scope are never examined, so the
// directive is never consulted.
func badIgnoreWithoutCtxScope(xs []int) {
	//goroutinectx:ignore errgroup // want `^unused goroutinectx:ignore directive for checker\(s\): errgroup$`
	iter.ForEach(xs, func(x *int) { work(*x) })
}

// badIgnoreBlankLineBreaks: a blank line between directive and call breaks the link.
func badIgnoreBlankLineBreaks(ctx context.Context, xs []int) []int {
	//goroutinectx:ignore - too far away // want `^unused goroutinectx:ignore directive$`

	return iter.Map(xs, func(x *int) int { return *x }) // want `^iter\.Map\(\) closure should use context "ctx"$`
}

// goodIgnoreErrgroupWithReason: a checker list followed by ` - reason`.
func goodIgnoreErrgroupWithReason(ctx context.Context) error {
	p := pool.New().WithErrors()
	//goroutinectx:ignore errgroup - reviewed
	p.Go(func() error { return nil })
	return p.Wait()
}
