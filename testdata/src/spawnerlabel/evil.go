package spawnerlabel

import (
	"sync"

	"golang.org/x/sync/errgroup"
)

// --- //goroutinectx:ignore spawnerlabel (SPEC §3.7, §6.1, §6.2) -----------------------------

//goroutinectx:ignore spawnerlabel
func ignoredAbove() { // silent: the directive on the line above the func keyword suppresses
	var wg sync.WaitGroup
	wg.Go(work)
	wg.Wait()
}

func ignoredTrailing() { //goroutinectx:ignore spawnerlabel
	var grp errgroup.Group
	grp.Go(rebuild)
	_ = grp.Wait()
}

//goroutinectx:spawner
func ignoredUnnecessary() { //goroutinectx:ignore spawnerlabel
	show(1)
}

//goroutinectx:ignore
func ignoredAll() { // silent: ignore-all covers spawnerlabel
	hook(work)
}

//goroutinectx:ignore - legacy code
func ignoredAllExplained() { hook(work) }

//goroutinectx:ignore spawnerlabel // want `^unused goroutinectx:ignore directive for checker\(s\): spawnerlabel$`
func ignoredNothing() { show(1) }

//goroutinectx:ignore - nothing to ignore // want `^unused goroutinectx:ignore directive$`
func ignoredAllNothing() { show(2) }

// "//goroutinectx:ignore // text" is not ignore-all: it names the checker "// text" (SPEC §6.1).
//
//goroutinectx:ignore // not ignore-all // want `^unused goroutinectx:ignore directive for checker\(s\): // not ignore-all$`
func ignoredBogusName() { hook(work) } // want `^function "ignoredBogusName" should have //goroutinectx:spawner directive \(calls hook with func argument\)$`

//goroutinectx:ignore spawnerlabel // want `^unused goroutinectx:ignore directive for checker\(s\): spawnerlabel$`
func ignoredFine(f func()) { hold(f) }

//goroutinectx:ignore goroutine // want `^unused goroutinectx:ignore directive for checker\(s\): goroutine$`
func ignoredWrongChecker() { // want `^function "ignoredWrongChecker" should have //goroutinectx:spawner directive \(calls errgroup\.Group\.Go with func argument\)$`
	var grp errgroup.Group
	grp.Go(rebuild)
}

//goroutinectx:ignore spawner, spawnerlabel // want `^unused goroutinectx:ignore directive for checker\(s\): spawner$`
func ignoredTwoNames() { hook(work) }

//goroutinectx:ignore conc, spawnerlabel // want `^unused goroutinectx:ignore directive for checker\(s\): conc$`
func ignoredWithConc() { hook(work) }

//goroutinectx:ignore spawnerlabel // want `^unused goroutinectx:ignore directive for checker\(s\): spawnerlabel$`

func ignoredBlankLine() { // want `^function "ignoredBlankLine" should have //goroutinectx:spawner directive \(calls hook with func argument\)$`
	hook(work)
}

// Two lines above func (the spawner directive sits in between) is too far.
//
//goroutinectx:ignore spawnerlabel // want `^unused goroutinectx:ignore directive for checker\(s\): spawnerlabel$`
//goroutinectx:spawner
func idleTwoBelow() { show(1) } // want `^function "idleTwoBelow" has unnecessary //goroutinectx:spawner directive$`

// An ignore between the spawner directive and func breaks the link: the function is not marked.
//
//goroutinectx:spawner
//goroutinectx:ignore spawnerlabel
func linkBrokenSpawns() { // silent: unmarked and spawning, but the "should have" is suppressed
	var wg sync.WaitGroup
	wg.Go(work)
	wg.Wait()
}

//goroutinectx:spawner
//goroutinectx:ignore spawnerlabel // want `^unused goroutinectx:ignore directive for checker\(s\): spawnerlabel$`
func linkBrokenIdle() { show(1) } // silent: not marked, so nothing to report, so never consulted

// --- //goroutinectx:spawner placement (SPEC §6.3) --------------------------------------------

