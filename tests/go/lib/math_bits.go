package main

import (
	"fmt"
	"math/bits"
)

func main() {
	xs := []uint64{0, 1, 2, 3, 0x80, 0xff, 0x1234, 0xdeadbeef, 1 << 63, 0xffffffffffffffff, 0x0123456789abcdef}
	for _, x := range xs {
		fmt.Println(x, bits.Len64(x), bits.LeadingZeros64(x), bits.TrailingZeros64(x), bits.OnesCount64(x),
			bits.Reverse64(x), bits.ReverseBytes64(x), bits.RotateLeft64(x, 5), bits.RotateLeft64(x, -3))
		x32, x16, x8 := uint32(x), uint16(x), uint8(x)
		fmt.Println(" ", bits.Len32(x32), bits.LeadingZeros32(x32), bits.TrailingZeros32(x32), bits.OnesCount32(x32),
			bits.Reverse32(x32), bits.ReverseBytes32(x32), bits.RotateLeft32(x32, 7), bits.RotateLeft32(x32, -33))
		fmt.Println(" ", bits.Len16(x16), bits.LeadingZeros16(x16), bits.TrailingZeros16(x16), bits.OnesCount16(x16),
			bits.Reverse16(x16), bits.ReverseBytes16(x16), bits.RotateLeft16(x16, 3), bits.RotateLeft16(x16, -1))
		fmt.Println(" ", bits.Len8(x8), bits.LeadingZeros8(x8), bits.TrailingZeros8(x8), bits.OnesCount8(x8),
			bits.Reverse8(x8), bits.RotateLeft8(x8, 1), bits.RotateLeft8(x8, 9))
		u := uint(x)
		fmt.Println(" ", bits.Len(u), bits.LeadingZeros(u), bits.TrailingZeros(u), bits.OnesCount(u), bits.Reverse(u), bits.ReverseBytes(u), bits.RotateLeft(u, 64))
	}
	fmt.Println(bits.UintSize)
	fmt.Println(bits.Add64(1<<63, 1<<63, 1))
	fmt.Println(bits.Add64(5, 6, 0))
	fmt.Println(bits.Add32(0xffffffff, 1, 0))
	fmt.Println(bits.Add(^uint(0), 0, 1))
	fmt.Println(bits.Sub64(0, 1, 0))
	fmt.Println(bits.Sub64(10, 3, 1))
	fmt.Println(bits.Sub32(0, 0, 1))
	fmt.Println(bits.Sub(5, 7, 0))
	fmt.Println(bits.Mul64(0xffffffffffffffff, 0xffffffffffffffff))
	fmt.Println(bits.Mul32(0xffffffff, 3))
	fmt.Println(bits.Mul(1<<40, 1<<40))
	fmt.Println(bits.Div64(1, 0, 3))
	fmt.Println(bits.Div32(1, 0, 7))
	fmt.Println(bits.Div(0, 100, 7))
	fmt.Println(bits.Rem64(10, 3, 7), bits.Rem32(10, 3, 7), bits.Rem(10, 3, 7))
	for _, f := range []func(){
		func() { bits.Div64(0, 1, 0) },
		func() { bits.Div64(5, 1, 5) },
		func() { bits.Div32(5, 1, 4) },
		func() { bits.Div32(0, 1, 0) },
	} {
		func() {
			defer func() { fmt.Println(recover()) }()
			f()
		}()
	}
}
