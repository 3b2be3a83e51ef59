// error: 5:11: malformed constant: 0x1p9999999999999999999
// From ../shared/crashers/hexfloat_exponent_gmp_abort.go (README.md there); expectation checked with Go 1.19.
package main

const c = 0x1p9999999999999999999

func main() { println(c > 0) }
