package spawnapievil

import (
	"context"

	"github.com/sourcegraph/conc/iter"
	"github.com/sourcegraph/conc/pool"
	"golang.org/x/sync/errgroup"
)

// ---------------------------------------------------------------------------
// P4 Trace / P8 FieldLit / P9 IndexLit: which statements are collected.
// ---------------------------------------------------------------------------

// goodParenthesisedLHSNotCollected: `(f) = func…` has no identifier on the left: not
// collected, the trace is empty: pass.
func goodParenthesisedLHSNotCollected(ctx context.Context, g *errgroup.Group) {
	var f func() error
	(f) = func() error { return work(1) }
	g.Go(f)
}

// goodParenthesisedRHSNotCollected: `f = (func…)` is not directly a literal: not collected.
func goodParenthesisedRHSNotCollected(ctx context.Context, g *errgroup.Group) {
	var f func() error
	f = (func() error { return work(1) })
	g.Go(f)
}

// badParenthesisedEntryIgnoredOthersCount: the parenthesised assignment is skipped, the plain
// one is collected and fails.
func badParenthesisedEntryIgnoredOthersCount(ctx context.Context, g *errgroup.Group) {
	f := func() error { return work(1) }
	f = (func() error { return useErr(ctx) })
	g.Go(f) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
}

// sameNameOtherFunction declares its own f with a context-free literal.
func sameNameOtherFunction() {
	f := func() error { return work(1) }
	_ = f
}

// goodSameNameInOtherFunctionIgnored: only assignments to the very same variable count.
func goodSameNameInOtherFunctionIgnored(ctx context.Context, g *errgroup.Group) {
	f := func() error { return useErr(ctx) }
	g.Go(f)
}

// goodInnerBlockShadowIgnored: the inner f is another variable.
func goodInnerBlockShadowIgnored(ctx context.Context, g *errgroup.Group) {
	f := func() error { return useErr(ctx) }
	{
		f := func() error { return work(1) }
		_ = f
	}
	g.Go(f)
}

// badIfInitAssignmentIsConditional: the if statement is an ancestor of its init statement:
// the assignment there is conditional, so the last unconditional entry is the first,
// context-free one, and both are checked.
func badIfInitAssignmentIsConditional(ctx context.Context, g *errgroup.Group) {
	f := func() error { return work(1) }
	if f = func() error { return useErr(ctx) }; f != nil {
	}
	g.Go(f) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
}

// goodAssignmentInsideGoStatementIsUnconditional: no if/for/switch/select ancestor.
func goodAssignmentInsideGoStatementIsUnconditional(ctx context.Context, g *errgroup.Group) {
	f := func() error { return work(1) }
	func() {
		f = func() error { return useErr(ctx) }
	}()
	g.Go(f)
}

// badParameterReassigned: a parameter is a variable; its literal assignment is traced.
func badParameterReassigned(ctx context.Context, g *errgroup.Group, cb func() error) {
	cb = func() error { return work(1) }
	g.Go(cb) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
}

// goodVarDeclStructNotFieldTraced: `var h = hooks{…}` is a declaration, not an assignment
// statement: P8 finds nothing: pass.
func goodVarDeclStructNotFieldTraced(ctx context.Context, g *errgroup.Group) {
	var h = hooks{run: func() error { return work(1) }}
	g.Go(h.run)
}

// goodVarDeclSliceNotIndexTraced: the same for P9.
func goodVarDeclSliceNotIndexTraced(ctx context.Context, g *errgroup.Group) {
	var steps = []func() error{func() error { return work(1) }}
	g.Go(steps[0])
}

// goodPositionalStructLiteralNotFieldTraced: P8 needs a KEYED element `run: …`.
func goodPositionalStructLiteralNotFieldTraced(ctx context.Context, g *errgroup.Group) {
	h := hooks{func() error { return work(1) }}
	g.Go(h.run)
}

// goodNestedFieldOperandNotIdentifier: `o.h.run` has a selector operand: pass.
type outerHooks struct{ h hooks }

func goodNestedFieldOperandNotIdentifier(ctx context.Context, g *errgroup.Group) {
	o := outerHooks{h: hooks{run: func() error { return work(1) }}}
	g.Go(o.h.run)
}

// badKeyedFieldInMultiAssign: the composite literal at v's index of a multi-assignment.
func badKeyedFieldInMultiAssign(ctx context.Context, g *errgroup.Group) {
	n, h := 1, hooks{run: func() error { return work(1) }}
	_ = n
	g.Go(h.run) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
}

// goodIndexOutOfRange: element 3 does not exist: pass.
func goodIndexOutOfRange(ctx context.Context, xs []int) {
	visits := []func(*int){func(x *int) { _ = work(*x) }}
	iter.ForEach(xs, visits[3])
}

// badIndexOfArrayLiteral: arrays are composite literals too.
func badIndexOfArrayLiteral(ctx context.Context) {
	tasks := [2]func(){func() { use(ctx) }, func() { _ = work(1) }}
	p := pool.New()
	p.Go(tasks[1]) // want `^pool\.Pool\.Go\(\) closure should use context "ctx"$`
	p.Wait()
}

// goodTracedSelectorMentionOfCtxField: a traced literal mentioning `r.ctx` passes (P3).
func goodTracedSelectorMentionOfCtxField(ctx context.Context, r request, xs []int) {
	visit := func(x *int) { _ = r.ctx }
	iter.ForEach(xs, visit)
}

// badTracedDirectUseOnlyInNestedGo: a traced literal's flat body excludes nested go literals.
func badTracedDirectUseOnlyInNestedGo(ctx context.Context, g *errgroup.Group) {
	f := func() error {
		go func() { use(ctx) }()
		return nil
	}
	g.Go(f) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
}

// badFieldFirstAssignmentWithTheKey: the first literal assignment has no `run` element; the
// first one WITH it supplies the literal.
func badFieldFirstAssignmentWithTheKey(ctx context.Context, g *errgroup.Group) {
	h := hooks{}
	h = hooks{run: func() error { return work(1) }}
	g.Go(h.run) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
}

// badIndexFirstAssignmentWithTheElement: the first assignment has no element 0.
func badIndexFirstAssignmentWithTheElement(ctx context.Context, g *errgroup.Group) {
	steps := []func() error{}
	steps = []func() error{func() error { return work(1) }}
	g.Go(steps[0]) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
}

// goodFieldFirstWithKeyUsesCtx: the first keyed literal uses ctx; later ones do not count.
func goodFieldFirstWithKeyUsesCtx(ctx context.Context, g *errgroup.Group) {
	h := hooks{run: func() error { return useErr(ctx) }}
	h = hooks{}
	h = hooks{run: func() error { return work(1) }}
	g.Go(h.run)
}
