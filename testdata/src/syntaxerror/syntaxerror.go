// Package syntaxerror shows that a file with a syntax error is reported once, at its first
// error, and that the rest of the package is still loaded.
package syntaxerror

import "context"

func broken(ctx context.Context) {
	x := // want `^syntax error: missing identifier$`
}

// A second error in the same file is not reported again.
func alsoBroken() {
	y := )
}
