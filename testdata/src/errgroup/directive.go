package errgroup

import (
	"context"

	"golang.org/x/sync/errgroup"
)

// Ignore directives with the errgroup checker (SPEC §3.0.1, §6.1, §6.2). Default flags: the
// enabled names are goroutine, waitgroup and errgroup; conc is never an enabled name.
// For a call the directive is consulted at the line where the call expression starts (the
// start of its callee, `g` in `g.Go(…)`), while the diagnostic is at the `Go` name; the two
// differ when the call is split after the dot.
//
// An expectation on a directive line sits inside the directive comment itself: written as
// ` - reason` + expectation (ignore-all kept) or as a checker list + ` //` + expectation.

// goodIgnoreSameLine: a trailing directive naming errgroup suppresses the report.
func goodIgnoreSameLine(ctx context.Context, g *errgroup.Group) {
	g.Go(func() error { return work(1) }) //goroutinectx:ignore errgroup
}

// goodIgnoreLineAbove: a directive on the line immediately above.
func goodIgnoreLineAbove(ctx context.Context, g *errgroup.Group) {
	//goroutinectx:ignore errgroup
	g.Go(func() error { return work(1) })
}

// goodIgnoreAllAbove: ignore-all suppresses the errgroup report.
func goodIgnoreAllAbove(ctx context.Context, g *errgroup.Group) {
	//goroutinectx:ignore - fire and forget
	g.TryGo(func() error { return work(1) })
}

// goodIgnoreAllAbovePassing: ignore-all above a passing call is consulted, hence used.
func goodIgnoreAllAbovePassing(ctx context.Context, g *errgroup.Group) {
	//goroutinectx:ignore
	g.Go(func() error { return useErr(ctx) })
}

// goodIgnoreErrgroupAbovePassing: same with the checker name.
func goodIgnoreErrgroupAbovePassing(ctx context.Context, g *errgroup.Group) {
	//goroutinectx:ignore errgroup
	g.Go(func() error { return useErr(ctx) })
}

// goodIgnoreMultiLineCallback: the check line is the call's first line.
func goodIgnoreMultiLineCallback(ctx context.Context, g *errgroup.Group) {
	//goroutinectx:ignore errgroup - legacy
	g.Go(func() error {
		return work(1)
	})
}

// badIgnoreOnClosingLine: a directive on the closing line of a multi-line call is neither on
// the call's first line nor above it.
func badIgnoreOnClosingLine(ctx context.Context, g *errgroup.Group) {
	g.Go(func() error { // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
		return work(1)
	}) //goroutinectx:ignore errgroup // want `^unused goroutinectx:ignore directive for checker\(s\): errgroup$`
}

// badIgnoreGoroutineName: the goroutine name does not cover errgroup: the directive is
// unused for goroutine and the errgroup diagnostic stays.
func badIgnoreGoroutineName(ctx context.Context, g *errgroup.Group) {
	//goroutinectx:ignore goroutine // want `^unused goroutinectx:ignore directive for checker\(s\): goroutine$`
	g.Go(func() error { return work(1) }) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
}

// badIgnoreConcName: `conc` is never an enabled name (§3.5, §11.2): unused, diagnostic stays.
func badIgnoreConcName(ctx context.Context, g *errgroup.Group) {
	//goroutinectx:ignore conc // want `^unused goroutinectx:ignore directive for checker\(s\): conc$`
	g.Go(func() error { return work(1) }) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
}

// badIgnoreWaitgroupName: waitgroup is enabled but never consulted by an errgroup call.
func badIgnoreWaitgroupName(ctx context.Context, g *errgroup.Group) {
	//goroutinectx:ignore waitgroup // want `^unused goroutinectx:ignore directive for checker\(s\): waitgroup$`
	g.TryGo(func() error { return work(1) }) // want `^errgroup\.Group\.TryGo\(\) closure should use context "ctx"$`
}

// goodIgnoreListPartlyUsed: errgroup is used (no diagnostic); goroutine is not.
func goodIgnoreListPartlyUsed(ctx context.Context, g *errgroup.Group) {
	//goroutinectx:ignore goroutine, errgroup // want `^unused goroutinectx:ignore directive for checker\(s\): goroutine$`
	g.Go(func() error { return work(1) })
}

