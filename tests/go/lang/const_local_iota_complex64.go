// A local constant named iota shadows the predeclared one from the next spec on (Go's
// const8.go); typed complex constants are rounded part by part to their type (const.go).
package main

import "fmt"

const X = 2

func main() {
	const (
		A    = iota
		iota = iota
		B
		C
	)
	fmt.Println(A, B, C)
	const (
		X = X + X
		Y
		Z = iota
	)
	fmt.Println(X, Y, Z)

	const x30 = 1 << 30
	const c64 = complex64(x30) + 1 - x30
	const c128 = complex128(x30) + 1 - x30
	const d = complex64(1.1 + 2.2i)
	fmt.Println(c64, c128, d, complex128(d), real(d) == float32(1.1))
}
