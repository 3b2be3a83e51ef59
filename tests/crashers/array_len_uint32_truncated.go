// exit: 2
// env: CRASHER_VLIMIT_KB=2000000
// stderr: fatal error: out of memory
// From ../shared/crashers/array_len_uint32_truncated.go (README.md there); expectation checked with Go 1.19.
// Under an address-space limit (limits.sh) the 8 GiB array cannot be had: Go says out of memory. Without a limit Go prints 1.
package main

func main() {
	p := new([1 << 33]byte) // length 2^33 is carried in a 32-bit operand: it becomes 0
	p[1] = 1
	println(p[1]) // Go: 1; gosub: panic: index out of range [1] with length 0
}
