// go: skip
package main

import (
	"fmt"
	"math"
)

// Go 1.21 min and max: -0.0 is smaller than +0.0, any NaN argument gives NaN, untyped
// constant arguments give an untyped constant of the "largest" kind (integer < rune <
// float), and typed arguments give their type. Derived from the Go 1.21 specification.
func main() {
	negZero := math.Copysign(0, -1)
	zero := 0.0
	fmt.Println(math.Signbit(min(zero, negZero)), math.Signbit(min(negZero, zero)))
	fmt.Println(math.Signbit(max(zero, negZero)), math.Signbit(max(negZero, zero)))
	nan := math.NaN()
	fmt.Println(min(nan, 1.0), max(1.0, nan), min(math.Inf(-1), nan), max(math.Inf(1), nan))
	fmt.Println(max(1, 2.5, 'a'))
	fmt.Printf("%T\n", max(1, 2.5, 'a'))
	fmt.Printf("%T %v\n", min('a', 'b'), min('a', 'b'))
	var f32 float32 = 1.5
	fmt.Printf("%T %v\n", max(f32, 2), max(f32, 2))
	var u uint = 3
	fmt.Println(min(u, 10, 1), max(u))
	fmt.Println(min("", "a"), max("ab", "b"), max("é", "z"))
}
