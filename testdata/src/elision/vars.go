// Package elision: the analysis reads only the function bodies that can hold a report, and
// falls back to the whole file when a question needs another body. Every case here has its
// answer in a body that holds no site (no `go`, no spawning API's name), which is left out of
// the first parse.
package elision

import (
	"context"
	"fmt"
)

// A package-level function variable, assigned in bodies that hold no site.
var work func()

func setupWork() {
	work = func() { fmt.Println("no context") }
}

func runWork(ctx context.Context) {
	go work() // want `goroutine does not propagate context "ctx"`
}

var ctxWork func()

var base context.Context

func setupCtxWork() {
	ctxWork = func() { _ = base }
}

func runCtxWork(ctx context.Context) {
	go ctxWork()
}

// Assigned in a tuple assignment whose target comes first.
var first, second func()

func setupTuple() {
	first, second = func() { fmt.Println("a") }, func() { _ = base }
}

func runTuple(ctx context.Context) {
	go first() // want `goroutine does not propagate context "ctx"`
	go second()
}

// Shadowed in the setup body: the package variable is never assigned there.
var shadowed func()

func setupShadowed() {
	shadowed := func() { fmt.Println("local") }
	shadowed()
}

func runShadowed(ctx context.Context) {
	go shadowed()
}

// A comment between the variable and `=`.
var commented func()

func setupCommented() {
	commented /* the worker */ = func() { fmt.Println("no context") }
}

func runCommented(ctx context.Context) {
	go commented() // want `goroutine does not propagate context "ctx"`
}
