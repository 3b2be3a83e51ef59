// stderr: 7
// From ../shared/crashers/generic_blank_receiver_tparam.go (README.md there); expectation checked with Go 1.19.
package main

// A method whose receiver names a type parameter `_` (Go test issue50690a.go): the field
// offsets of l are computed as if `_` took the wrong number of slots, so l.f reads the
// string's length word (SIGSEGV calling it). With a plain field, `return l.k` reads
// garbage instead (prints an address where Go prints 7).
type L[T any, K any] struct {
	a T
	f func() K
}

func (l L[_, K]) F() func() K { return l.f }

func main() {
	l := L[string, int]{"x", func() int { return 7 }}
	println(l.F()()) // Go: 7
}
