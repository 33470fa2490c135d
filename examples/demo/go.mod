module example.com/demo

go 1.25

require (
	github.com/sourcegraph/conc v0.3.0
	golang.org/x/sync v0.10.0
)
