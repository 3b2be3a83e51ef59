package main

import "fmt"

// Closures capture variables, not values: they see assignments made after they were
// created, share the variable with each other, and keep it alive after the enclosing
// function returns. Captured arrays are shared too (the variable, not a copy).
func pair() (func() int, func(int)) {
	x := 0
	return func() int { return x }, func(v int) { x = v }
}

func main() {
	x := 1
	get := func() int { return x }
	x = 2
	fmt.Println(get())
	g, s := pair()
	s(42)
	fmt.Println(g())
	g2, s2 := pair()
	s2(7)
	fmt.Println(g(), g2())
	arr := [3]int{1, 2, 3}
	setFirst := func(v int) { arr[0] = v }
	setFirst(100)
	fmt.Println(arr)
	copyArr := arr
	setFirst(200)
	fmt.Println(arr, copyArr)
	fns := map[string]func(int) int{}
	base := 10
	fns["add"] = func(v int) int { return v + base }
	fns["mul"] = func(v int) int { return v * base }
	base = 3
	fmt.Println(fns["add"](1), fns["mul"](2))
	counter := func() func() int {
		c := 0
		return func() int { c++; return c }
	}()
	counter()
	counter()
	fmt.Println(counter())
	result := func(a, b int) int { return a * b }(6, 7)
	fmt.Println(result)
}
