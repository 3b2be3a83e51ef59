// exit: 2
// timeout: 60
// env: CRASHER_VLIMIT_KB=4000000
// stderr: runtime: goroutine stack exceeds 1000000000-byte limit
// stderr: fatal error: stack overflow
// From ../shared/crashers/recursion_heap_locals_oom.go (README.md there); expectation checked with Go 1.19.
// Run under a 4,000,000 KiB address-space limit (limits.sh), where Go still overflows its 1 GB stack.
package main

func f(n int) int {
	var a [1000]int
	a[n%1000] = n
	return f(n+1) + a[0]
}
func main() { println(f(0)) }
