package spawnerevil

import "context"

// --- //goroutinectx:ignore and the spawner checker (SPEC §3.0.1, §6.1, §6.2) -------------

// goodIgnoreSameLine: a trailing directive on the call's line.
func goodIgnoreSameLine(ctx context.Context) {
	runOne(func() { beat() }) //goroutinectx:ignore spawner
}

// goodIgnoreTrailingAbove: a trailing directive of the previous statement covers the next
// line.
func goodIgnoreTrailingAbove(ctx context.Context) {
	beat() //goroutinectx:ignore spawner
	runOne(func() { beat() })
}

// badIgnoreBlankLine: a blank line between the directive and the call breaks it; the
// directive is then unused.
func badIgnoreBlankLine(ctx context.Context) {
	//goroutinectx:ignore spawner // want `^unused goroutinectx:ignore directive for checker\(s\): spawner$`

	runOne(func() { beat() }) // want `^runOne\(\) func argument should use context "ctx"$`
}

// goodIgnoreAll: an ignore-all directive covers the spawner checker.
func goodIgnoreAll(ctx context.Context) {
	//goroutinectx:ignore - legacy
	runOne(func() { beat() })
}

// goodIgnoreList: a list naming spawner suppresses it; the other listed name is unused.
func goodIgnoreList(ctx context.Context) {
	//goroutinectx:ignore goroutine, spawner // want `^unused goroutinectx:ignore directive for checker\(s\): goroutine$`
	runOne(func() { beat() })
}

// badIgnoreErrgroup: `errgroup` covers errgroup and conc, not spawner.
func badIgnoreErrgroup(ctx context.Context) {
	//goroutinectx:ignore errgroup // want `^unused goroutinectx:ignore directive for checker\(s\): errgroup$`
	runOne(func() { beat() }) // want `^runOne\(\) func argument should use context "ctx"$`
}

// badIgnoreSpaceSeparated: `goroutine spawner` is one bogus name (SPEC §6.1).
func badIgnoreSpaceSeparated(ctx context.Context) {
	//goroutinectx:ignore goroutine spawner // want `^unused goroutinectx:ignore directive for checker\(s\): goroutine spawner$`
	runOne(func() { beat() }) // want `^runOne\(\) func argument should use context "ctx"$`
}

// badIgnoreOnArgumentLine: the check line is where the call starts, not the failing
// argument's line; a directive above (or on) the argument's line is not consulted.
func badIgnoreOnArgumentLine(ctx context.Context) {
	runAll("x",
		//goroutinectx:ignore spawner // want `^unused goroutinectx:ignore directive for checker\(s\): spawner$`
		func() { beat() }, // want `^runAll\(\) func argument should use context "ctx"$`
		func() { beat() }, //goroutinectx:ignore spawner // want `^runAll\(\) func argument should use context "ctx"$` `^unused goroutinectx:ignore directive for checker\(s\): spawner$`
	)
}

// goodIgnoreMultilineSelector: the call starts at the receiver, on the line before the
// method name; the directive above that line covers the whole call.
func goodIgnoreMultilineSelector(ctx context.Context, w *Workers) {
	//goroutinectx:ignore spawner
	w.
		Go(func() { beat() })
}

// badMultilineSelector: without a directive the report is at the argument, on the later line.
func badMultilineSelector(ctx context.Context, w *Workers) {
	w.
		Go(func() { beat() }) // want `^Go\(\) func argument should use context "ctx"$`
}

// goodIgnoreConsultedWithoutFuncArgs: the checker matches the callee before looking at the
// arguments, so a directive above a spawner call without function arguments is consulted.
func goodIgnoreConsultedWithoutFuncArgs(ctx context.Context) {
	//goroutinectx:ignore spawner
	runAny(42)
	//goroutinectx:ignore
	runOne(nil)
}

// badIgnoreNotExamined: directives above calls that are never examined are unused: an
// unmarked function, a shadowed spawner, a spawner call outside any ctx scope.
func badIgnoreNotExamined(ctx context.Context) {
	//goroutinectx:ignore spawner // want `^unused goroutinectx:ignore directive for checker\(s\): spawner$`
	beat()
	runOne := func(f func()) { f() }
	//goroutinectx:ignore spawner // want `^unused goroutinectx:ignore directive for checker\(s\): spawner$`
	runOne(func() { beat() })
}

func badIgnoreNoScope() {
	//goroutinectx:ignore - no context here // want `^unused goroutinectx:ignore directive$`
	runOne(func() { beat() })
}

// badIgnoreNote: `//goroutinectx:ignore // note` is the bogus name `// note` (SPEC §6.1),
// so it suppresses nothing.
func badIgnoreNote(ctx context.Context) {
	//goroutinectx:ignore // note // want `^unused goroutinectx:ignore directive for checker\(s\): // note$`
	runOne(func() { beat() }) // want `^runOne\(\) func argument should use context "ctx"$`
}

// goodIgnoreSuppressesEveryArgument: one consultation on the start line suppresses all
// argument diagnostics of the call, nested spawner calls starting on later lines excluded.
func goodIgnoreSuppressesEveryArgument(ctx context.Context) {
	//goroutinectx:ignore spawner
	runAll("x", func() { beat() },
		func() { beat() },
		func() { runOne(func() { beat() }) }, // want `^runOne\(\) func argument should use context "ctx"$`
	)
}
