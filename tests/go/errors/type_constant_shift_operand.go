// go: skip
// error: 15:18: invalid operation: shifted operand 1.0 (type float64) must be integer
// error: 16:10: invalid operation: shifted operand 1.0 (type float64) must be integer
// error: 17:10: invalid operation: shifted operand 1.0 (type float64) must be integer
// error: 18:14: invalid operation: shifted operand 1.5 (untyped float constant) must be integer
// error: 19:22: invalid operation: shifted operand (1 + 0i) (type complex128) must be integer
// A constant shifted by a variable count takes its type from the context (a variable's,
// an untyped constant's default), which must be an integer type. Go 1.19 words the 1st, 2nd,
// 3rd and 5th "invalid operation: 1.0 << s (shift of type float64)", Go 1.20 and later as
// here; the positions were checked with Go 1.19.
package main

func main() {
	s := uint(2)
	var f float64 = 1.0 << s
	var g = 1.0 << s
	println(1.0 << s)
	var i int = 1.5 << s
	var cf complex128 = (1 + 0i) << s
	var ok int64 = 2.0 << s
	_, _, _, _, _ = f, g, i, cf, ok
}
