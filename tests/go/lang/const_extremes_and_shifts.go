// Untyped constants beyond float64 (1e646456992, 1e-779137, kept as 512-bit floats as
// go/constant does), typed complex64 constants rounded after each operation, string of an
// integer constant out of rune range, a local constant named iota, and untyped constants
// shifted by a variable count, whose type comes from the context (a shift count: uint).
package main

import "fmt"

type MyS string

const n = 1e646456992
const d = 1e646456991
const tiny = 1e-779137
const h = 0x1p-100000

func main() {
	fmt.Println(n/d, n/d == 10, tiny*1e779137, h*0x1p100000, 1e400/1e399, -1e5000/1e4999)
	var x float64 = tiny
	var y float32 = 1e-400
	fmt.Println(x, y, n > d, -n < d, 1e3000*1e-3000)
	const big = 1e300 * 1e300 * 1e300 * 1e300 * 1e300
	fmt.Println(big / 1e1499)

	const b = 1 << 30
	const c64 = complex64(b) + 1 - b
	const c128 = complex128(b) + 1 - b
	fmt.Println(c64 == 0, c64, c128 == 0, c128)

	const huge = string(1 << 100)
	fmt.Println(huge == "\uFFFD", string(rune(-1)) == "\uFFFD", MyS(0x10FFFF+1) == "\uFFFD")

	const (
		A    = iota
		iota = iota
		B
		C
	)
	fmt.Println(A, B, C)

	s := 1
	fmt.Println(s<<((1+0i)<<s), s<<(1.<<s), 2.0<<s+s)
	var i64 int64 = 4.0 << s
	fmt.Printf("%T %v\n", i64, i64)
}
