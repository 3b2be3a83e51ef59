package main

import (
	"fmt"
	"strconv"
)

func Convert[To, From any](xs []From, f func(From) To) []To {
	out := make([]To, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Cast[To ~float64 | ~int, From ~int | ~float64](x From) To { return To(x) }

// Type arguments can be given partially (leading ones); the rest are inferred from the
// function arguments. A fully instantiated generic function is an ordinary func value.
func main() {
	strs := Convert[string]([]int{1, 2, 3}, strconv.Itoa)
	fmt.Printf("%q %T\n", strs, strs)
	lens := Convert([]string{"a", "bb"}, func(s string) int { return len(s) })
	fmt.Println(lens)
	f := Cast[float64, int]
	fmt.Printf("%T %v\n", f, f(7))
	fmt.Println(Cast[int](2.9), Cast[float64](3))
	toStr := Convert[string, float64]
	fmt.Println(toStr([]float64{1.5}, func(v float64) string { return fmt.Sprint(v * 2) }))
}