//goroutinectx:spawner
// idleDoc: this doc line breaks the link.
func idleDoc() { show(1) }

//goroutinectx:spawner
// spawnsDoc: this doc line breaks the link, so the function is unmarked.
func spawnsDoc() { hook(work) } // want `^function "spawnsDoc" should have //goroutinectx:spawner directive \(calls hook with func argument\)$`

// idleDocAbove has doc lines above the directive: marked.
//
//goroutinectx:spawner
func idleDocAbove() { show(1) } // want `^function "idleDocAbove" has unnecessary //goroutinectx:spawner directive$`

//goroutinectx:spawner

func blankLineSpawns() { hook(work) } // want `^function "blankLineSpawns" should have //goroutinectx:spawner directive \(calls hook with func argument\)$`

// goroutinectx:spawner
func spacedMarker() { show(1) } // want `^function "spacedMarker" has unnecessary //goroutinectx:spawner directive$`

//goroutinectx:spawner //nolint:all
func trailingTextMarker() { show(2) } // want `^function "trailingTextMarker" has unnecessary //goroutinectx:spawner directive$`

/* goroutinectx:spawner */
func blockCommentMarker() { show(3) }

func sameLineMarker() { show(4) } //goroutinectx:spawner
func markedByTrailing() { show(5) } // want `^function "markedByTrailing" has unnecessary //goroutinectx:spawner directive$`

// --- the name on its own line: reports go to the name, ignores are looked up at func ------------

//goroutinectx:ignore spawnerlabel
func
splitIgnored() { hook(work) }

func
splitReported() { // want `^function "splitReported" should have //goroutinectx:spawner directive \(calls hook with func argument\)$`
	hook(work)
}

func
splitTrailingOnName() { //goroutinectx:ignore spawnerlabel // want `^function "splitTrailingOnName" should have //goroutinectx:spawner directive \(calls hook with func argument\)$` `^unused goroutinectx:ignore directive for checker\(s\): spawnerlabel$`
	hook(work)
}

//goroutinectx:spawner
func
splitMarkedIdle() { show(6) } // want `^function "splitMarkedIdle" has unnecessary //goroutinectx:spawner directive$`

// --- unusual spawn calls ----------------------------------------------------------------------

// nil passed to the callback parameter is still a function-typed argument.
func nilCallback() { // want `^function "nilCallback" should have //goroutinectx:spawner directive \(calls errgroup\.Group\.Go with func argument\)$`
	var grp errgroup.Group
	grp.Go(nil)
}

func methodExpression(grp *errgroup.Group) { // want `^function "methodExpression" should have //goroutinectx:spawner directive \(calls errgroup\.Group\.Go with func argument\)$`
	(*errgroup.Group).Go(grp, rebuild)
}

type workers struct{ errgroup.Group }

func promoted() error { // want `^function "promoted" should have //goroutinectx:spawner directive \(calls errgroup\.Group\.Go with func argument\)$`
	var w workers
	w.Go(rebuild)
	return w.Wait()
}

func hookNil() { hook(nil) } // want `^function "hookNil" should have //goroutinectx:spawner directive \(calls hook with func argument\)$`

func runAllEmpty() { runAll() } // want `^function "runAllEmpty" should have //goroutinectx:spawner directive \(calls runAll with func argument\)$`

func fanEachNil() { fanEach[int](nil, nil) } // want `^function "fanEachNil" should have //goroutinectx:spawner directive \(calls fanEach with func argument\)$`

// A local lookalike of errgroup.Group is no API.
type fakeGroup struct{}

func (fakeGroup) Go(f func() error) { _ = f }

func lookalike() { fakeGroup{}.Go(rebuild) }

// A local variable shadowing a marked function is not the marked function.
func shadowedHook() {
	hook := func(f func()) { f() }
	hook(work)
}

// Calling an unmarked function that spawns is no spawn call.
func callsRefresh() error { return refresh() }

type worker struct{ n int }

