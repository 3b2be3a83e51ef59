// stderr: 0 7 0
// From ../shared/crashers/elem_size_16bit_alias.go (README.md there); expectation checked with Go 1.19.
package main

func main() {
	// Each element is 65536 slots; the VM's index instructions carry the element size in a
	// 16-bit operand, so s[1] and s[0] are the same memory.
	s := make([][65536]int, 3)
	s[1][0] = 7
	println(s[0][0], s[1][0], s[2][0]) // Go: 0 7 0
}
