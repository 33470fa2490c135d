package spawnerlabelevil_test

import (
	"sync"
	"testing"

	"spawnerlabelevil"
)

// External test package: a separate package. Its own API calls are spawn calls.
func TestExternal(t *testing.T) { // want `^function "TestExternal" should have //goroutinectx:spawner directive \(calls sync\.WaitGroup\.Go with func argument\)$`
	var wg sync.WaitGroup
	wg.Go(func() { t.Log("x") })
	wg.Wait()
	_ = spawnerlabelevil.Exported
}

// Calling a function marked in the package under test is a cross-package spawn call (SPEC
// §12.2, -cross-package-spawners defaults to true).
func TestExternalHook(t *testing.T) { // want `^function "TestExternalHook" should have //goroutinectx:spawner directive \(calls Exported with func argument\)$`
	spawnerlabelevil.Exported(func() {})
}
