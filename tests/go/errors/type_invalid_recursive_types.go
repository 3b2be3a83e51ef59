// error: 16:6: invalid recursive type I
// error: 18: invalid recursive type T
// error: 20: invalid recursive type
// error: 23:6: invalid recursive type J
// error: 27:7: invalid recursive type L
// error: 28:7: invalid recursive type Arr
// error: 35:6: invalid recursive type S
// error: 37:6: invalid recursive type C
// A type may not contain itself by value: through an embedded interface, a generic struct
// (itself or another generic struct), or a local struct or array type; nor be its own type
// parameter's constraint, directly or through another's. Go 1.19 reports the
// generic cycles at the instance inside the struct (18:25, and B at 20:25), Go 1.20 and
// later at the first type name of the cycle (18:6, A at 20:6): only the lines are checked.
package main

type I interface{ I }

type T[P any] struct{ f T[P] }

type A[P any] struct{ b B[P] }
type B[P any] struct{ a A[P] }

type J interface{ K }
type K interface{ J }

func main() {
	type L struct{ l L }
	type Arr [2]Arr
	var t T[int]
	var a A[int]
	var l L
	_, _, _ = t, a, l
}

type S[P S] int

type C[P D[P]] int
type D[Q C[Q]] interface{}

var s S[int]
