package goroutine

import "context"

// badCrossFileFactory: the factory in another file returns a literal without a context.
func badCrossFileFactory(ctx context.Context) {
	go crossTicker("a")() // want `^goroutine does not propagate context "ctx"$`
}

// goodCrossFileFactoryMentionsCtx: its returned literal mentions a package-level context.
func goodCrossFileFactoryMentionsCtx(ctx context.Context) {
	go crossCtxUser()()
}

// goodCrossFileFactoryOwnCtx: a factory with a context parameter passes (and the argument
// mentions ctx anyway).
func goodCrossFileFactoryOwnCtx(ctx context.Context) {
	go crossOwnCtx(ctx)()
}
