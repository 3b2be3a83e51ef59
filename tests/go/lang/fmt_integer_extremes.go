package main

import (
	"fmt"
	"math"
)

// Minimum and maximum of every integer type with several verbs.
func main() {
	fmt.Println(int8(math.MinInt8), int8(math.MaxInt8), uint8(math.MaxUint8))
	fmt.Println(int16(math.MinInt16), int16(math.MaxInt16), uint16(math.MaxUint16))
	fmt.Println(int32(math.MinInt32), int32(math.MaxInt32), uint32(math.MaxUint32))
	fmt.Println(int64(math.MinInt64), int64(math.MaxInt64), uint64(math.MaxUint64))
	var minI int = math.MinInt64
	var maxU uint = math.MaxUint64
	var up uintptr = math.MaxUint64
	fmt.Println(minI, maxU, up)
	fmt.Printf("%x %X %o %b\n", minI, minI, minI, int8(math.MinInt8))
	fmt.Printf("%x %o %#b\n", maxU, uint16(math.MaxUint16), uint8(math.MaxUint8))
	fmt.Printf("%d %+d %v %c %U\n", int32(math.MinInt32), uint32(math.MaxUint32), int64(-1), int32(65), int32(0x1F600))
	fmt.Printf("%08d|%-8d|%8d\n", int8(-128), int16(-32768), uint8(255))
	fmt.Printf("%T %T %T %T\n", minI, maxU, up, 'x')
}
