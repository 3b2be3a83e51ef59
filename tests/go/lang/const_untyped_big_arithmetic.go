package main

import "fmt"

// Untyped integer constants are exact far beyond 64 bits; only the final value must fit
// the type it is used as. Untyped float constants are exact too, beyond float64's range.
const (
	big     = 1 << 200
	bigger  = big * big
	mask    = big - 1
	negBig  = -big
	tenTo30 = 1000000000000000000000000000000
)

const (
	huge = 1e400
	tiny = 1e-400
)

func main() {
	fmt.Println(big / (1 << 190))
	fmt.Println(bigger >> 395)
	fmt.Println(mask % 1000000007)
	fmt.Println(mask&0xFFFF, mask>>184)
	fmt.Println(negBig>>197, negBig/(1<<198), negBig%7)
	fmt.Println(tenTo30/1e20, tenTo30%999999937)
	fmt.Println(huge/1e390, tiny*1e405, huge*tiny)
	fmt.Println(big > bigger, big == 1<<200, -big < 0)
	var f float64 = big
	var g float32 = tenTo30
	fmt.Println(f, g)
	const q = (1<<100 + 1) / 3
	fmt.Println(q % 1000)
	const r = 'a' * 1000000000000
	fmt.Println(r / 1000000000000)
	const exact = 0.1 * 3
	var three float64 = exact * 10
	fmt.Println(three == 3, exact == 0.3)
	x, y := 0.1, 3.0
	fmt.Println(x*y == 0.3, x*y)
}
