package main

import "fmt"

// A pointer to an array can be indexed, sliced, ranged over and passed to len and cap
// directly. len of a nil *[N]T is the constant N, and ranging over only its indexes does
// not dereference it.
func main() {
	arr := [4]int{1, 2, 3, 4}
	p := &arr
	p[1] = 20
	fmt.Println(len(p), cap(p), arr, p[1:3], *p == arr)
	for i, v := range p {
		p[3] = 40
		fmt.Print(i, ":", v, " ")
	}
	fmt.Println()
	s := p[:]
	s[0] = 10
	fmt.Println(arr)
	var np *[3]string
	fmt.Println(len(np), cap(np), np == nil)
	n := 0
	for i := range np {
		n += i
	}
	fmt.Println(n)
	q := new([2]bool)
	q[1] = true
	fmt.Println(*q)
}
