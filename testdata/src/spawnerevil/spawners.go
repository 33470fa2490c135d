// Package spawnerevil holds adversarial cases for the spawner checker (SPEC §3.6). This file
// declares the spawners and helpers; the cases are in the other files.
package spawnerevil

import "context"

func beat()                       {}
func beatCtx(ctx context.Context) { _ = ctx }

//goroutinectx:spawner
func runOne(f func()) { go f() }

//goroutinectx:spawner
func runAll(tag string, fs ...func()) {
	for _, f := range fs {
		go f()
	}
}

//goroutinectx:spawner
func runAny(v any) { _ = v }

//goroutinectx:spawner
func runCtxFunc(f func(context.Context)) { go f(context.Background()) }

//goroutinectx:spawner
func runRet(f func()) int { go f(); return 0 }

//goroutinectx:spawner
func runTwice(f func() func()) { go f()() }

// SpawnF is a marked generic function whose parameter type is a type parameter.
//
//goroutinectx:spawner
func SpawnF[F ~func()](f F) { go f() }

// Job is a named function type with a marked method (its receiver is a function).
type Job func()

//goroutinectx:spawner
func (j Job) Run(f func()) { go f(); go j() }

// Count is a named non-struct type with a marked method.
type Count int

//goroutinectx:spawner
func (c Count) Go(f func()) { go f() }

// Workers has marked methods with value and pointer receivers.
type Workers struct{ n int }

//goroutinectx:spawner
func (w *Workers) Go(f func()) { go f() }

//goroutinectx:spawner
func (w Workers) Dispatch(name string, f func()) { go f() }

func newWorkers() *Workers { return &Workers{} }

// ByValue embeds Workers by value, ByPtr by pointer, Deep two levels down.
type ByValue struct{ Workers }
type ByPtr struct{ *Workers }
type Deep struct{ ByPtr }

// Spawny is an interface: its methods cannot be marked (SPEC §6.3).
type Spawny interface {
	//goroutinectx:spawner
	Go(f func())
}

// WithIface embeds an interface: the promoted method is an interface method.
type WithIface struct{ Spawny }

// Maker is used as a method factory (never followed, SPEC §3.0.4 P6).
type Maker struct{}

func (Maker) Make() func() { return func() { beat() } }

// bgCtx is a package-level context: a direct literal does not capture it (P2), a traced
// literal mentions it (P3).
var bgCtx = context.Background()

// spawnVar holds a spawner in a package-level variable: calls through it are not identified
// (SPEC §3.0.2).
var spawnVar = runOne
