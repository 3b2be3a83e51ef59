// error: 13:8: invalid operation: cannot take address of f() (value of type int)
// error: 14:8: invalid operation: cannot take address of m["a"] (map index expression of type int)
// error: 15:8: invalid operation: cannot take address of 42 (untyped int constant)
// Only addressable operands (variables, pointer indirections, slice index expressions,
// fields of addressable structs, elements of addressable arrays) and composite literals
// may have their address taken.
package main

func f() int { return 1 }

func main() {
	m := map[string]int{"a": 1}
	p := &f()
	q := &m["a"]
	r := &42
	s := &[]int{1}[0]
	t := &struct{ X int }{1}
	_, _, _, _, _ = p, q, r, s, t
}
