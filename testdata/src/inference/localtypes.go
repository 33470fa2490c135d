package inference

import (
	"context"

	"inference/log"
)

// badLocalStructField: s.p has the declared field type, *log.Entry.
func badLocalStructField(ctx context.Context) {
	type set struct{ p, q *log.Entry }
	var sets []set
	for _, s := range sets {
		p := s.p
		go func() { p.Info("") }() // want `^goroutine does not propagate context "ctx"$`
	}
}

// badLocalStructPointer: fields through a pointer to a local struct.
func badLocalStructPointer(ctx context.Context) {
	type box struct{ n int }
	b := &box{n: 1}
	n := b.n
	go func() { _ = n }() // want `^goroutine does not propagate context "ctx"$`
}

// goodLocalStructContextField: a field of context type is a context.
func goodLocalStructContextField(ctx context.Context) {
	type job struct {
		c    context.Context
		name string
	}
	j := job{c: ctx, name: "x"}
	c := j.c
	go func() { _ = c }()
}

// goodLocalStructEmbedded: a promoted field of an embedded struct is not modelled for local
// types: its type is unknown, so nothing is reported (here it is a context).
func goodLocalStructEmbedded(ctx context.Context) {
	type wrapped struct {
		log.Holder
		n int
	}
	w := wrapped{Holder: log.Holder{Ctx: ctx}}
	c := w.Ctx
	go func() { _ = c }()
}

// goodLocalDefinedFromNamed: a local type defined from a named struct has its fields.
func goodLocalDefinedFromNamed(ctx context.Context) {
	type h log.Holder
	v := h{Ctx: ctx}
	c := v.Ctx
	go func() { _ = c }()
}

// badLocalDefinedFromNamed: the same, with a non-context field.
func badLocalDefinedFromNamed(ctx context.Context) {
	type pair struct{ a, b int }
	type other pair
	var o other
	a := o.a
	go func() { _ = a }() // want `^goroutine does not propagate context "ctx"$`
}

// goodShadowedLocalTypes: two local types of one name in different functions are different
// types; each has its own fields.
func goodShadowedLocalTypes(ctx context.Context) {
	type t struct{ v context.Context }
	x := t{v: ctx}
	v := x.v
	go func() { _ = v }()
}

func badShadowedLocalTypes(ctx context.Context) {
	type t struct{ v int }
	var x t
	v := x.v
	go func() { _ = v }() // want `^goroutine does not propagate context "ctx"$`
}

// badLocalTypeInBlock: a type declared in an inner block (as cmd/go/internal/list does).
func badLocalTypeInBlock(ctx context.Context, ok bool) {
	if ok {
		type inner struct{ p *log.Entry }
		var xs []inner
		for _, x := range xs {
			p := x.p
			go func() { p.Info("") }() // want `^goroutine does not propagate context "ctx"$`
		}
	}
}

// innerShadowsOuter: an inner block's type of the same name shadows the outer one there,
// and the outer one is back after the block.
func innerShadowsOuter(ctx context.Context) {
	type t struct{ v int }
	{
		type t struct{ v context.Context }
		x := t{v: ctx}
		v := x.v
		go func() { _ = v }()
	}
	var y t
	w := y.v
	go func() { _ = w }() // want `^goroutine does not propagate context "ctx"$`
}
