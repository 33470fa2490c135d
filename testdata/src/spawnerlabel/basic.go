// Package spawnerlabel exercises the spawnerlabel checker (SPEC §3.7): an unmarked function
// that makes a spawn call must carry //goroutinectx:spawner, and a marked function that neither
// spawns nor takes a function-typed parameter carries it needlessly. No function here has a
// context parameter unless noted, so the other checkers stay silent.
package spawnerlabel

import (
	"context"

	"github.com/siketyan/gotask"
	"github.com/sourcegraph/conc"
	"github.com/sourcegraph/conc/iter"
	"github.com/sourcegraph/conc/pool"
	"github.com/sourcegraph/conc/stream"
	"golang.org/x/sync/errgroup"
)

// --- helpers: no directive, no spawn call: silent -------------------------------------------

func work()                         {}
func rebuild() error                { return nil }
func show(int)                      {}
func touch(*int)                    {}
func double(p *int) int             { return *p * 2 }
func doubleErr(p *int) (int, error) { return *p * 2, nil }
func record(bool)                   {}
func hold(func())                   {}

// answer has a context parameter (a ctx scope) but calls nothing: nothing to check.
func answer(c context.Context) int { return 42 }

// --- API calls with a function-typed argument (SPEC §3.7 spawn call 1) ----------------------

func refresh() error { // want `^function "refresh" should have //goroutinectx:spawner directive \(calls errgroup\.Group\.Go with func argument\)$`
	var grp errgroup.Group
	grp.Go(rebuild) // a declared function counts, not only literals
	return grp.Wait()
}

func tryRefresh() bool { // want `^function "tryRefresh" should have //goroutinectx:spawner directive \(calls errgroup\.Group\.TryGo with func argument\)$`
	grp := new(errgroup.Group)
	return grp.TryGo(func() error { return nil })
}

func groupFromContext() error { // want `^function "groupFromContext" should have //goroutinectx:spawner directive \(calls errgroup\.Group\.Go with func argument\)$`
	grp, _ := errgroup.WithContext(context.Background())
	grp.Go(rebuild)
	return grp.Wait()
}

func concPool() { // want `^function "concPool" should have //goroutinectx:spawner directive \(calls conc\.Pool\.Go with func argument\)$`
	var p conc.Pool
	p.Go(work)
	p.Wait()
}

func concWaitGroup() { // want `^function "concWaitGroup" should have //goroutinectx:spawner directive \(calls conc\.WaitGroup\.Go with func argument\)$`
	wg := conc.NewWaitGroup()
	wg.Go(work)
	wg.Wait()
}

func poolChain() { // want `^function "poolChain" should have //goroutinectx:spawner directive \(calls pool\.Pool\.Go with func argument\)$`
	pool.New().WithMaxGoroutines(2).Go(work)
}

func resultPool() []int { // want `^function "resultPool" should have //goroutinectx:spawner directive \(calls pool\.ResultPool\.Go with func argument\)$`
	p := pool.NewWithResults[int]()
	p.Go(func() int { return 1 })
	return p.Wait()
}

func errorPool() error { // want `^function "errorPool" should have //goroutinectx:spawner directive \(calls pool\.ErrorPool\.Go with func argument\)$`
	p := pool.New().WithErrors()
	p.Go(rebuild)
	return p.Wait()
}

func contextPool() error { // want `^function "contextPool" should have //goroutinectx:spawner directive \(calls pool\.ContextPool\.Go with func argument\)$`
	p := pool.New().WithContext(context.Background())
	p.Go(func(c context.Context) error { return c.Err() })
	return p.Wait()
}

func resultErrorPool() ([]int, error) { // want `^function "resultErrorPool" should have //goroutinectx:spawner directive \(calls pool\.ResultErrorPool\.Go with func argument\)$`
	p := pool.NewWithResults[int]().WithErrors()
	p.Go(func() (int, error) { return 1, nil })
	return p.Wait()
}

func resultContextPool() ([]int, error) { // want `^function "resultContextPool" should have //goroutinectx:spawner directive \(calls pool\.ResultContextPool\.Go with func argument\)$`
	var p pool.ResultContextPool[int]
	p.Go(func(context.Context) (int, error) { return 1, nil })
	return p.Wait()
}

func streamGo() { // want `^function "streamGo" should have //goroutinectx:spawner directive \(calls stream\.Stream\.Go with func argument\)$`
	s := stream.New()
	s.Go(func() stream.Callback { return work }) // a literal converted to the named func type stream.Task
	s.Wait()
}

