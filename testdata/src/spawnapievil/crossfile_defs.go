package spawnapievil

import "context"

// Declarations used by crossfile.go: factories and callback variables declared in another file
// of the package.

// otherFileFactory returns a context-free literal.
func otherFileFactory() func() error { return func() error { return work(1) } }

// otherFileCtxFactory has a context parameter.
func otherFileCtxFactory(c context.Context) func() error { return func() error { return work(2) } }

// otherFilePkgCtxFactory's literal mentions a package-level context.
func otherFilePkgCtxFactory() func() error { return func() error { return useErr(pkgGroupCtx) } }

// otherFileHook is assigned a context-free literal in this (its declaring) file.
var otherFileHook func() error

func init() { otherFileHook = func() error { return work(3) } }

// otherFileVarFactory is declared with `var x = func…`: never collected by LastLit.
var otherFileVarFactory = func() func() error { return func() error { return work(4) } }

// otherFileVisit is assigned in crossfile.go only (not its declaring file).
var otherFileVisit func(*int)
