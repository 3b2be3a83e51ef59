// exit: 2
// timeout: 60
// stderr: runtime: goroutine stack exceeds 1000000000-byte limit
// stderr: fatal error: stack overflow
// From ../shared/crashers/fmt_cyclic_slice.go (README.md there); expectation checked with Go 1.19.
package main

import "fmt"
func main() { s := []any{nil}; s[0] = s; fmt.Println(s) }
