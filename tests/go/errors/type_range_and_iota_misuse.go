// error: 13:17: cannot range over 2.5
// error: 16:12: range clause permits at most two iteration variables
// error: 19:7: cannot use iota outside constant declaration
// error: 20:18: cannot use 1e39 (untyped float constant 1e+39) as float32 value in variable declaration (overflows)
// A float cannot be ranged over (integers can, since Go 1.22); a range clause has at most
// two variables; iota exists only inside constant declarations; a constant must fit the
// float type it is assigned to.
package main

import "fmt"

func main() {
	for i := range 2.5 {
		fmt.Println(i)
	}
	for a, b, c := range []int{1} {
		fmt.Println(a, b)
	}
	x := iota
	var f float32 = 1e39
	fmt.Println(x, f)
}
