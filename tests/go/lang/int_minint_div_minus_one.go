package main

import "fmt"

// The most negative value of each signed type divided by -1 wraps back to itself and the
// remainder is 0: Go defines this, where C leaves it undefined and x86 IDIV traps.
func main() {
	m := -1
	var a8 int8 = -128
	var a16 int16 = -32768
	var a32 int32 = -2147483648
	var a64 int64 = -9223372036854775808
	var a int = -9223372036854775808
	fmt.Println(a8/int8(m), a8%int8(m))
	fmt.Println(a16/int16(m), a16%int16(m))
	fmt.Println(a32/int32(m), a32%int32(m))
	fmt.Println(a64/int64(m), a64%int64(m))
	fmt.Println(a/m, a%m)
	q := a64
	q /= int64(m)
	r := a
	r %= m
	fmt.Println(q, r)
	fmt.Println(-a8, -a16, -a32, -a64, -a)
	fmt.Println(a8*int8(m), a64*int64(m))
}
