// error: 15:5: cannot use type D outside a type constraint: interface contains type constraints
// error: 16:4: cannot use type C outside a type constraint: interface contains type constraints
// error: 21:10: cannot use type C outside a type constraint: interface contains type constraints
// error: 24:8: cannot use type Cmp outside a type constraint: interface is (or embeds) comparable
// error: 25:13: cannot use type C outside a type constraint: interface contains type constraints
// error: 27:9: cannot use type C outside a type constraint: interface contains type constraints
// An interface with a type set (a union, ~T, comparable) is a constraint only: no variable,
// field, parameter, element or asserted type may have it, wherever it is declared.
package main

type C interface{ ~int }
type Cmp interface{ comparable }

type S struct {
	p *D
	c C
}

type D interface{ int | string }

func f(x C) {}

func main() {
	var v Cmp
	_ = make([]C, 1)
	var i any
	_ = i.(C)
	_ = v
}
