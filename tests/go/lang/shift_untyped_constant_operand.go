package main

import "fmt"

// In a non-constant shift, an untyped constant left operand takes the type it would have
// if the shift were replaced by the operand alone: in `var b byte = 1 << s` the 1 is a byte.
func main() {
	var s uint = 8
	var b byte = 1 << s
	var i16 int16 = 1 << s
	var i = 1 << s
	var u32 uint32 = 1<<s - 1
	fmt.Println(b, i16, i, u32)
	fmt.Printf("%T %v\n", 1<<s, 1<<s)
	s = 33
	var w32 uint32 = 1 << s
	var w64 int64 = 1 << s
	fmt.Println(w32, w64)
	// Constant shifts are exact: the result is an untyped integer constant.
	const k = 1.0 << 3
	fmt.Printf("%T %v\n", k, k)
	const big = 1 << 70 >> 68
	fmt.Println(big)
}
