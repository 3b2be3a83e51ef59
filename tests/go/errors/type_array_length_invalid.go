// error: 12:9: invalid array length n
// error: 14:9: array length m (untyped float constant 2.5) must be integer
// error: 15:9: invalid array length -1 (untyped int constant)
// An array length must be a non-negative constant representable as an int.
package main

const ok = 3

func main() {
	n := 3
	_ = n
	var a [n]int
	const m = 2.5
	var b [m]int
	var c [-1]int
	var d [ok * 2]int
	_, _, _, _ = a, b, c, d
}
