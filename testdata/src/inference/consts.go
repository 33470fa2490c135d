package inference

import (
	"context"

	"inference/log"
)

const localName = "inference"

// badConstOtherPackage: a constant is never a context, typed or not.
func badConstOtherPackage(ctx context.Context) {
	lvl := log.Info
	name := log.Name
	go func() { _, _ = lvl, name }() // want `^goroutine does not propagate context "ctx"$`
}

// badConstThisPackage: constants of this package, at package level and local.
func badConstThisPackage(ctx context.Context) {
	const n = 3
	a, b := localName, n
	go func() { _, _ = a, b }() // want `^goroutine does not propagate context "ctx"$`
}

// goodConstAndContext: capturing the context as well passes.
func goodConstAndContext(ctx context.Context) {
	lvl := log.Debug
	go func() { _, _ = lvl, ctx }()
}
