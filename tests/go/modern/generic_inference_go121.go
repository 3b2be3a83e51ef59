// go: skip
package main

import "fmt"

func Apply[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Double[T ~int | ~float64](x T) T { return x * 2 }

func Max[T ~int | ~float64](a, b T) T {
	if a > b {
		return a
	}
	return b
}

// Go 1.21 type inference: a generic function passed as an argument or assigned to a
// variable of function type gets its type arguments inferred; untyped constants of
// different kinds for one type parameter pick the largest kind (1 and 2.5 give float64).
// Derived from the Go 1.21 release notes and specification (Go 1.19 rejects all of these).
func main() {
	fmt.Println(Apply([]int{1, 2}, Double))
	fmt.Println(Apply([]float64{1.5}, Double))
	var f func(float64) float64 = Double
	fmt.Println(f(2.25))
	fmt.Println(Max(1, 2.5))
	fmt.Printf("%T\n", Max(1, 2.5))
	strs := Apply([]int{3}, func(n int) string { return fmt.Sprint(n, "!") })
	fmt.Printf("%q\n", strs)
}
