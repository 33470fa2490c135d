package spawnerevil

import "context"

// markedInTest is declared and marked in an in-package _test.go file: the test-augmented
// package is one unit (SPEC §1.1), so calls from non-test files see the mark.
//
//goroutinectx:spawner
func markedInTest(f func()) { go f() }

// badCallFromTestFile: test files are analysed like the others.
func badCallFromTestFile(ctx context.Context) {
	runOne(func() { beat() })       // want `^runOne\(\) func argument should use context "ctx"$`
	markedInTest(func() { beat() }) // want `^markedInTest\(\) func argument should use context "ctx"$`
	//goroutinectx:ignore spawner
	markedInTest(func() { beat() })
}

// ExportedInTest is marked in an in-package test file and exported to the external test
// package (the export_test.go pattern): xtest_test.go imports the test-augmented package.
//
//goroutinectx:spawner
func ExportedInTest(f func()) { go f() }
