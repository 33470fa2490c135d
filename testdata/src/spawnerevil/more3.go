package spawnerevil

import (
	"context"

	"spawnerevil/lib"
	l2 "spawnerevil/lib"
)

//goroutinectx:spawner
func (w (*Workers)) ParenGo(f func()) { go f() }

//goroutinectx:spawnerlabel-like text still starts with the directive (SPEC §6.3 "starts with")
func prefixMarked(f func()) { go f() }

// EmbAlias embeds through an alias; EmbLib embeds a pointer to a type of another package.
type EmbAlias struct{ WorkersAlias }
type EmbLib struct{ *lib.Pool }

func badMoreReceivers(ctx context.Context, w *Workers, ea EmbAlias, el EmbLib) {
	w.ParenGo(func() { beat() })     // want `^ParenGo\(\) func argument should use context "ctx"$`
	prefixMarked(func() { beat() })  // want `^prefixMarked\(\) func argument should use context "ctx"$`
	ea.Go(func() { beat() })         // want `^Go\(\) func argument should use context "ctx"$`
	el.Submit(func() { beat() })     // want `^Submit\(\) func argument should use context "ctx"$`
}

// DefByPtr is a defined type over a struct type with an embedded *Workers: the struct's
// promoted methods stay in its method set (Go spec, "Method sets").
type DefByPtr ByPtr

func badDefinedOverEmbedding(ctx context.Context, d DefByPtr) {
	d.Go(func() { beat() }) // want `^Go\(\) func argument should use context "ctx"$`
}

// goodNotScopes: a context result, or a parameter whose type merely contains
// context.Context, does not make a ctx scope (SPEC §0).
func goodResultOnly() (ctx context.Context) {
	runOne(func() { beat() })
	return
}

func goodFuncParam(g func(ctx context.Context), cs []context.Context, s struct{ c context.Context }) {
	runOne(func() { beat() })
}

// goodIfInitCapture: a context bound in an if statement's init is captured.
func goodIfInitCapture(ctx context.Context) {
	if c := ctx; c != nil {
		runOne(func() { _ = c })
	}
}

// badForeignReceivers: receivers obtained from a function and from package-level variables
// of another package, and a package imported under another name.
func badForeignReceivers(ctx context.Context) {
	lib.NewPool().Submit(func() { beat() })  // want `^Submit\(\) func argument should use context "ctx"$`
	lib.DefaultPool.Submit(func() { beat() }) // want `^Submit\(\) func argument should use context "ctx"$`
	lib.DefaultPool2.Submit(func() { beat() }) // want `^Submit\(\) func argument should use context "ctx"$`
	l2.Go(func() { beat() })                  // want `^Go\(\) func argument should use context "ctx"$`
}
