package main

import "fmt"

var calls int

func next() int {
	calls++
	return calls
}

func two() (int, string) {
	calls++
	return calls, "s"
}

// Assigning to _ still evaluates the right-hand side; _ can appear several times on the
// left; range with _ still iterates.
func main() {
	_ = next()
	_, _ = two()
	_, s := two()
	var _ = next()
	var _, _ = next(), next()
	fmt.Println(calls, s)
	n := 0
	for _, _ = range []int{1, 2, 3} {
		n++
	}
	for range "abc" {
		n++
	}
	fmt.Println(n)
	arr := []int{1, 2, 3}
	i := 0
	_, arr[i] = next(), next()
	fmt.Println(arr, calls)
	func(_ int, _ string) { fmt.Println("params may be blank") }(1, "x")
}
