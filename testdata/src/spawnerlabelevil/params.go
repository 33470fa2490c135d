package spawnerlabelevil

import (
	"context"
	"iter"
	"net/http"

	"github.com/sourcegraph/conc/stream"
)

// The "unnecessary" rule's parameter test (SPEC §3.7): a parameter counts if its type's
// underlying type is a signature, or it is a slice written as a slice of such.

// Function types of other packages.
//
//goroutinectx:spawner
func paramCancelFunc(cancel context.CancelFunc) { cancel() } // silent: underlying is func()

//goroutinectx:spawner
func paramHandlerFunc(h http.HandlerFunc) { _ = h } // silent

// An interface type of another package (context's, which the embedded stubs know even
// without a GOROOT).
//
//goroutinectx:spawner
func paramContextIface(c context.Context) { _ = c } // want `^function "paramContextIface" has unnecessary //goroutinectx:spawner directive$`

//goroutinectx:spawner
func paramStreamTask(t stream.Task) { _ = t } // silent: stream.Task is a func type

//goroutinectx:spawner
func paramSeq(s iter.Seq[int]) { _ = s } // silent: iter.Seq[int] is a generic func type

//goroutinectx:spawner
func paramSeqSlice(ss []iter.Seq2[int, int]) { _ = ss } // silent: slice of a func type

// A predeclared interface type.
//
//goroutinectx:spawner
func paramErrorIface(e error) { _ = e } // want `^function "paramErrorIface" has unnecessary //goroutinectx:spawner directive$`

// A local generic func type instantiated.
type visitor[T any] func(T)

//goroutinectx:spawner
func paramGenericFuncType(v visitor[int]) { _ = v } // silent

// A type parameter constrained to a func type: its underlying type is the constraint
// interface, no signature.
//
//goroutinectx:spawner
func paramTypeParamFunc[F ~func()](f F) { f() } // want `^function "paramTypeParamFunc" has unnecessary //goroutinectx:spawner directive$`

// A variadic parameter of a named func type.
//
//goroutinectx:spawner
func paramVariadicNamed(cbs ...callbackInt) { _ = cbs } // silent

type callbackInt func(int)

// A variadic parameter of slices of funcs: the packed [][]func() is no slice of funcs.
//
//goroutinectx:spawner
func paramVariadicSlices(fss ...[]func()) { _ = fss } // want `^function "paramVariadicSlices" has unnecessary //goroutinectx:spawner directive$`

// Parenthesised func types.
//
//goroutinectx:spawner
func paramParenFunc(f (func())) { _ = f } // silent

//goroutinectx:spawner
func paramSliceParenFunc(fs [](func())) { _ = fs } // silent

// A func type declared after its use, in another declaration group.
//
//goroutinectx:spawner
func paramLaterType(l laterFunc) { _ = l } // silent

type (
	laterFunc  func() error
	laterIface interface{ M() }
)

//goroutinectx:spawner
func paramLaterIface(l laterIface) { _ = l } // want `^function "paramLaterIface" has unnecessary //goroutinectx:spawner directive$`

// A named func type whose underlying type is another named func type.
type chained callbackInt

//goroutinectx:spawner
func paramChained(c chained) { _ = c } // silent

// A func-typed parameter after other parameters, grouped.
//
//goroutinectx:spawner
func paramGrouped(a, b int, f, g func(int) int) { _, _, _, _ = a, b, f, g } // silent

// Results of function type do not count.
//
//goroutinectx:spawner
func paramOnlyResults() (func(), func() error) { return nil, nil } // want `^function "paramOnlyResults" has unnecessary //goroutinectx:spawner directive$`

// A struct parameter with a func field does not count; nor an interface{ func() }-ish any.
//
//goroutinectx:spawner
func paramStructFunc(s struct{ f func() }) { _ = s } // want `^function "paramStructFunc" has unnecessary //goroutinectx:spawner directive$`
