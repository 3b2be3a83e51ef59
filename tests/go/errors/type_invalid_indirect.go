// error: 9:7: invalid operation: cannot indirect x (variable of type int)
// error: 11:7: invalid operation: cannot indirect *p (variable of type int)
// error: 13:7: invalid operation: cannot indirect y (variable of type interface{})
// Only pointers can be dereferenced.
package main

func main() {
	x := 1
	_ = *x
	p := &x
	_ = **p
	var y interface{} = p
	_ = *y
}
