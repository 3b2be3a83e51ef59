// exit: 2
// stderr: panic: runtime error: makeslice: len out of range
// stderr: goroutine 1 [running]:
// From ../shared/crashers/makeslice_size_wraps.go (README.md there); expectation checked with Go 1.19.
package main

func main() {
	n := 1 << 40
	// 8 bytes * 2^40 elements * 2^21 slots = 2^64: the byte size wraps to 0, so the slice
	// gets the shared zero-size base; Go panics: makeslice: len out of range
	s := make([][1 << 21]int, n)
	for k := 0; k < 1<<21; k++ {
		s[0][k] = -1 // overwrites whatever follows the zero-size base
	}
	println("wrote", len(s))
}
