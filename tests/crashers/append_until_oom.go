// exit: 2
// timeout: 90
// env: CRASHER_VLIMIT_KB=2000000
// stderr: fatal error: out of memory
// From ../shared/crashers/append_until_oom.go (README.md there); expectation checked with Go 1.19.
// Run under a 2,000,000 KiB address-space limit (limits.sh; issue 12 says 8,000,000: a smaller one gives Go the same answer sooner).
package main

func main() {
	var s []int
	for i := 0; ; i++ {
		s = append(s, i)
		if i%(1<<24) == 0 { println(len(s)) }
	}
}
