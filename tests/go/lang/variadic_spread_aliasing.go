package main

import "fmt"

func setFirst(vals ...int) {
	if len(vals) > 0 {
		vals[0] = -1
	}
}

func info(vals ...int) string {
	return fmt.Sprint(len(vals), " ", cap(vals) >= len(vals), " ", vals == nil)
}

func grow(vals ...int) []int {
	return append(vals, 99)
}

func join(sep string, parts ...interface{}) string {
	s := ""
	for i, p := range parts {
		if i > 0 {
			s += sep
		}
		s += fmt.Sprint(p)
	}
	return s
}

// s... passes the slice itself (the callee can write the caller's elements); with no
// arguments the parameter is nil; a list of arguments gets a new slice.
func main() {
	s := []int{1, 2, 3}
	setFirst(s...)
	fmt.Println(s)
	a, b := 5, 6
	setFirst(a, b)
	fmt.Println(a, b)
	fmt.Println(info(), info(nil...), info([]int{}...), info(1, 2))
	t := make([]int, 2, 10)
	u := grow(t...)
	fmt.Println(t[:3], u)
	fmt.Println(join("-", 1, "a", 2.5, nil, []int{1}))
	args := []interface{}{"x", 2}
	fmt.Println(join("+", args...))
	fmt.Println(args...)
	fmt.Printf("%T %T\n", setFirst, join)
}
