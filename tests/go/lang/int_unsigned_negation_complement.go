package main

import "fmt"

// Unary minus on an unsigned value wraps modulo 2^n; ^x is the bitwise complement for
// unsigned and -x-1 for signed operands.
func main() {
	var u8 uint8 = 1
	var u16 uint16 = 1
	var u32 uint32 = 1
	var u64 uint64 = 1
	var u uint = 5
	fmt.Println(-u8, -u16, -u32, -u64, -u)
	fmt.Println(^u8, ^u16, ^u32, ^u64, ^u)
	var i8 int8 = 5
	var i int = -1
	fmt.Println(^i8, ^i, -(^i8))
	var zero uint32
	fmt.Println(-zero, ^zero, zero-1 == ^zero)
	x := uint8(0x0F)
	fmt.Println(x&^0x05, x^0xFF, x|0xF0, ^x&0xFF)
	const c = ^0
	fmt.Println(c, ^uint16(0), ^int16(0))
}