func forEach(xs []int) { // want `^function "forEach" should have //goroutinectx:spawner directive \(calls iter\.ForEach with func argument\)$`
	iter.ForEach(xs, touch)
}

func forEachIdx(xs []int) { // want `^function "forEachIdx" should have //goroutinectx:spawner directive \(calls iter\.ForEachIdx with func argument\)$`
	iter.ForEachIdx(xs, func(i int, p *int) { *p += i })
}

func mapAll(xs []int) []int { // want `^function "mapAll" should have //goroutinectx:spawner directive \(calls iter\.Map with func argument\)$`
	return iter.Map(xs, double)
}

func mapErr(xs []int) ([]int, error) { // want `^function "mapErr" should have //goroutinectx:spawner directive \(calls iter\.MapErr with func argument\)$`
	return iter.MapErr(xs, doubleErr)
}

func iteratorEach(xs []int) { // want `^function "iteratorEach" should have //goroutinectx:spawner directive \(calls iter\.Iterator\.ForEach with func argument\)$`
	it := iter.Iterator[int]{MaxGoroutines: 2}
	it.ForEach(xs, touch)
}

func iteratorEachIdx(xs []int) { // want `^function "iteratorEachIdx" should have //goroutinectx:spawner directive \(calls iter\.Iterator\.ForEachIdx with func argument\)$`
	iter.Iterator[int]{}.ForEachIdx(xs, func(int, *int) {})
}

func mapperMap(xs []int) []int { // want `^function "mapperMap" should have //goroutinectx:spawner directive \(calls iter\.Mapper\.Map with func argument\)$`
	m := iter.Mapper[int, int]{MaxGoroutines: 2}
	return m.Map(xs, double)
}

func mapperMapErr(xs []int) ([]int, error) { // want `^function "mapperMapErr" should have //goroutinectx:spawner directive \(calls iter\.Mapper\.MapErr with func argument\)$`
	var m iter.Mapper[int, int]
	return m.MapErr(xs, doubleErr)
}

// Explicitly instantiated generic calls are identified by spawnerlabel (SPEC §3.0.2 exception).
func forEachInstantiated(xs []int) { // want `^function "forEachInstantiated" should have //goroutinectx:spawner directive \(calls iter\.ForEach with func argument\)$`
	iter.ForEach[int](xs, touch)
}

func mapInstantiated(xs []int) []int { // want `^function "mapInstantiated" should have //goroutinectx:spawner directive \(calls iter\.Map with func argument\)$`
	return iter.Map[int, int](xs, double)
}

func allFns() []int { // want `^function "allFns" should have //goroutinectx:spawner directive \(calls gotask\.DoAllFns with func argument\)$`
	return gotask.DoAllFns(context.Background(), answer)
}

func allFnsSettled() []gotask.Result[int] { // want `^function "allFnsSettled" should have //goroutinectx:spawner directive \(calls gotask\.DoAllFnsSettled with func argument\)$`
	return gotask.DoAllFnsSettled(context.Background(), answer, answer)
}

func raceFns() int { // want `^function "raceFns" should have //goroutinectx:spawner directive \(calls gotask\.DoRaceFns with func argument\)$`
	return gotask.DoRaceFns(context.Background(), func(c context.Context) int { return 1 })
}

// The packed variadic slice counts even when empty (SPEC §3.7 spawn call 1).
func allFnsEmpty() []int { // want `^function "allFnsEmpty" should have //goroutinectx:spawner directive \(calls gotask\.DoAllFns with func argument\)$`
	return gotask.DoAllFns[int](context.Background())
}

func asyncTask() { // want `^function "asyncTask" should have //goroutinectx:spawner directive \(calls gotask\.Task\.DoAsync with func argument\)$`
	ch := make(chan int, 1)
	gotask.NewTask(answer).DoAsync(context.Background(), ch)
}

func asyncCancelable() { // want `^function "asyncCancelable" should have //goroutinectx:spawner directive \(calls gotask\.CancelableTask\.DoAsync with func argument\)$`
	ch := make(chan int, 1)
	t := gotask.NewTask(answer).Cancelable()
	t.DoAsync(context.Background(), ch)
	t.Cancel()
}

// --- API calls that are no spawn calls: silent ---------------------------------------------

// DoAll / DoAllSettled / DoRace take tasks, not functions: never a spawn call.
func allTasks() []int {
	return gotask.DoAll(context.Background(), gotask.NewTask(answer))
}

