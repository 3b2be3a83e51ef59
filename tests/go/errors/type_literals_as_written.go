// error: 12:6: invalid operation: `raw` + 1 (mismatched types untyped string and untyped int)
// error: 13:6: invalid operation: "\u00e9" + 1 (mismatched types untyped string and untyped int)
// error: 14:14: cannot use `C:\dir` (untyped string constant "C:\\dir") as int value in variable declaration
// error: 15:14: cannot use "\x41" (untyped string constant "A") as int value in variable declaration
// error: 16:17: cannot use 0x10 (untyped int constant 16) as string value in variable declaration
// Go's messages show an expression as the program spells it (raw strings, escapes and
// number bases kept), followed by the constant's value where that reads differently.
package main

func main() {
	var _ = 0
	_ = `raw` + 1
	_ = "\u00e9" + 1
	var x int = `C:\dir`
	var y int = "\x41"
	var z string = 0x10
	_, _, _ = x, y, z
}
