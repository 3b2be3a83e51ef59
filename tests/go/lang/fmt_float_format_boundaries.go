package main

import (
	"fmt"
	"math"
)

// Where %v switches between plain and exponent notation (exponent < -4 or >= 21), the
// shortest representation for float32, and precision rounding that is exact (half-even
// on the true binary value).
func main() {
	fmt.Println(1e20, 1e21, 123456789012345678901.0, 0.0001, 0.00001, 0.000123)
	fmt.Println(float32(1e20), float32(1e21), float32(0.0001), float32(0.00001))
	fmt.Println(math.MaxFloat32, float32(math.MaxFloat32), math.SmallestNonzeroFloat32)
	fmt.Println(float32(1)/3, float32(2)/3, float32(16777217), float32(0.1)+float32(0.2))
	fmt.Printf("%.20g %.17g %.3g %.10g\n", 0.1, 0.1, 1234567.0, 1.0/3)
	fmt.Printf("%.0e %.1e %.2e %e %E\n", 15.0, 0.25, 1.005, 0.0, 1e-10)
	fmt.Printf("%.2f %.2f %.2f %.1f %.0f %.0f\n", 1.005, 1.015, 2.675, 0.25, -0.5, 3.5)
	fmt.Printf("%g %g %g %G\n", 1e-5, 123456789.0, 1e21, 1e-7)
	fmt.Printf("%v %v %v\n", 5e-324, -1e-320, math.Float64frombits(1))
	fmt.Printf("%8.2e|%-12g|%+g|% g\n", 12345.678, 0.5, 2.0, 3.0)
	fmt.Printf("%b %x %X\n", 1.0, 1.5, -0.1)
	fmt.Printf("%.3x %#g %#.3g %#v\n", 3.0, 1.0, 2.0, 1e6)
	big, small := float32(3.4028235e38), float32(1e-45)
	fmt.Println(big*2, -big*10, small/2, -small/2)
}
