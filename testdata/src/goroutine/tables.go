package goroutine

import "context"

// Package-level tables: a composite literal in a `var` initialiser that holds no `go`
// statement and no spawn call is left out of the parse (a test file's table of cases is
// often most of the file); one that holds a site is read as any code.

type tableCase struct {
	name  string
	input []string
	check func(t int) bool
}

// A table with no site: nothing in it can report.
var plainCases = []tableCase{
	{name: "empty", input: nil},
	{name: "one", input: []string{"a"}, check: func(t int) bool { return t > 0 }},
	{name: "two", input: []string{"a", "b"}},
}

// A table whose function literals take a context and spawn: each goroutine is judged.
var spawningCases = []struct {
	name string
	run  func(ctx context.Context)
}{
	{name: "bad", run: func(ctx context.Context) {
		go func() { // want `^goroutine does not propagate context "ctx"$`
			work(1)
		}()
	}},
	{name: "good", run: func(ctx context.Context) {
		go func() {
			use(ctx)
		}()
	}},
}

var tableHooks = hooks{name: "db", onStop: func() { work(1) }}

// goodPackageLevelFieldLiteral: P8 reads assignment statements; a package-level `var`
// initialiser is a declaration, so `tableHooks.onStop` is not backed by one: pass.
func goodPackageLevelFieldLiteral(ctx context.Context) {
	go tableHooks.onStop()
}

// badAfterTable: a goroutine after the tables is still reported.
func badAfterTable(ctx context.Context) {
	for range plainCases {
		go func() { // want `^goroutine does not propagate context "ctx"$`
			work(len(spawningCases))
		}()
	}
}
