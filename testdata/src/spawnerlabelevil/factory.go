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
// KNOWN GAP: upstream reports here (the factory returns the capturing literal through a variable); returned variables are not followed.
func factoryViaVariable() {
	var grp errgroup.Group
	_ = spawnViaVar(&grp)
}

// The factory is a method of this package.
// KNOWN GAP: upstream reports here (the factory is a method); rule 3 is followed for functions only.
func factoryMethod(s *spawnSource) {
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
