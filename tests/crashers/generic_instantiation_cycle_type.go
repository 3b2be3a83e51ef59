// error: 6:8: instantiation cycle
// From ../shared/crashers/generic_instantiation_cycle_type.go (README.md there); expectation checked with Go 1.19.
package main

// Go: instantiation cycle. gosub: recurses instantiating T[T[T[...]]] until the C stack overflows.
type T[P any] struct{ f *T[T[P]] }

func main() {
	var t T[int]
	_ = t
}
