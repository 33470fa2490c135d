package goroutinederiveand

import (
	"context"

	nr "github.com/example/newrelic"
)

// fakeTxn has a method with the deriver's name, on a type with another name.
type fakeTxn struct{}

func (fakeTxn) NewGoroutine() *nr.Transaction { return nil }

// Transaction has the right type and method names but lives in this package.
type Transaction struct{}

func (*Transaction) NewGoroutine() *nr.Transaction { return nil }

// goodImportAlias: the package is matched by import path, not by local name.
func goodImportAlias(ctx context.Context) {
	go func() {
		use(nr.NewContext(ctx, nr.FromContext(ctx).NewGoroutine()))
	}()
}

// badOtherTypeSameMethodName: the receiver's type is fakeTxn, not newrelic.Transaction.
func badOtherTypeSameMethodName(ctx context.Context) {
	go func() { // want `^goroutine should call github\.com/example/newrelic\.Transaction\.NewGoroutine\+github\.com/example/newrelic\.NewContext to derive context$`
		var f fakeTxn
		use(nr.NewContext(ctx, f.NewGoroutine()))
	}()
}

// badSameTypeNameOtherPackage: a local type named Transaction does not match the package.
func badSameTypeNameOtherPackage(ctx context.Context, local *Transaction) {
	go func() { // want `^goroutine should call github\.com/example/newrelic\.Transaction\.NewGoroutine\+github\.com/example/newrelic\.NewContext to derive context$`
		use(nr.NewContext(ctx, local.NewGoroutine()))
	}()
}

// badCapturedMethodValue: a method value bound outside the literal is captured: not followed.
func badCapturedMethodValue(ctx context.Context, txn *nr.Transaction) {
	ng := txn.NewGoroutine
	go func() { // want `^goroutine should call github\.com/example/newrelic\.Transaction\.NewGoroutine\+github\.com/example/newrelic\.NewContext to derive context$`
		use(nr.NewContext(ctx, ng()))
	}()
}

// badGroupSplitAcrossNestedGo: the method member only inside a nested go literal.
func badGroupSplitAcrossNestedGo(ctx context.Context, txn *nr.Transaction) {
	go func() { // want `^goroutine should call github\.com/example/newrelic\.Transaction\.NewGoroutine\+github\.com/example/newrelic\.NewContext to derive context$`
		c := nr.NewContext(ctx, txn)
		go func() { // want `^goroutine should call github\.com/example/newrelic\.Transaction\.NewGoroutine\+github\.com/example/newrelic\.NewContext to derive context$`
			use(c)
			txn.NewGoroutine().End()
		}()
	}()
}

// wrapped embeds the transaction: NewGoroutine is promoted.
type wrapped struct {
	*nr.Transaction
}

// goodPromotedMethod: a promoted method is the same static target (§4.2).
func goodPromotedMethod(ctx context.Context, w wrapped) {
	go func() {
		use(nr.NewContext(ctx, w.NewGoroutine()))
	}()
}
