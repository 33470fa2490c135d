package nomark

import (
	"sync"

	"golang.org/x/sync/errgroup"
)

// Spawn names that are no spawn call: fields named like APIs, read, compared, indexed,
// sliced, assigned to a field or to a variable never called, passed on; words of comments
// (Go 1.23, "Go source files"). The file prefilter and the body pre-check pass over them;
// a method value assigned and called, even through another variable, is found.

type modFile struct {
	Go  *goVersion
	Map map[string]int
}

type goVersion struct{ Version string }

type named struct{ Go []byte }

func fieldReads(f *modFile, n *named, m *modFile) bool {
	// Go 1.23 and later require a go line.
	if f.Go != nil && f.Go.Version != "" {
		n.Go[0] = 'x'
		_ = n.Go[:len(n.Go)-1]
	}
	version := f.Go
	m.Go = f.Go
	println("%s", n.Go)
	if x := m.Map; x != nil {
		return version == nil
	}
	return false
}

// Assigned to a variable that is never called: the value is only read.
func valueNeverCalled(wg *sync.WaitGroup) bool {
	run := wg.Go
	return run != nil
}

// Assigned, then called through a second variable on a later line.
func valueThroughTwo(g *errgroup.Group) { // want `^function "valueThroughTwo" should have //goroutinectx.spawner directive \(calls errgroup\.Group\.Go with func argument\)$`
	run := g.Go
	again := run

	again(func() error { return nil })
}

// A string holding brackets and `=` before the value: the value is still assigned.
func valueAfterString(wg *sync.WaitGroup) { // want `^function "valueAfterString" should have //goroutinectx.spawner directive \(calls sync\.WaitGroup\.Go with func argument\)$`
	label, run := "([{=", wg.Go
	println(label)
	run(func() {})
}

// An element of a field named Go, called: an index, no instantiation of the API.
type jobs struct{ Go []func() }

func elementCalled(j jobs) {
	j.Go[0]()
}
