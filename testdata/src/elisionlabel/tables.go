package elisionlabel

import (
	"sync"

	"golang.org/x/sync/errgroup"
)

// Package-level tables with spawnerlabel: a composite literal in a `var` initialiser that
// mentions no spawning name, no external spawner and no function of the package that may
// spawn is left out of the parse. The search never reads a table's elements (it follows
// local variables only), and the type of an element (`tasks[0]`) comes from the
// declaration's type, written outside the braces: both sides are judged as from a whole
// parse.

func work() error { return nil }

// A table of plain functions: left out.
var tasks = []func() error{
	work,
	func() error { return nil },
	func() error { return work() },
}

// An array with its length from its elements, and a map: left out.
var fixed = [...]func() error{work, work}

var byName = map[string]func() error{
	"a": work,
	"b": func() error { return nil },
}

// Struct elements with a function field: left out.
var steps = []struct {
	name string
	run  func() error
}{
	{name: "one", run: work},
	{name: "two", run: func() error { return nil }},
}

func runsTableElement() { // want `function "runsTableElement" should have //goroutinectx:spawner directive \(calls errgroup.Group.Go with func argument\)`
	var g errgroup.Group
	g.Go(tasks[0])
	_ = g.Wait()
}

func runsArrayElement() { // want `function "runsArrayElement" should have //goroutinectx:spawner directive \(calls errgroup.Group.Go with func argument\)`
	var g errgroup.Group
	g.Go(fixed[1])
	_ = g.Wait()
}

func runsMapElement() { // want `function "runsMapElement" should have //goroutinectx:spawner directive \(calls errgroup.Group.Go with func argument\)`
	var g errgroup.Group
	g.Go(byName["a"])
	_ = g.Wait()
}

func runsStructField() { // want `function "runsStructField" should have //goroutinectx:spawner directive \(calls errgroup.Group.Go with func argument\)`
	var g errgroup.Group
	for _, s := range steps {
		g.Go(s.run)
	}
	_ = g.Wait()
}

// Calling a table's elements is no spawn call, whatever they do.
func callsElements() {
	for _, t := range tasks {
		_ = t()
	}
}

// A table whose literals spawn mentions the API: kept, and still no spawn call of the
// function that calls its elements (calling a function value is none).
var spawning = []func(){
	func() {
		var wg sync.WaitGroup
		wg.Go(func() {})
		wg.Wait()
	},
}

func callsSpawningElements() {
	for _, f := range spawning {
		f()
	}
}

// spawnInto may spawn (it calls the API with its argument); a table that mentions it is
// kept.
func spawnInto(f func()) { // want `function "spawnInto" should have //goroutinectx:spawner directive \(calls sync.WaitGroup.Go with func argument\)`
	var wg sync.WaitGroup
	wg.Go(f)
	wg.Wait()
}

var viaSpawner = []func(){
	func() { spawnInto(func() {}) },
}

// A factory returning a capturing literal that spawns; a table that names it is kept.
func factory(n int) func() { // want `function "factory" should have //goroutinectx:spawner directive \(calls sync.WaitGroup.Go with func argument\)`
	return func() {
		var wg sync.WaitGroup
		wg.Go(func() { _ = n })
		wg.Wait()
	}
}

var viaFactory = []func(){factory(1), factory(2)}

// Calling a factory's result spawns (higher-order rule): reported as from a whole parse.
func usesFactory() { // want `function "usesFactory" should have //goroutinectx:spawner directive \(calls sync.WaitGroup.Go with func argument\)`
	factory(3)()
}

func useTables() {
	_ = viaSpawner
	_ = viaFactory
}
