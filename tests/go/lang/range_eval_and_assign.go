package main

// The range expression is evaluated once, except when only the index is wanted and the length
// is a constant (an array or array pointer without calls or receives): then it is not
// evaluated at all, and a nil array pointer is not dereferenced. Iteration variables assigned
// with = are assigned as a tuple assignment is: the operands of both are evaluated first.

import "fmt"

var calls int

func mk() [3]int {
	calls++
	return [3]int{1, 2, 3}
}

type holder struct{ arr [4]int }

func main() {
	n := 0
	for i := range mk() {
		n += i
	}
	for i, _ := range mk() {
		n += i
	}
	fmt.Println("mk called", calls, "times, n =", n)

	var p *[3]int
	s := 0
	for i := range p {
		s += i
	}
	for i, _ := range p {
		s += i
	}
	var i int
	for i, _ = range p {
		s += i
	}
	var h *holder
	for i := range h.arr {
		s += i
	}
	fmt.Println("nil array pointers:", s)

	func() {
		defer func() { fmt.Println("reading values panics:", recover()) }()
		for _, v := range p {
			fmt.Println(v)
		}
	}()

	x := []int{10, 20}
	y := []int{99}
	i = 1
	for i, x[i] = range y {
		break
	}
	fmt.Println(i, x)

	m := map[string]int{"k": 7}
	keys := map[string]int{}
	var k string
	k = "old"
	for k, keys[k] = range m {
	}
	fmt.Println(k, keys)

	arr := [2]string{"a", "b"}
	for i, arr[i] = range [2]string{"x", "y"} {
	}
	fmt.Println(i, arr)
}
