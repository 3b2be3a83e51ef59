// error: 13:2: cannot assign to f()
// error: 15:2: cannot assign to c
// error: 16:2: cannot assign to len("x")
// error: 17:2: cannot assign to c
// Only variables, pointer indirections, slice and array elements, fields of addressable
// structs and map index expressions can be assigned to (including by ++). The reason in
// parentheses differs between versions and is not checked.
package main

func f() int { return 1 }

func main() {
	f() = 2
	const c = 1
	c = 2
	len("x") = 1
	c++
}
