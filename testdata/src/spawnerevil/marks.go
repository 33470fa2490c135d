package spawnerevil

import "context"

// --- //goroutinectx:spawner placement (SPEC §6.3) ----------------------------------------

//goroutinectx:spawner

func blankLineNotMarked(f func()) { go f() }

//goroutinectx:spawner
//
func emptyCommentNotMarked(f func()) { go f() }

// docAbove has other doc lines above the directive: marked.
//
//goroutinectx:spawner
func docAbove(f func()) { go f() }

//  goroutinectx:spawner   extra text
func extraSpaces(f func()) { go f() }

//goroutinectx:spawner
var litNotMarked = func(f func()) { go f() }

func sameLineNotMarked(f func()) { go f() } //goroutinectx:spawner

func afterSameLine(f func()) { go f() }

var trailingMarker = 1 //goroutinectx:spawner
func markedByTrailing(f func()) { go f() }

//goroutinectx:spawner
func (w *Workers) marked2(f func()) { go f() }

func checkMarks(ctx context.Context, w *Workers) {
	blankLineNotMarked(func() { beat() })
	emptyCommentNotMarked(func() { beat() })
	docAbove(func() { beat() })    // want `^docAbove\(\) func argument should use context "ctx"$`
	extraSpaces(func() { beat() }) // want `^extraSpaces\(\) func argument should use context "ctx"$`
	litNotMarked(func() { beat() })
	sameLineNotMarked(func() { beat() })
	afterSameLine(func() { beat() })
	markedByTrailing(func() { beat() }) // want `^markedByTrailing\(\) func argument should use context "ctx"$`
	w.marked2(func() { beat() })        // want `^marked2\(\) func argument should use context "ctx"$`
}
