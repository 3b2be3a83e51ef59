// error: 5:6: stack frame too large
// From ../shared/crashers/big_array_param_regs_overflow.go (README.md there); expectation checked with Go 1.19.
package main

func g(a [0x7fffffff]int) int { return a[5] }

func main() {
	var a [0x7fffffff]int
	println(g(a))
}