//goroutinectx:spawner
func (w *worker) Submit(f func()) { go f() } // silent: has a func parameter

//goroutinectx:spawner
func (w *worker) Flush() { w.n = 0 } // want `^function "Flush" has unnecessary //goroutinectx:spawner directive$`

// A method is reported by its bare name.
func (w *worker) startAll() { w.Submit(work) } // want `^function "startAll" should have //goroutinectx:spawner directive \(calls Submit with func argument\)$`

func flushAll(w *worker) { w.Flush() } // silent: the receiver is no function

func submitOnValue() { // want `^function "submitOnValue" should have //goroutinectx:spawner directive \(calls Submit with func argument\)$`
	var w worker
	w.Submit(work)
}

func methodValueArg(w *worker) { hook(w.startAll) } // want `^function "methodValueArg" should have //goroutinectx:spawner directive \(calls hook with func argument\)$`

func convertedJobRun() { job(work).Run() } // want `^function "convertedJobRun" should have //goroutinectx:spawner directive \(calls Run with func argument\)$`

//goroutinectx:spawner
func forward(f func()) { hook(f) } // silent: marked, has a func parameter and spawns

//goroutinectx:spawner
func forwardNoParam() { hook(work) } // silent: marked and spawns

// --- which parameters count for the "unnecessary" rule ---------------------------------------

//goroutinectx:spawner
func unnamedParam(func()) {} // silent

//goroutinectx:spawner
func blankParam(_ func(), n int) { show(n) } // silent

//goroutinectx:spawner
func sliceOfNamedFunc(cbs []callback) { show(len(cbs)) } // silent: element's underlying type is a signature

type funcAlias = func()

//goroutinectx:spawner
func withAlias(f funcAlias) { go f() } // silent

//goroutinectx:spawner
func pointerToFunc(f *func()) { go (*f)() } // want `^function "pointerToFunc" has unnecessary //goroutinectx:spawner directive$`

//goroutinectx:spawner
func mapOfFuncs(m map[string]func()) { show(len(m)) } // want `^function "mapOfFuncs" has unnecessary //goroutinectx:spawner directive$`

//goroutinectx:spawner
func chanOfFuncs(ch chan func()) { go (<-ch)() } // want `^function "chanOfFuncs" has unnecessary //goroutinectx:spawner directive$`

//goroutinectx:spawner
func arrayOfFuncs(a [2]func()) { go a[0]() } // want `^function "arrayOfFuncs" has unnecessary //goroutinectx:spawner directive$`

//goroutinectx:spawner
func nestedSlices(fss [][]func()) { show(len(fss)) } // want `^function "nestedSlices" has unnecessary //goroutinectx:spawner directive$`

//goroutinectx:spawner
func namedResult() (f func()) { return work } // want `^function "namedResult" has unnecessary //goroutinectx:spawner directive$`

// A marked method of a function type that spawns is fine.
//
//goroutinectx:spawner
func (j job) Spawn() { // silent
	var wg sync.WaitGroup
	wg.Go(j)
	wg.Wait()
}

// --- the generated file (zz_generated.go) and a body-less function (stub.s) ------------------

// A directive in a generated file still marks the function.
func callsGenSpawn() { genSpawn(work) } // want `^function "callsGenSpawn" should have //goroutinectx:spawner directive \(calls genSpawn with func argument\)$`

func callsGenIdle() { genIdle() } // silent: no function-typed argument

func callsGenSpawns() { genSpawns() } // silent: genSpawns is not marked

// Body-less declarations are skipped; their directives still count at call sites.
//
//goroutinectx:spawner
func asmIdle(n int)

//goroutinectx:spawner
func asmSpawn(f func())

func asmPlain(f func())

func callsAsmIdle() { asmIdle(1) }

func callsAsmPlain() { asmPlain(work) }

func callsAsmSpawn() { asmSpawn(work) } // want `^function "callsAsmSpawn" should have //goroutinectx:spawner directive \(calls asmSpawn with func argument\)$`
