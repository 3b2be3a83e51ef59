package main

import "fmt"

func divide(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
			q = -1
		}
	}()
	q = a / b
	return
}

func tracked() (n int) {
	inc := func() { n++ }
	inc()
	inc()
	defer inc()
	return n * 10
}

// A closure can call itself through a previously declared variable; closures capture named
// results, and a deferred closure can change them after the return statement set them.
func main() {
	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	fmt.Println(fib(20))
	var walk func(n int, acc []int) []int
	walk = func(n int, acc []int) []int {
		if n == 0 {
			return acc
		}
		return walk(n/2, append(acc, n%2))
	}
	fmt.Println(walk(37, nil))
	fmt.Println(divide(7, 2))
	fmt.Println(divide(7, 0))
	fmt.Println(tracked())
}
