package main

import "fmt"

// Shift counts at and beyond the operand width, with counts of several unsigned and signed
// types (including a count that does not fit in 32 bits): << gives 0, >> gives 0 or -1.
func main() {
	counts := []uint64{0, 7, 8, 15, 16, 31, 32, 63, 64, 65, 255, 1 << 32, 1 << 63}
	var i8 int8 = -3
	var u8 uint8 = 0x81
	var i16 int16 = -300
	var u32 uint32 = 0x80000001
	var i64 int64 = -5
	var u64 uint64 = 0x8000000000000001
	for _, n := range counts {
		fmt.Println(n, i8<<n, i8>>n, u8<<n, u8>>n, i16>>n, u32<<n, u32>>n, i64<<n, i64>>n, u64<<n, u64>>n)
	}
	var c8 uint8 = 255
	var ci int = 70
	var ci8 int8 = 100
	fmt.Println(1<<c8, -1>>c8, int32(-1)<<ci, int32(-1)>>ci, uint16(1)<<ci8)
}
