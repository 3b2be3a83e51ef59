// error: 6:8: instantiation cycle
// From ../shared/crashers/generic_iface_method_cycle.go (README.md there); expectation checked with Go 1.19.
package main

// Go: instantiation cycle (P instantiated as *P). gosub: SIGSEGV, C stack overflow.
type I[P any] interface{ M() I[*P] }

func main() {}
