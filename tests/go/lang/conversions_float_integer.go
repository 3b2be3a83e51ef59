package main

import "fmt"

// Conversions between floating-point and integer types: truncation toward zero, rounding
// to nearest-even when an integer does not fit float32 or float64 exactly. (Only values
// that fit the target type are converted: out-of-range results are implementation-defined.)
func main() {
	for _, f := range []float64{0.9, -0.9, 2.5, -2.5, 1e15 + 0.5, -1e15 - 0.5} {
		fmt.Println(f, int(f), int64(f), int32(f/1e9))
	}
	hi8, hi16 := 255.99, 65535.5
	fmt.Println(uint8(hi8), uint16(hi16))
	ints := []int64{16777216, 16777217, 16777218, 16777219, 1<<53 + 1, 1<<53 + 3, 1<<62 + 1}
	for _, i := range ints {
		fmt.Println(i, float32(i), float64(i), int64(float64(i)))
	}
	var u uint64 = 1<<64 - 1
	fmt.Println(float64(u), float32(u))
	var f32 float32 = 0.1
	fmt.Println(f32, float64(f32), float32(float64(f32)) == f32)
	d := 0.1
	fmt.Println(float32(d), float64(float32(d)) == d)
	var big float64 = 1e10
	fmt.Println(int64(big), uint64(big), int32(int64(big)))
	half := float32(1) / 3
	fmt.Println(half, float64(half), half*3 == 1)
}
