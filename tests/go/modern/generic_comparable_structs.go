// A struct or array whose fields are comparable type parameters is comparable: generic
// structs compared with == and used as map keys.
package main

import "fmt"

type key[T1, T2 comparable] struct {
	a T1
	b T2
}

type pair[T comparable] [2]T

func count[T1, T2 comparable](xs []T1, ys []T2) map[key[T1, T2]]int {
	m := map[key[T1, T2]]int{}
	for i := range xs {
		m[key[T1, T2]{xs[i], ys[i]}]++
	}
	return m
}

func same[T comparable](a, b T) bool {
	return struct{ x, y T }{a, b} == struct{ x, y T }{b, a}
}

func eqPair[T comparable](p, q pair[T]) bool { return p == q }

func main() {
	m := count([]int{1, 2, 1}, []string{"x", "y", "x"})
	fmt.Println(len(m), m[key[int, string]{1, "x"}], m[key[int, string]{2, "y"}])
	fmt.Println(same(3, 3), same("a", "b"))
	fmt.Println(eqPair(pair[int]{1, 2}, pair[int]{1, 2}), eqPair(pair[string]{"a"}, pair[string]{}))
}
