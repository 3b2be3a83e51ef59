package main

import "fmt"

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func MakePair[K comparable, V any](k K, v V) Pair[K, V] { return Pair[K, V]{k, v} }

// Instantiated generic functions are ordinary function values with ordinary types.
func main() {
	f := Map[int, string]
	fmt.Printf("%T\n", f)
	fmt.Printf("%T\n", MakePair[string, []int])
	p := MakePair("k", 1.5)
	fmt.Printf("%T %+v\n", p, p)
	ps := Map([]int{1, 2}, func(i int) Pair[int, bool] { return MakePair(i, i%2 == 0) })
	fmt.Printf("%v %T\n", ps, ps)
	fmt.Printf("%#v\n", MakePair(1, "x"))
}
