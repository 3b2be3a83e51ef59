package main

import "fmt"

// The default type of an untyped constant expression follows the "largest" kind among its
// operands: integer < rune < floating-point.
func main() {
	a := 1 + 2
	b := 'a' + 1
	c := 'a' * 2.0
	d := 1 + 2.0
	e := 7 / 2
	f := 7 / 2.0
	g := 1.0 << 2
	h := len("héllo") + 0.0
	i := "a" < "b"
	j := 0x10p-2
	fmt.Printf("%T %v\n", a, a)
	fmt.Printf("%T %v\n", b, b)
	fmt.Printf("%T %v\n", c, c)
	fmt.Printf("%T %v\n", d, d)
	fmt.Printf("%T %v\n", e, e)
	fmt.Printf("%T %v\n", f, f)
	fmt.Printf("%T %v\n", g, g)
	fmt.Printf("%T %v\n", h, h)
	fmt.Printf("%T %v\n", i, i)
	fmt.Printf("%T %v\n", j, j)
	var x interface{} = 'x'
	var y interface{} = 2.0
	var z interface{} = 1e3
	fmt.Printf("%T %T %T %v\n", x, y, z, z)
}
