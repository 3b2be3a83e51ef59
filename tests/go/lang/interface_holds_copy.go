package main

import "fmt"

type Box struct{ N int }

func (b *Box) Inc() { b.N++ }

// Storing a value in an interface copies it: later changes to the original are not seen,
// and a type assertion returns another copy. Storing a pointer shares the pointee.
func main() {
	b := Box{1}
	var i interface{} = b
	b.N = 2
	fmt.Println(i, b)
	c := i.(Box)
	c.N = 3
	fmt.Println(i, c)
	var j interface{} = &b
	b.N = 4
	fmt.Println(j.(*Box).N)
	j.(*Box).Inc()
	fmt.Println(b.N)
	arr := [2]int{1, 2}
	var k interface{} = arr
	arr[0] = 100
	fmt.Println(k, arr)
	s := []int{1, 2}
	var l interface{} = s
	s[0] = 100
	fmt.Println(l)
}
