// stderr: 1 -2 true text +2.500000e+000 -1.000000e-003
// stderr: 12ab
// stderr: [] false
package main

import "fmt"

// The builtins print and println write to stderr in the runtime's own format (floats in
// exponent form); println separates operands with spaces, print does not.
func main() {
	fmt.Println("stdout only")
	println(1, -2, true, "text", 2.5, -0.001)
	print(1, 2, "a", "b", "\n")
	var s []int
	println("[]", s != nil)
}
