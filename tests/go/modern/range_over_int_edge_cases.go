// go: skip
package main

import "fmt"

var calls int

func count() int {
	calls++
	return 3
}

// Go 1.22 range over an integer n: n is evaluated once, the iteration variable has n's
// type (int for an untyped constant), there are max(n, 0) iterations, and changing the
// variable in the body does not change the iteration. Derived from the Go 1.22
// specification (Go 1.19 cannot range over an integer).
func main() {
	var u8 uint8 = 255
	n := 0
	var last uint8
	for i := range u8 {
		n++
		last = i
	}
	fmt.Println(n, last)

	var neg int8 = -5
	for i := range neg {
		fmt.Println("never", i)
	}

	for i := range count() {
		fmt.Print(i, " ")
	}
	fmt.Println(calls)

	const N int16 = 3
	for i := range N {
		fmt.Printf("%T:%d ", i, i)
	}
	fmt.Println()

	for i := range 3 {
		fmt.Print(i, " ")
		i += 10
	}
	fmt.Println()

	s := []string{"a", "b", "c"}
	for range len(s) {
		s = append(s, "x")
	}
	fmt.Println(len(s))

outer:
	for i := range 4 {
		for j := range 4 {
			if j > i {
				continue outer
			}
			if i == 3 {
				break outer
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()
}
