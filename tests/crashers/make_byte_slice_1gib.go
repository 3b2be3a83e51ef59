// timeout: 60
// stderr: 1073741824 1
// From ../shared/crashers/make_byte_slice_1gib.go (README.md there); expectation checked with Go 1.19.
// Runs under the default 8,000,000 KiB address-space limit of limits.sh (Go needs 1 GiB).
package main

func main() {
	b := make([]byte, 1<<30)
	b[len(b)-1] = 1
	println(len(b), b[len(b)-1])
}