func allTasksSettled() []gotask.Result[int] {
	return gotask.DoAllSettled(context.Background(), gotask.NewTask(answer), gotask.NewTask(answer))
}

func raceTasks() int {
	return gotask.DoRace(context.Background(), gotask.NewTask(func(c context.Context) int { return 2 }))
}

// NewTask receives a function but spawns nothing.
func onlyNewTask() *gotask.Task[int] { return gotask.NewTask(answer) }

// Other methods of the API types.
func groupNoGo() error {
	var grp errgroup.Group
	grp.SetLimit(2)
	return grp.Wait()
}

func poolNoGo() int {
	p := pool.New().WithMaxGoroutines(3)
	p.Wait()
	return p.MaxGoroutines()
}

func streamNoGo() { stream.New().WithMaxGoroutines(1).Wait() }

// --- marked functions (SPEC §3.7 "unnecessary" rule) ----------------------------------------

//goroutinectx:spawner
func hook(cb func()) { cb() } // silent: has a func parameter

//goroutinectx:spawner
func logOnly(msg string) { println(msg) } // want `^function "logOnly" has unnecessary //goroutinectx:spawner directive$`

//goroutinectx:spawner
func runAll(jobs ...func()) { // silent: a variadic ...func() parameter counts
	for _, j := range jobs {
		go j()
	}
}

//goroutinectx:spawner
func runSlice(jobs []func()) { // silent: a slice written as a slice of funcs counts
	for _, j := range jobs {
		go j()
	}
}

// jobList is a named slice type: a parameter of this type does not count.
type jobList []func()

//goroutinectx:spawner
func runList(jobs jobList) { // want `^function "runList" has unnecessary //goroutinectx:spawner directive$`
	for _, j := range jobs {
		go j()
	}
}

//goroutinectx:spawner
func runAny(v any) { // want `^function "runAny" has unnecessary //goroutinectx:spawner directive$`
	if f, ok := v.(func()); ok {
		go f()
	}
}

// job is a function type; its receiver is not a parameter for the "unnecessary" rule.
type job func()

//goroutinectx:spawner
func (j job) Run() { go j() } // want `^function "Run" has unnecessary //goroutinectx:spawner directive$`

//goroutinectx:spawner
func spawnsItself() error { // silent: marked and spawns
	var grp errgroup.Group
	grp.Go(rebuild)
	return grp.Wait()
}

// callback is a named function type: its underlying type is a signature, so it counts.
type callback func(int)

//goroutinectx:spawner
func withNamedFunc(cb callback) { go cb(1) } // silent

//goroutinectx:spawner
func returnsFunc() func() { return work } // want `^function "returnsFunc" has unnecessary //goroutinectx:spawner directive$`

type hooks struct{ onDone func() }

//goroutinectx:spawner
func withStruct(h hooks) { go h.onDone() } // want `^function "withStruct" has unnecessary //goroutinectx:spawner directive$`

// --- calls to marked functions (SPEC §3.7 spawn call 2) -------------------------------------

func callsHook() { // want `^function "callsHook" should have //goroutinectx:spawner directive \(calls hook with func argument\)$`
	hook(func() { work() })
}

func callsHookNamed() { hook(work) } // want `^function "callsHookNamed" should have //goroutinectx:spawner directive \(calls hook with func argument\)$`

func callsRunAll() { runAll(work, work) } // want `^function "callsRunAll" should have //goroutinectx:spawner directive \(calls runAll with func argument\)$`

func callsRunSlice() { runSlice([]func(){work}) } // want `^function "callsRunSlice" should have //goroutinectx:spawner directive \(calls runSlice with func argument\)$`

func callsWithNamedFunc() { withNamedFunc(show) } // want `^function "callsWithNamedFunc" should have //goroutinectx:spawner directive \(calls withNamedFunc with func argument\)$`

// The receiver of a marked method of a function type is a function-typed argument.
func callsJobRun(j job) { // want `^function "callsJobRun" should have //goroutinectx:spawner directive \(calls Run with func argument\)$`
	j.Run()
}

func callsLogOnly() { logOnly("x") } // silent: no function-typed argument

func callsRunAny() { runAny(func() {}) } // silent: the literal is converted to the any parameter

func callsSpawnsItself() { _ = spawnsItself() } // silent: marked, but no function-typed argument

func callsWithStruct() { withStruct(hooks{onDone: work}) } // silent: a struct is no function

func callsReturnsFunc() { returnsFunc()() } // silent: no argument; the result is not a spawner

// An unmarked function receiving a function is no spawner.
func callsHold() { hold(work) }
