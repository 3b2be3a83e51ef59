// stderr: true +4.115226e-003
// From ../shared/crashers/gmp_scratch_collected.go (README.md there); expectation checked with Go 1.19.
package main

const x = 1.0/3 + 1e-100000
const y = x * x * x * x * x * x * x * x / (x * x * x + 1e-99999)

func main() { println(y > 0, float64(y)) }
