package spawnerlabelevilnox_test

import (
	"testing"

	"spawnerlabelevilnox"
)

// The external test package is another package: Marked's directive does not count here.
func TestMarked(t *testing.T) { spawnerlabelevilnox.Marked(func() {}) }
