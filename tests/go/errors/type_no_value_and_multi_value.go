// error: 13:7: nothing() (no value) used as value
// error: 14:7: multiple-value two() (value of type (int, int)) in single-value context
// error: 15:14: multiple-value two() (value of type (int, int)) in single-value context
// A call of a function without results has no value; a call returning two values cannot
// be used where one value is expected.
package main

func nothing() {}

func two() (int, int) { return 1, 2 }

func main() {
	x := nothing()
	y := two() + 1
	var z int = two()
	_, _, _ = x, y, z
}
