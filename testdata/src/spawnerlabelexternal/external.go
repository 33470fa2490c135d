// Package spawnerlabelexternal: spawnerlabel with -external-spawner and the API checkers off.
package spawnerlabelexternal

import (
	"context"
	"sync"

	"github.com/example/workers"
	workers2 "github.com/example/workers/v2"
	"github.com/siketyan/gotask"
	"github.com/sourcegraph/conc/iter"
	"github.com/sourcegraph/conc/pool"
	"golang.org/x/sync/errgroup"
)

func work()                        {}
func rebuild() error               { return nil }
func touch(*int)                   {}
func answer(c context.Context) int { return 1 }

// --- calls to external spawners (bare name) ----------------------------------------------------

func submit() { workers.Submit(work) } // want `^function "submit" should have //goroutinectx:spawner directive \(calls Submit with func argument\)$`

func submitVersioned() { workers2.Submit(func() {}) } // want `^function "submitVersioned" should have //goroutinectx:spawner directive \(calls Submit with func argument\)$`

func poolGo() { workers.New(2).Go(work) } // want `^function "poolGo" should have //goroutinectx:spawner directive \(calls Go with func argument\)$`

// External specs match methods of generic types by name (SPEC §11.11).
func groupAdd(g *workers.Group[int]) { // want `^function "groupAdd" should have //goroutinectx:spawner directive \(calls Add with func argument\)$`
	g.Add(func() int { return 1 })
}

func later() { workers.Later(work) } // silent: not configured

func poolWait() { workers.New(1).Wait(work) } // silent: not configured

// An interface method call has no static target: never a spawn call, configured or not.
func runner(r workers.Runner) { r.Run(work) }

// --- functions of this package named by a spec count as marked ---------------------------------

func localIdle() {} // want `^function "localIdle" has unnecessary //goroutinectx:spawner directive$`

func localHook(f func()) { f() } // silent: "marked" by the spec, and has a func parameter

// Local has a method named by a spec.
type Local struct{}

func (Local) Idle() {} // want `^function "Idle" has unnecessary //goroutinectx:spawner directive$`

func (Local) Busy() {} // silent: not configured

func callsLocalHook() { localHook(work) } // want `^function "callsLocalHook" should have //goroutinectx:spawner directive \(calls localHook with func argument\)$`

func callsLocalIdle() { localIdle() } // silent: no function-typed argument

// --- API calls count although -errgroup, -waitgroup, -conc and -gotask are off ---------------

func errgroupOff() error { // want `^function "errgroupOff" should have //goroutinectx:spawner directive \(calls errgroup\.Group\.Go with func argument\)$`
	var grp errgroup.Group
	grp.Go(rebuild)
	return grp.Wait()
}

func waitgroupOff() { // want `^function "waitgroupOff" should have //goroutinectx:spawner directive \(calls sync\.WaitGroup\.Go with func argument\)$`
	var wg sync.WaitGroup
	wg.Go(work)
	wg.Wait()
}

func concOff() { pool.New().Go(work) } // want `^function "concOff" should have //goroutinectx:spawner directive \(calls pool\.Pool\.Go with func argument\)$`

func iterOff(xs []int) { iter.ForEach[int](xs, touch) } // want `^function "iterOff" should have //goroutinectx:spawner directive \(calls iter\.ForEach with func argument\)$`

func gotaskOff() []int { // want `^function "gotaskOff" should have //goroutinectx:spawner directive \(calls gotask\.DoRaceFns with func argument\)$`
	return []int{gotask.DoRaceFns(context.Background(), answer)}
}

func gotaskTasksOff() []int { return gotask.DoAll(context.Background(), gotask.NewTask(answer)) } // silent
