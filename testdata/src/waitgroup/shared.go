package waitgroup

// Package-level callbacks for the identifier row of the callback rule (P4): a variable is
// traced through the assignment statements of the file that declares it, this one.

// sharedJob is assigned below to a literal without a context (traced: reported at use).
var sharedJob func()

// sharedCtxJob is assigned below to a literal mentioning the package-level context (P3).
var sharedCtxJob func()

// foreignJob is declared here but assigned only in advanced.go: untraceable (pass).
var foreignJob func()

func init() {
	sharedJob = func() { work() }
	sharedCtxJob = func() { use(pkgCtx) }
}
