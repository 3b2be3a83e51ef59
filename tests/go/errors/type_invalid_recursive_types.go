// error: 13:6: invalid recursive type I
// error: 15: invalid recursive type T
// error: 17: invalid recursive type
// error: 20:6: invalid recursive type J
// error: 24:7: invalid recursive type L
// error: 25:7: invalid recursive type Arr
// A type may not contain itself by value: through an embedded interface, a generic struct
// (itself or another generic struct), or a local struct or array type. Go 1.19 reports the
// generic cycles at the instance inside the struct (15:25, and B at 17:25), Go 1.20 and
// later at the first type name of the cycle (15:6, A at 17:6): only the lines are checked.
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
