package spawnerevil_test

import (
	"context"

	"spawnerevil"
)

func beat() {}

// badExternalTest: an external test package calls marked functions and methods of the
// package under test; directives are honoured across packages by default (SPEC §12.2).
func badExternalTest(ctx context.Context, w *spawnerevil.Workers) {
	spawnerevil.SpawnF(func() { beat() }) // want `^SpawnF\(\) func argument should use context "ctx"$`
	w.Go(func() { beat() })               // want `^Go\(\) func argument should use context "ctx"$`
	w.Go(func() { _ = ctx })
	var b spawnerevil.ByValue
	b.Dispatch("x", func() { beat() }) // want `^Dispatch\(\) func argument should use context "ctx"$`
	//goroutinectx:ignore spawner
	w.Go(func() { beat() })
}

// badExportedFromTestFile: the marked function is declared in an in-package _test.go file;
// the external test package sees the test-augmented package.
func badExportedFromTestFile(ctx context.Context) {
	spawnerevil.ExportedInTest(func() { beat() }) // want `^ExportedInTest\(\) func argument should use context "ctx"$`
}
