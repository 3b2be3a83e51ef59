package main

import "fmt"

// Converting a slice to an array pointer (Go 1.17) shares the slice's backing array.
func main() {
	s := []int{1, 2, 3, 4, 5}
	p := (*[3]int)(s)
	p[0] = 100
	fmt.Println(s, *p, len(p))
	q := (*[2]int)(s[3:])
	q[1] = 500
	fmt.Println(s, *q)
	var empty []int
	z := (*[0]int)(empty)
	fmt.Println(z == nil)
	arr := *p
	arr[1] = -2
	fmt.Println(s[1], arr)
}
