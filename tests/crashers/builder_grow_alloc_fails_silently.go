// exit: 2
// stderr: panic: runtime error: makeslice: cap out of range
// stderr: goroutine 1 [running]:
// From ../shared/crashers/builder_grow_alloc_fails_silently.go (README.md there); expectation checked with Go 1.19.
package main

import "strings"
func main() { var b strings.Builder; n := 1 << 62; b.Grow(n); println(b.Len()) }
