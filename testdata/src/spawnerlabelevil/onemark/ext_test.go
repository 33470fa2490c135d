package onemark_test

import (
	"testing"

	"spawnerlabelevil/onemark"
)

// Another package: cross-package directives count by default (SPEC §12.2).
func TestExternalRun(t *testing.T) { onemark.Run(func() {}) } // want `^function "TestExternalRun" should have //goroutinectx.spawner directive \(calls Run with func argument\)$`
