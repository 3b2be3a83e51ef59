package main

import "fmt"

var (
	a = c + b
	b = f("b")
	c = f("c")
	d = 3
)

var total = sum(list...)
var list = []int{1, 2, 3}

func f(name string) int {
	fmt.Println("init", name)
	return d * 10
}

func sum(xs ...int) int {
	n := 0
	for _, x := range xs {
		n += x
	}
	return n
}

func init() {
	fmt.Println("first init, a =", a)
}

func init() {
	fmt.Println("second init, total =", total)
}

// Package-level variables are initialised in dependency order (then declaration order),
// before the init functions, which run in source order, before main.
func main() {
	fmt.Println("main", a, b, c, d, total)
}