// badIgnoreGotaskNotEnabled: gotask is not enabled without a deriver.
func badIgnoreGotaskNotEnabled(ctx context.Context, g *errgroup.Group) {
	//goroutinectx:ignore errgroup,gotask // want `^unused goroutinectx:ignore directive for checker\(s\): gotask$`
	g.Go(func() error { return work(1) })
}

// badBlankLineBreaksIgnore: a blank line between directive and call breaks the link.
func badBlankLineBreaksIgnore(ctx context.Context, g *errgroup.Group) {
	//goroutinectx:ignore - too far away // want `^unused goroutinectx:ignore directive$`

	g.Go(func() error { return work(1) }) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
}

// goodSplitCallIgnoreAboveStart: `g.` / `Go(…)` split over two lines: the directive above the
// call's start suppresses the report that would be on the `Go` line.
func goodSplitCallIgnoreAboveStart(ctx context.Context, g *errgroup.Group) {
	//goroutinectx:ignore errgroup
	g.
		Go(func() error { return work(1) })
}

// goodSplitCallIgnoreTrailingStart: a directive trailing the `g.` line is on the start line.
func goodSplitCallIgnoreTrailingStart(ctx context.Context, g *errgroup.Group) {
	g. //goroutinectx:ignore errgroup
		Go(func() error { return work(1) })
}

// badSplitCallIgnoreOnGoLine: a directive on the `Go` line is one line below the call's
// start: not consulted; the diagnostic is on that same line.
func badSplitCallIgnoreOnGoLine(ctx context.Context, g *errgroup.Group) {
	g.
		Go(func() error { return work(1) }) //goroutinectx:ignore errgroup // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$` `^unused goroutinectx:ignore directive for checker\(s\): errgroup$`
}

// badSplitCallIgnoreBetween: a directive between `g.` and `Go` is below the start line.
func badSplitCallIgnoreBetween(ctx context.Context, g *errgroup.Group) {
	g.
		//goroutinectx:ignore errgroup // want `^unused goroutinectx:ignore directive for checker\(s\): errgroup$`
		Go(func() error { return work(1) }) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
}

// badIgnoreAboveSetLimit: SetLimit matches no API: nothing consults the directive.
func badIgnoreAboveSetLimit(ctx context.Context, g *errgroup.Group) {
	//goroutinectx:ignore - limit the group // want `^unused goroutinectx:ignore directive$`
	g.SetLimit(2)
}

// badIgnoreAboveWait: nor does Wait.
func badIgnoreAboveWait(ctx context.Context, g *errgroup.Group) error {
	//goroutinectx:ignore errgroup // want `^unused goroutinectx:ignore directive for checker\(s\): errgroup$`
	return g.Wait()
}

// badIgnoreWithoutCtx: in a function without context nothing is examined.
func badIgnoreWithoutCtx(g *errgroup.Group) {
	//goroutinectx:ignore errgroup // want `^unused goroutinectx:ignore directive for checker\(s\): errgroup$`
	g.Go(func() error { return work(1) })
}

// goodIgnoreMethodExpression: a method expression identifies Go, so the errgroup checker
// matches and consults the directive (used) before the check passes (§3.0.1, §3.0.2).
func goodIgnoreMethodExpression(ctx context.Context, g *errgroup.Group) {
	//goroutinectx:ignore errgroup
	(*errgroup.Group).Go(g, func() error { return work(1) })
}

// badIgnoreAboveMethodValueCall: a call through a variable holding the method value is not
// identified (§3.0.2): nothing consults the directive.
func badIgnoreAboveMethodValueCall(ctx context.Context, g *errgroup.Group) {
	spawn := g.Go
	//goroutinectx:ignore errgroup // want `^unused goroutinectx:ignore directive for checker\(s\): errgroup$`
	spawn(func() error { return work(1) })
}

// goodIgnoreErrgroupOnGoStatement: in `go g.Go(…)` the call starts on the go line; the
// errgroup name is used; the goroutine checker passes the selector spawn by itself.
func goodIgnoreErrgroupOnGoStatement(ctx context.Context, g *errgroup.Group) {
	//goroutinectx:ignore errgroup
	go g.Go(func() error { return work(1) })
}

// badIgnoreGoroutineOnGoStatement: here the goroutine name IS consulted (by the go statement),
// so the directive is used, but it does not cover the errgroup diagnostic.
func badIgnoreGoroutineOnGoStatement(ctx context.Context, g *errgroup.Group) {
	//goroutinectx:ignore goroutine
	go g.Go(func() error { return work(1) }) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
}
