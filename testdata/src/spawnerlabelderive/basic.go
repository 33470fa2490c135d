// Package spawnerlabelderive: spawnerlabel next to a configured goroutine deriver.
package spawnerlabelderive

import (
	"context"
	"sync"

	"github.com/example/apm"
	"github.com/siketyan/gotask"
	"github.com/sourcegraph/conc/pool"
	"golang.org/x/sync/errgroup"
)

func work()          {}
func rebuild() error { return nil }

// answer has a context parameter but calls nothing.
func answer(c context.Context) int { return 42 }

// --- no context parameter: only spawnerlabel looks at these -----------------------------------

func refresh() error { // want `^function "refresh" should have //goroutinectx:spawner directive \(calls errgroup\.Group\.Go with func argument\)$`
	var grp errgroup.Group
	grp.Go(rebuild)
	return grp.Wait()
}

func waitAll() { // want `^function "waitAll" should have //goroutinectx:spawner directive \(calls sync\.WaitGroup\.Go with func argument\)$`
	var wg sync.WaitGroup
	wg.Go(work)
	wg.Wait()
}

func poolGo() { pool.New().Go(work) } // want `^function "poolGo" should have //goroutinectx:spawner directive \(calls pool\.Pool\.Go with func argument\)$`

// gotask does not check calls outside a ctx scope; spawnerlabel still sees the spawn.
func allFns() []int { // want `^function "allFns" should have //goroutinectx:spawner directive \(calls gotask\.DoAllFns with func argument\)$`
	return gotask.DoAllFns(context.Background(), func(c context.Context) int { return 1 })
}

func asyncTask() { // want `^function "asyncTask" should have //goroutinectx:spawner directive \(calls gotask\.Task\.DoAsync with func argument\)$`
	ch := make(chan int, 1)
	gotask.NewTask(answer).DoAsync(context.Background(), ch)
}

func allTasks() []int { return gotask.DoAll(context.Background(), gotask.NewTask(answer)) } // silent

// Calling the deriver changes nothing for spawnerlabel.
func derivesThenSpawns() error { // want `^function "derivesThenSpawns" should have //goroutinectx:spawner directive \(calls errgroup\.Group\.Go with func argument\)$`
	c := apm.NewGoroutineContext(context.Background())
	var grp errgroup.Group
	grp.Go(func() error { return c.Err() })
	return grp.Wait()
}

func derivesOnly() { _ = apm.NewGoroutineContext(context.Background()) } // silent

//goroutinectx:spawner
func hook(cb func()) { cb() } // silent: has a func parameter

//goroutinectx:spawner
func idle() {} // want `^function "idle" has unnecessary //goroutinectx:spawner directive$`

// A deriver call is no spawn call.
//
//goroutinectx:spawner
func deriveMarked() { _ = apm.NewGoroutineContext(context.Background()) } // want `^function "deriveMarked" has unnecessary //goroutinectx:spawner directive$`

func callsHook() { hook(work) } // want `^function "callsHook" should have //goroutinectx:spawner directive \(calls hook with func argument\)$`

func callsIdle() { idle() } // silent

// --- with a context parameter: the other checkers report as usual ------------------------------

// The callback captures (and derives) a context: only spawnerlabel reports.
func fetchAll(ctx context.Context) error { // want `^function "fetchAll" should have //goroutinectx:spawner directive \(calls errgroup\.Group\.Go with func argument\)$`
	grp, gctx := errgroup.WithContext(ctx)
	grp.Go(func() error { return apm.NewGoroutineContext(gctx).Err() })
	return grp.Wait()
}

func fetchLoose(ctx context.Context) error { // want `^function "fetchLoose" should have //goroutinectx:spawner directive \(calls errgroup\.Group\.Go with func argument\)$`
	var grp errgroup.Group
	grp.Go(func() error { return nil }) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx" or call goroutine deriver$`
	return grp.Wait()
}

// Calling the deriver at the start of the callback satisfies errgroup, not spawnerlabel.
func fetchDerived(ctx context.Context) error { // want `^function "fetchDerived" should have //goroutinectx:spawner directive \(calls errgroup\.Group\.TryGo with func argument\)$`
	var grp errgroup.Group
	grp.TryGo(func() error { return apm.NewGoroutineContext(context.Background()).Err() })
	return grp.Wait()
}

