package spawnerlabelevil

import "sync"

// A composite literal of a type parameter whose core type is a struct: keys are fields.
func captureTypeParamStructKey[S ~struct{ a int }]() {
	a := 1
	_ = a
	_ = func() {
		_ = S{a: 2}
		var wg sync.WaitGroup
		wg.Go(work)
	}
}

// A label named like a local variable is no reference to it.
func captureLabelName() {
	wg := 1
	_ = wg
	_ = func() {
		goto wg
	wg:
		var g sync.WaitGroup
		g.Go(work)
	}
}

// Use of the outer variable before a shadowing declaration in the literal: captured.
func captureBeforeShadow() { // want `^function "captureBeforeShadow" should have //goroutinectx:spawner directive \(calls sync\.WaitGroup\.Go with func argument\)$`
	n := 1
	_ = func() {
		show(n)
		n := 2
		show(n)
		var wg sync.WaitGroup
		wg.Go(work)
	}
}

// A field selector on a package-level struct: no capture.
var pkgWorker worker

func captureFieldOfPackageVar() {
	_ = func() {
		pkgWorker.n++
		var wg sync.WaitGroup
		wg.Go(work)
	}
}

// A method expression naming a local type: no variable.
func captureMethodExpr() {
	_ = func() {
		f := (*worker).plain
		_ = f
		var wg sync.WaitGroup
		wg.Go(work)
	}
}

// A marked method of a generic type called from another method of the same generic type:
// the callee is an instantiated method, not the marked declaration (SPEC §11.11).
type gbox[T any] struct{ items []T }

//goroutinectx:spawner
func (b *gbox[T]) each(f func(T)) { // silent: has a func parameter
	for _, it := range b.items {
		go f(it)
	}
}

func (b *gbox[T]) all(f func(T)) { b.each(f) }
