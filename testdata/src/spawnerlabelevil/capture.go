package spawnerlabelevil

import (
	"sync"
	"unsafe"

	"github.com/sourcegraph/conc/iter"
	"golang.org/x/sync/errgroup"
)

// The capture rule (SPEC §3.7): a literal is searched, uncalled, only if it captures a
// variable of an enclosing function (a free variable in SSA). Go folds some references into
// constants (SPEC §11.13): they leave no free variable.

// len of a local array is a constant: the literal captures nothing.
func captureLenArray() {
	var arr [3]int
	_ = arr
	_ = func() {
		_ = len(arr)
		var wg sync.WaitGroup
		wg.Go(work)
	}
}

// cap of a pointer to an array is a constant too.
func captureCapArrayPtr() {
	p := new([4]int)
	_ = p
	_ = func() {
		_ = cap(p)
		var grp errgroup.Group
		grp.Go(rebuild)
	}
}

// unsafe.Sizeof is a constant.
func captureSizeof() {
	var n int64
	_ = n
	_ = func() {
		_ = unsafe.Sizeof(n)
		var wg sync.WaitGroup
		wg.Go(work)
	}
}

// len of a local slice is no constant: captured, searched.
func captureLenSlice() { // want `^function "captureLenSlice" should have //goroutinectx:spawner directive \(calls sync\.WaitGroup\.Go with func argument\)$`
	var xs []int
	_ = func() {
		_ = len(xs)
		var wg sync.WaitGroup
		wg.Go(work)
	}
}

// A local constant or local type is no variable.
func captureLocalConstAndType() {
	const limit = 3
	type pair struct{ a, b int }
	_ = func() {
		_ = pair{a: limit}
		var wg sync.WaitGroup
		wg.Go(work)
	}
}

// Struct literal keys are field names, even when a local variable has the same name.
func captureStructKeyLocalType() {
	type pair struct{ a int }
	a := 1
	_ = a
	_ = func() {
		_ = pair{a: 2}
		var wg sync.WaitGroup
		wg.Go(work)
	}
}

// ... also in an elided inner literal of a slice or map literal.
func captureStructKeyElided() {
	type pair struct{ a int }
	a := 1
	_ = a
	_ = func() {
		_ = []pair{{a: 2}}
		_ = map[string]pair{"k": {a: 3}}
		_ = []*pair{{a: 4}}
		var wg sync.WaitGroup
		wg.Go(work)
	}
}

// ... and for a struct of another package (conc's iter.Iterator has MaxGoroutines).
func captureStructKeyOtherPkg() {
	MaxGoroutines := 2
	_ = MaxGoroutines
	_ = func() {
		it := iter.Iterator[int]{MaxGoroutines: 1}
		it.ForEach(nil, touch)
	}
}

// ... and through an alias of a struct type, and an anonymous struct type.
type pairAlias = worker

func captureStructKeyAlias() {
	n := 1
	_ = n
	_ = func() {
		_ = pairAlias{n: 2}
		_ = struct{ n int }{n: 3}
		var wg sync.WaitGroup
		wg.Go(work)
	}
}

// A map literal key is an expression: the local variable is captured.
func captureMapKey() { // want `^function "captureMapKey" should have //goroutinectx:spawner directive \(calls sync\.WaitGroup\.Go with func argument\)$`
	k := "x"
	_ = func() {
		_ = map[string]int{k: 1}
		var wg sync.WaitGroup
		wg.Go(work)
	}
}

// A package-level variable is no capture, even when written to.
func capturePackageWrite() {
	_ = func() {
		pkgWG = sync.WaitGroup{}
		pkgWG.Go(work)
	}
}

// A capture in unreachable code of the literal still makes it a closure.
func captureUnreachableRef() { // want `^function "captureUnreachableRef" should have //goroutinectx:spawner directive \(calls sync\.WaitGroup\.Go with func argument\)$`
	n := 1
	_ = func() {
		var wg sync.WaitGroup
		wg.Go(work)
		return
		show(n)
	}
}

// Writing to a local of the enclosing function is a capture.
func captureWriteOnly() { // want `^function "captureWriteOnly" should have //goroutinectx:spawner directive \(calls errgroup\.Group\.Go with func argument\)$`
	var done bool
	_ = func() {
		done = true
		var grp errgroup.Group
		grp.Go(rebuild)
	}
	_ = done
}

// The receiver and a named result are variables of the enclosing function.
func (w *worker) captureReceiver() { // want `^function "captureReceiver" should have //goroutinectx:spawner directive \(calls sync\.WaitGroup\.Go with func argument\)$`
	_ = func() {
		w.n++
		var wg sync.WaitGroup
		wg.Go(work)
	}
}

func captureNamedResult() (err error) { // want `^function "captureNamedResult" should have //goroutinectx:spawner directive \(calls errgroup\.Group\.Go with func argument\)$`
	_ = func() {
		var grp errgroup.Group
		grp.Go(rebuild)
		err = grp.Wait()
	}
	return
}

// A parameter of an enclosing (invoked) literal, captured by a nested literal.
func captureOuterLiteralParam() { // want `^function "captureOuterLiteralParam" should have //goroutinectx:spawner directive \(calls sync\.WaitGroup\.Go with func argument\)$`
	func(n int) {
		_ = func() {
			show(n)
			var wg sync.WaitGroup
			wg.Go(work)
		}
	}(1)
}

// The nested literal captures only the parameter of its non-invoked parent literal, which
// itself captures nothing: not searched (SPEC §3.7 example with mk).
func captureParentParamUninvoked() {
	_ = func(n int) {
		_ = func() {
			show(n)
			var wg sync.WaitGroup
			wg.Go(work)
		}
	}
}

// A shadowing declaration inside the literal is the literal's own variable.
func captureShadowed() {
	wg := 0
	_ = wg
	_ = func() {
		var wg sync.WaitGroup
		wg.Go(work)
	}
}

// A variable declared in the literal's own if/for header is its own.
func captureOwnHeader() {
	_ = func() {
		for i := 0; i < 1; i++ {
			var wg sync.WaitGroup
			wg.Go(func() { show(i) })
		}
	}
}

// A method value on a local variable captures it (plain is not marked).
func captureMethodValue() { // want `^function "captureMethodValue" should have //goroutinectx:spawner directive \(calls sync\.WaitGroup\.Go with func argument\)$`
	var w worker
	_ = func() {
		f := w.plain
		_ = f
		var wg sync.WaitGroup
		wg.Go(work)
	}
}

// A label of the enclosing function cannot be referenced; a goto inside the literal uses its own.
func captureOwnLabel() {
	_ = func() {
		goto end
	end:
		var wg sync.WaitGroup
		wg.Go(work)
	}
}

// len of an array field reached through a local struct pointer is a constant as well (no
// calls, no receives), and so is unsafe.Alignof.
func captureLenFieldArray() {
	p := &struct{ arr [2]int }{}
	_ = p
	_ = func() {
		_ = len(p.arr)
		var wg sync.WaitGroup
		wg.Go(work)
	}
}

func captureAlignof() {
	var x int32
	_ = x
	_ = func() {
		_ = unsafe.Alignof(x)
		var wg sync.WaitGroup
		wg.Go(work)
	}
}

// An array type whose length is len of a local array.
func captureArrayLenType() {
	var arr [2]int
	_ = arr
	_ = func() {
		var buf [len(arr)]byte
		_ = buf
		var wg sync.WaitGroup
		wg.Go(work)
	}
}
