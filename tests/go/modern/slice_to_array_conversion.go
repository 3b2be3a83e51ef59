// go: skip
package main

// Converting a slice to an array (Go 1.20) copies its first elements, and panics when the
// slice is shorter, in Go 1.20's words. (Go 1.19, the Go at hand, has no such conversion:
// the expectation follows Go 1.20's runtime.boundsConvert message.)

import "fmt"

func main() {
	s := []int{1, 2, 3, 4}
	a := [3]int(s)
	s[0] = 9
	fmt.Println(a, s)
	fmt.Println([0]int(s[:0]), [4]int(s))
	defer func() { fmt.Println(recover()) }()
	_ = [5]int(s)
}
