// Package spawnerlabelevil holds adversarial cases for the spawnerlabel checker (SPEC §3.7).
// Helpers live here; no helper has a context parameter, so only spawnerlabel reports.
package spawnerlabelevil

import "sync"

func work()          {}
func rebuild() error { return nil }
func show(int)       {}
func cond() bool     { return true }
func touch(*int)     {}

//goroutinectx:spawner
func hook(cb func()) { cb() } // silent: has a func parameter

//goroutinectx:spawner
func runAll(jobs ...func()) { // silent: variadic func parameter
	for _, j := range jobs {
		go j()
	}
}

type worker struct{ n int }

//goroutinectx:spawner
func (w *worker) Submit(f func()) { go f() } // silent: has a func parameter

// pkgWG is package-level: referencing it is no capture.
var pkgWG sync.WaitGroup

func (w *worker) plain() { w.n++ }

// Exported is marked, for the external test package.
//
//goroutinectx:spawner
func Exported(f func()) { go f() }
