// error: 16:12: f() (value of type int) is not constant
// error: 17:12: v (variable of type int) is not constant
// error: 18:12: len(s) (value of type int) is not constant
// A constant's value must be a constant expression: no calls, variables, or len of a
// slice (len of a string constant or an array is fine).
package main

func f() int { return 1 }

var v = 2

const ok = len("abc") + len([4]int{})

func main() {
	s := []int{1}
	const a = f()
	const b = v
	const c = len(s)
	_, _, _, _ = a, b, c, ok
}
