package spawnerevil

import "context"

// badCallOtherTestFile: a function marked in another _test.go file of the package.
func badCallOtherTestFile(ctx context.Context) {
	markedInTest(func() { beat() }) // want `^markedInTest\(\) func argument should use context "ctx"$`
}
