package spawnerlabelevil

import (
	"sync"

	"golang.org/x/sync/errgroup"
)

// Forms of spawn calls (SPEC §3.7 rules 1 and 2). Static callees come from SSA, where
// parentheses around a callee are transparent (SPEC §3.0.2: spawnerlabel works from SSA
// static callees).

// A parenthesised method callee is the same static call.
func callParenSelector() { // want `^function "callParenSelector" should have //goroutinectx:spawner directive \(calls errgroup\.Group\.Go with func argument\)$`
	var grp errgroup.Group
	(grp.Go)(rebuild)
}

// A parenthesised marked function.
func callParenMarked() { // want `^function "callParenMarked" should have //goroutinectx:spawner directive \(calls hook with func argument\)$`
	(hook)(work)
}

// Spawn calls inside a composite literal, a struct field initialiser, a switch case.
type flags struct{ ok bool }

func callInStructField() { // want `^function "callInStructField" should have //goroutinectx:spawner directive \(calls errgroup\.Group\.TryGo with func argument\)$`
	var grp errgroup.Group
	_ = flags{ok: grp.TryGo(rebuild)}
}

func callInSwitchCase(b bool) { // want `^function "callInSwitchCase" should have //goroutinectx:spawner directive \(calls errgroup\.Group\.TryGo with func argument\)$`
	var grp errgroup.Group
	switch {
	case b:
	case grp.TryGo(rebuild):
	}
}

func callInReturn() bool { // want `^function "callInReturn" should have //goroutinectx:spawner directive \(calls errgroup\.Group\.TryGo with func argument\)$`
	var grp errgroup.Group
	return grp.TryGo(rebuild)
}

// A go statement whose call is an API call: checked as a call.
func callGoAPI() { // want `^function "callGoAPI" should have //goroutinectx:spawner directive \(calls errgroup\.Group\.Go with func argument\)$`
	var grp errgroup.Group
	go grp.Go(rebuild)
}

// Method expressions of marked methods: the receiver is argument 0.
func callMethodExprMarked(w *worker) { // want `^function "callMethodExprMarked" should have //goroutinectx:spawner directive \(calls Submit with func argument\)$`
	(*worker).Submit(w, work)
}

// A marked method promoted through embedding is the same method.
type team struct {
	*worker
	name string
}

func callPromotedMarked(t team) { // want `^function "callPromotedMarked" should have //goroutinectx:spawner directive \(calls Submit with func argument\)$`
	t.Submit(work)
}

type crew struct{ worker }

func callPromotedValueEmbed(c *crew) { // want `^function "callPromotedValueEmbed" should have //goroutinectx:spawner directive \(calls Submit with func argument\)$`
	c.Submit(work)
}

// An API receiver through a type alias.
type groupAlias = errgroup.Group

func callAliasReceiver() { // want `^function "callAliasReceiver" should have //goroutinectx:spawner directive \(calls errgroup\.Group\.TryGo with func argument\)$`
	var g groupAlias
	g.TryGo(rebuild)
}

// An API receiver returned by a function.
func newGroup() *errgroup.Group { return new(errgroup.Group) }

func callChained() { // want `^function "callChained" should have //goroutinectx:spawner directive \(calls errgroup\.Group\.Go with func argument\)$`
	newGroup().Go(rebuild)
}

// An API receiver from a map or slice element.
func callIndexedReceiver(gs map[string]*errgroup.Group) { // want `^function "callIndexedReceiver" should have //goroutinectx:spawner directive \(calls errgroup\.Group\.Go with func argument\)$`
	gs["a"].Go(rebuild)
}

// A variadic marked function called with a spread slice: the slice is the func argument.
func callSpread(fs []func()) { // want `^function "callSpread" should have //goroutinectx:spawner directive \(calls runAll with func argument\)$`
	runAll(fs...)
}

// A marked function with a variadic ...any parameter: the packed []any is no function.
//
//goroutinectx:spawner
func anyVariadic(vs ...any) { _ = vs } // want `^function "anyVariadic" has unnecessary //goroutinectx:spawner directive$`

func callAnyVariadic() { anyVariadic(work, func() {}) }

// Marked function whose parameter is a type parameter: the instance's parameter is func().
//
//goroutinectx:spawner
func eachGeneric[F any](f F) { _ = f } // want `^function "eachGeneric" has unnecessary //goroutinectx:spawner directive$`

// Interface method with a marked implementation behind an interface value.
type submitter interface{ Submit(func()) }

func callViaIface() {
	var s submitter = &worker{}
	s.Submit(work)
}

// A function value stored in a package-level variable: a dynamic call.
var hookVar = hook

func callPackageVar() { hookVar(work) }

// A function value from a struct field.
type holder struct{ run func(func()) }

func callField() {
	h := holder{run: hook}
	h.run(work)
}

// A marked function passed as a value is not called.
func callPassMarked() { hold2(hook) }

func hold2(func(func())) {}

// A marked function receiving nothing function-typed (the receiver is a *worker).
//
//goroutinectx:spawner
func (w *worker) Reset() { w.n = 0 } // want `^function "Reset" has unnecessary //goroutinectx:spawner directive$`

func callReset(w *worker) { w.Reset() }

// A named slice receiver of functions is no function argument.
type jobs []func()

//goroutinectx:spawner
func (js jobs) RunAll() { // want `^function "RunAll" has unnecessary //goroutinectx:spawner directive$`
	for _, j := range js {
		go j()
	}
}

func callJobsRunAll(js jobs) { js.RunAll() }

// The spawn call is in a deferred closure that captures.
func callDeferClosure() { // want `^function "callDeferClosure" should have //goroutinectx:spawner directive \(calls sync\.WaitGroup\.Go with func argument\)$`
	var wg sync.WaitGroup
	defer func() { wg.Go(work) }()
}

// The spawn call is in a deferred closure capturing nothing: invoked, searched.
func callDeferPlainClosure() { // want `^function "callDeferPlainClosure" should have //goroutinectx:spawner directive \(calls sync\.WaitGroup\.Go with func argument\)$`
	defer func() {
		var wg sync.WaitGroup
		wg.Go(work)
	}()
}

// A go statement's literal capturing nothing, with a spawn in its arguments.
func callGoLiteralArg() { // want `^function "callGoLiteralArg" should have //goroutinectx:spawner directive \(calls errgroup\.Group\.TryGo with func argument\)$`
	var grp errgroup.Group
	go func(bool) {
		var wg sync.WaitGroup
		wg.Go(work)
	}(grp.TryGo(rebuild))
}

// A go statement's literal capturing nothing, nested in an IIFE: still not searched.
func callGoInIIFE() {
	func() {
		go func() {
			var wg sync.WaitGroup
			wg.Go(work)
		}()
	}()
}

// A go statement's literal that captures a variable of the invoked parent literal.
func callGoCapturesParent() { // want `^function "callGoCapturesParent" should have //goroutinectx:spawner directive \(calls sync\.WaitGroup\.Go with func argument\)$`
	func() {
		var wg sync.WaitGroup
		go func() { wg.Go(work) }()
	}()
}

// A literal passed to a non-marked function, capturing nothing: not searched.
func callPassedPlain() {
	hold(func() {
		var grp errgroup.Group
		grp.Go(rebuild)
	})
}

// The capturing literal's variable is only the package-level one.
func callPkgVarOnly() {
	go func() { pkgWG.Go(work) }()
}
