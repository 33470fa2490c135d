package spawner

import "context"

//goroutinectx:spawner
// notMarked: a line between the directive and func breaks the link (SPEC §6.3).
func notMarked(f func()) { go f() }

//goroutinectx:spawner //tag: trailing text is fine
func markedWithTrailer(f func()) { go f() }

// goroutinectx:spawner
func markedWithSpace(f func()) { go f() }

/* goroutinectx:spawner */
func blockCommentNotMarked(f func()) { go f() }

func evilDirectives(ctx context.Context) {
	notMarked(func() { beat() })
	markedWithTrailer(func() { beat() }) // want `^markedWithTrailer\(\) func argument`
	markedWithSpace(func() { beat() })   // want `^markedWithSpace\(\) func argument`
	blockCommentNotMarked(func() { beat() })
}

// evilShadowedCallee: a local variable shadows the spawner; it is not a call of it.
func evilShadowedCallee(ctx context.Context) {
	runOne := func(f func()) { f() }
	runOne(func() { beat() })
}

// evilIgnore: the directive on the call's first line suppresses every argument below it.
func evilIgnore(ctx context.Context) {
	//goroutinectx:ignore spawner - legacy
	background("x",
		func() { beat() },
		func() { beat() },
	)
	//goroutinectx:ignore spawner
	runOne(func() { beatCtx(ctx) }) // consulted although the check passes: not unused
	//goroutinectx:ignore spawner // want `^unused goroutinectx:ignore directive for checker\(s\): spawner$`
	beat()
}

// evilReassigned: a conditional reassignment after an unconditional one participates (P4).
func evilReassigned(ctx context.Context, cond bool) {
	f := func() { beatCtx(ctx) }
	if cond {
		f = func() { beat() }
	}
	runOne(f) // want `^runOne\(\) func argument should use context "ctx"$`
}

// evilCarrierLessScope: the nearest ctx scope names N.
func evilNearestScope(outer context.Context) {
	func(inner context.Context) {
		runOne(func() { beat() }) // want `^runOne\(\) func argument should use context "inner"$`
	}(outer)
}

// evilParenthesised: a parenthesised literal is "anything else": it passes.
func evilParenthesised(ctx context.Context) {
	runOne((func() { beat() }))
}
