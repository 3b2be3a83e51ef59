// error: 13:14: invalid operation: "a" + 1 (mismatched types untyped string and untyped int)
// error: 14:14: invalid operation: 1 + true (mismatched types untyped int and untyped bool)
// error: 16:14: invalid operation: s + 'c' (mismatched types string and untyped rune)
// error: 18:14: invalid operation: operator % not defined on f (variable of type float64)
// error: 19:14: invalid operation: operator % not defined on 1.5 (untyped float constant)
// Untyped constants of different kinds do not mix implicitly (a rune is not a string),
// and % is only defined on integers.
package main

import "fmt"

func main() {
	fmt.Println("a" + 1)
	fmt.Println(1 + true)
	var s string = "x"
	fmt.Println(s + 'c')
	var f float64 = 1.5
	fmt.Println(f % 2)
	fmt.Println(1.5 % 2)
}
