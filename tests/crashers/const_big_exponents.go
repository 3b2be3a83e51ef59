// stderr: true true true true +1.000000e+001 +2.500000e-001
// Large but valid exponents (Go takes binary exponents up to 2^31): exact constant arithmetic
// on them, folded to float64 at the end. Beside hexfloat_exponent_gmp_abort.go.
package main

func main() {
	println(1e100001 > 1e100000, 1e-1000000 > 0, 0x1p1000000 > 0x1p999999,
		0x1p-1000000 < 1e-300000, 1e1000000/1e999999, 0x1p-2)
}
