// error: 16:17: cannot use a type parameter as constraint
// error: 18:23: embedded field type cannot be a (pointer to a) type parameter
// error: 21:10: invalid constant type T
// error: 26:12: invalid map key type K (missing comparable constraint)
// error: 30:25: overlapping terms ~int and int
// error: 32:26: cannot use interface{M()} in union (interface{M()} contains methods)
// error: 34:6: invalid recursive type Self
// error: 41:7: cannot define new methods on instantiated type L[int]
// Type parameters misused: as another's constraint, embedded in a struct, as a constant's
// type, as a map key without comparable; unions with overlapping terms or an interface
// with methods; a generic type in its own type parameter list; a method declared on an
// instance (through an alias). A receiver type parameter may be named like a predeclared
// type (L[int] below declares a parameter int).
package main

func f[T any, U T]() {}

type S[T any] struct{ T }

func g[T any]() {
	const c T = 1
	_ = c
}

func h[K any]() {
	var m map[K]int
	_ = m
}

type O interface{ int | ~int }

type MB interface{ int | interface{ M() } }

type Self[T Self[T]] struct{}

type L[T any] struct{}

type A = L[int]

func (L[int]) N() {}
func (A) M()      {}

func main() {}
