package spawnerlabelevil

import . "github.com/sourcegraph/conc/stream"

// A generic alias of a func type (Go 1.24).
type handlerOf[T any] = func(T)

//goroutinectx:spawner
func paramGenericAlias(h handlerOf[int]) { _ = h } // silent: func(int)

// An alias of an alias of a func type.
type funcAlias2 = funcAlias1
type funcAlias1 = func() error

//goroutinectx:spawner
func paramAliasChain(f funcAlias2) { _ = f } // silent

// A dot-imported func type, unnamed parameter.
//
//goroutinectx:spawner
func paramDotTask(Task) {} // silent: stream.Task is a func type

// A dot-imported struct type.
//
//goroutinectx:spawner
func paramDotStream(s *Stream) { _ = s } // want `^function "paramDotStream" has unnecessary //goroutinectx:spawner directive$`

// A marked function with a named slice parameter: calls of it pass no function.
//
//goroutinectx:spawner
func runNamedSlice(js jobs) { _ = js } // want `^function "runNamedSlice" has unnecessary //goroutinectx:spawner directive$`

func callRunNamedSlice() { runNamedSlice(jobs{work}) }

// A marked function with a channel-of-funcs parameter.
//
//goroutinectx:spawner
func runChan(ch chan func()) { go (<-ch)() } // want `^function "runChan" has unnecessary //goroutinectx:spawner directive$`

func callRunChan() { runChan(make(chan func())) }

// A parameter whose func type has an error-implementing method still counts (underlying).
type failing func()

func (failing) Error() string { return "" }

//goroutinectx:spawner
func paramFailing(f failing) { _ = f } // silent

// ... but passing it to an error parameter converts it to an interface.
//
//goroutinectx:spawner
func takesError(err error) { _ = err } // want `^function "takesError" has unnecessary //goroutinectx:spawner directive$`

func callTakesError() { takesError(failing(work)) }
