package main

import "fmt"

func sumTo(n int) int {
	if n == 0 {
		return 0
	}
	return n + sumTo(n-1)
}

type node struct {
	next *node
	val  int
}

func length(n *node) int {
	if n == nil {
		return 0
	}
	return 1 + length(n.next)
}

func even(n int) bool {
	if n == 0 {
		return true
	}
	return odd(n - 1)
}

func odd(n int) bool {
	if n == 0 {
		return false
	}
	return even(n - 1)
}

// Deep (but bounded) recursion: a million frames must fit, the stack grows as needed.
func main() {
	fmt.Println(sumTo(1000000))
	var list *node
	for i := 0; i < 300000; i++ {
		list = &node{list, i}
	}
	fmt.Println(length(list))
	fmt.Println(even(100001), odd(100001))
	var big func(n int, pad [8]int) int
	big = func(n int, pad [8]int) int {
		if n == 0 {
			return pad[7]
		}
		pad[7]++
		return big(n-1, pad)
	}
	fmt.Println(big(100000, [8]int{}))
}
