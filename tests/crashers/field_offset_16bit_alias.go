// stderr: 5 0
// stderr: after: 5
// From ../shared/crashers/field_offset_16bit_alias.go (README.md there); expectation checked with Go 1.19.
// The second println says "after:" so that its line can be told apart from the first.
package main

type T struct {
	a [70000]int
	b int
}

func main() {
	p := new(T)
	p.b = 5
	println(p.b, p.a[4464]) // Go: 5 0
	p.a[4464] = 9
	println("after:", p.b) // Go: after: 5
}