func poolCaptures(ctx context.Context) { // want `^function "poolCaptures" should have //goroutinectx:spawner directive \(calls pool\.Pool\.Go with func argument\)$`
	p := pool.New()
	p.Go(func() { _ = apm.NewGoroutineContext(ctx) })
	p.Wait()
}

func raceLoose(ctx context.Context) int { // want `^function "raceLoose" should have //goroutinectx:spawner directive \(calls gotask\.DoRaceFns with func argument\)$`
	return gotask.DoRaceFns(ctx, func(c context.Context) int { return 1 }) // want `^gotask\.DoRaceFns\(\) 2nd argument should call goroutine deriver$`
}

func settledDerived(ctx context.Context) []gotask.Result[int] { // want `^function "settledDerived" should have //goroutinectx:spawner directive \(calls gotask\.DoAllFnsSettled with func argument\)$`
	return gotask.DoAllFnsSettled(ctx, func(c context.Context) int { return answer(apm.NewGoroutineContext(c)) })
}

func asyncDerived(ctx context.Context) { // want `^function "asyncDerived" should have //goroutinectx:spawner directive \(calls gotask\.Task\.DoAsync with func argument\)$`
	ch := make(chan int, 1)
	gotask.NewTask(answer).DoAsync(apm.NewGoroutineContext(ctx), ch)
}

func asyncLoose(ctx context.Context) { // want `^function "asyncLoose" should have //goroutinectx:spawner directive \(calls gotask\.Task\.DoAsync with func argument\)$`
	ch := make(chan int, 1)
	t := gotask.NewTask(answer)
	t.DoAsync(ctx, ch) // want `^gotask\.\(\*Task\)\.DoAsync\(\) 1st argument should call goroutine deriver$`
}

// DoAll takes tasks: gotask checks it, spawnerlabel does not count it.
func allTasksLoose(ctx context.Context) []int {
	return gotask.DoAll(ctx, gotask.NewTask(func(c context.Context) int { return 1 })) // want `^gotask\.DoAll\(\) 2nd argument should call goroutine deriver$`
}

// A bare go statement is no spawn call; goroutine and goroutinederive report it.
func goLoose(ctx context.Context) {
	go func() { // want `^goroutine does not propagate context "ctx"$` `^goroutine should call github\.com/example/apm\.NewGoroutineContext to derive context$`
		work()
	}()
}

// The go literal captures nothing, so spawnerlabel does not search it.
func goSpawnsInside(ctx context.Context) {
	go func() { // want `^goroutine does not propagate context "ctx"$` `^goroutine should call github\.com/example/apm\.NewGoroutineContext to derive context$`
		var wg sync.WaitGroup
		wg.Go(work)
		wg.Wait()
	}()
}

// The go literal captures ctx: searched, and it derives, so only spawnerlabel reports.
func goCapturesAndSpawns(ctx context.Context) { // want `^function "goCapturesAndSpawns" should have //goroutinectx:spawner directive \(calls sync\.WaitGroup\.Go with func argument\)$`
	go func() {
		c := apm.NewGoroutineContext(ctx)
		var wg sync.WaitGroup
		wg.Go(func() { _ = c })
		wg.Wait()
	}()
}

// The spawner checker reports the argument, spawnerlabel the function.
func callsHookCtx(ctx context.Context) { // want `^function "callsHookCtx" should have //goroutinectx:spawner directive \(calls hook with func argument\)$`
	hook(func() { work() }) // want `^hook\(\) func argument should use context "ctx" or call goroutine deriver$`
}

// --- ignore directives: each checker separately ----------------------------------------------

//goroutinectx:ignore spawnerlabel
func fetchIgnoredLabel(ctx context.Context) error {
	var grp errgroup.Group
	grp.Go(func() error { return nil }) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx" or call goroutine deriver$`
	return grp.Wait()
}

func fetchIgnoredGroup(ctx context.Context) error { // want `^function "fetchIgnoredGroup" should have //goroutinectx:spawner directive \(calls errgroup\.Group\.Go with func argument\)$`
	var grp errgroup.Group
	grp.Go(func() error { return nil }) //goroutinectx:ignore errgroup
	return grp.Wait()
}

//goroutinectx:ignore spawnerlabel // want `^unused goroutinectx:ignore directive for checker\(s\): spawnerlabel$`
func quietCtx(ctx context.Context) { _ = ctx }
