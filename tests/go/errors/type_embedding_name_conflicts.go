// error: 20:12: field and method with the same name Val
// error: 24:2: duplicate method M
// error: 29:8: ambiguous selector c.Name
// A type cannot have a field and a method with the same name, an interface cannot list a
// method twice, and a selector that two embedded fields at the same depth provide is
// ambiguous.
package main

type A struct{ Name string }
type B struct{ Name string }
type C struct {
	A
	B
}

type D struct {
	Val int
}

func (d D) Val() int { return 1 }

type I interface {
	M()
	M()
}

func main() {
	c := C{}
	_ = c.Name
	_ = c.A.Name
}
