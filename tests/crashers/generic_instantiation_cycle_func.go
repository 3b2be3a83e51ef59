// error: 7:8: instantiation cycle
// env: CRASHER_VLIMIT_KB=2000000
// From ../shared/crashers/generic_instantiation_cycle_func.go (README.md there); expectation checked with Go 1.19.
package main

// Go: instantiation cycle. gosub: instantiates f[[]int], f[[][]int], ... forever (hang, memory grows).
func f[T any](x T) { f[[]T](nil) }

func main() { f(1) }
