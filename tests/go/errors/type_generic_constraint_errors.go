// go: skip
// error: 16:8: cannot use generic type List[T any] without instantiation
// error: 18:8: []int does not satisfy comparable
// error: 19:13: func() does not satisfy comparable
// error: 20:7: cannot use generic function Eq without instantiation
// A generic type must be instantiated before use; slices and functions do not satisfy
// comparable. Go 1.19 says "does not implement comparable", Go 1.20 and later "does not
// satisfy comparable" (positions checked with Go 1.19).
package main

type List[T any] struct{ items []T }

func Eq[T comparable](a, b T) bool { return a == b }

func main() {
	var l List
	_ = l
	_ = Eq([]int{1}, []int{2})
	_ = Eq[func()]
	f := Eq
	_ = f
}
