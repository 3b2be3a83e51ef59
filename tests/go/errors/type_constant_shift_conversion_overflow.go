// error: 14:6: invalid operation: shifted operand 1.5 (untyped float constant) must be integer
// error: 15:11: invalid operation: negative shift count -1 (untyped int constant)
// error: 17:6: invalid operation: shifted operand 2.5 (untyped float constant) must be integer
// error: 19:6: invalid operation: shifted operand f (variable of type float64) must be integer
// error: 20:11: cannot convert -1 (untyped int constant) to type uint
// error: 21:11: cannot convert 200 (untyped int constant) to type int8
// error: 22:13: cannot convert 1.5 (untyped float constant) to type string
// error: 24:6: c / -1 (constant 128 of type int8) overflows int8
// Constant expressions are checked exactly: shifts of non-integers, negative shift counts,
// conversions of constants that do not fit, and typed constant arithmetic that overflows.
package main

func main() {
	_ = 1.5 << 2
	_ = 1 << -1
	var s uint = 2
	_ = 2.5 << s
	var f float64 = 1
	_ = f << 1
	_ = uint(-1)
	_ = int8(200)
	_ = string(1.5)
	const c int8 = -128
	_ = c / -1
}
