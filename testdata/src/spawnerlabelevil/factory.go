package spawnerlabelevil

import (
	"sync"

	"golang.org/x/sync/errgroup"
)

// Higher order (SPEC §3.7 rule 3): a call of a function of this package that returns a
// capturing literal whose body spawns is a spawn call. The factories used here live in
// factory_other.go.

// The factory is declared in another file of the package: that file is read for the
// returned literal (rule 3 is closed over the package).
func factoryOtherFile() { // want `^function "factoryOtherFile" should have //goroutinectx.spawner directive \(calls sync\.WaitGroup\.Go with func argument\)$`
	var wg sync.WaitGroup
	_ = spawnLater(&wg)
}

// A marked function whose only spawn is such a call spawns: no "unnecessary".
//
//goroutinectx:spawner
func factoryOtherFileMarked() {
	var wg sync.WaitGroup
	_ = spawnLater(&wg)
}

// The factory returns the capturing literal through a local variable (SSA returns the
// closure value itself).
func factoryViaVariable() { // want `^function "factoryViaVariable" should have //goroutinectx:spawner directive \(calls errgroup\.Group\.Go with func argument\)$`
	var grp errgroup.Group
	_ = spawnViaVar(&grp)
}

// The factory is a method of this package (a static call in SSA).
func factoryMethod(s *spawnSource) { // want `^function "factoryMethod" should have //goroutinectx:spawner directive \(calls sync\.WaitGroup\.Go with func argument\)$`
	_ = s.later()
}

// The factory returns a literal capturing nothing: not a spawn call.
func factoryPlain() { _ = plainLater() }

// The factory's capturing literal spawns nothing.
func factoryCounter() { _ = counterLater(1) }

// The factory's capturing literal spawns only in a literal it never invokes.
func factoryDeep() { _ = deepLater(1) }

// A factory in the same file, returning through a parenthesised literal.
func parenLater(wg *sync.WaitGroup) func() { // want `^function "parenLater" should have //goroutinectx:spawner directive \(calls sync\.WaitGroup\.Go with func argument\)$`
	return (func() { wg.Go(work) })
}

func factoryParen() { // want `^function "factoryParen" should have //goroutinectx:spawner directive \(calls (sync\.WaitGroup\.Go|parenLater) with func argument\)$`
	var wg sync.WaitGroup
	_ = parenLater(&wg)
}

// Marked functions whose only spawn is through a method factory, or a factory returning its
// closure through a variable: they spawn, so their directives are needed.
//
//goroutinectx:spawner
func markedMethodFactory(s *spawnSource) {
	_ = s.later()
}

//goroutinectx:spawner
func markedVarFactory() {
	var grp errgroup.Group
	_ = spawnViaVar(&grp)
}

// A method factory whose closure spawns nothing: calling it is no spawn call.
func (s *spawnSource) quiet() func() { return func() { _ = s } }

//goroutinectx:spawner
func markedQuietMethodFactory(s *spawnSource) { // want `^function "markedQuietMethodFactory" has unnecessary //goroutinectx:spawner directive$`
	_ = s.quiet()
}

// The returned variable holds one of two literals (branches merge): SSA returns a phi. Not
// followed, and uncertain: the marked caller below is not called unnecessary.
func mergedFactory(grp *errgroup.Group, b bool) func() { // want `^function "mergedFactory" should have //goroutinectx:spawner directive \(calls errgroup\.Group\.Go with func argument\)$`
	f := func() { show(1) }
	if b {
		f = func() { grp.Go(rebuild) }
	}
	return f
}

//goroutinectx:spawner
func markedMergedFactory() {
	var grp errgroup.Group
	_ = mergedFactory(&grp, true)
}

// Unmarked, the same call is no certain spawn call: silent.
func mergedFactoryCaller() {
	var grp errgroup.Group
	_ = mergedFactory(&grp, true)
}
