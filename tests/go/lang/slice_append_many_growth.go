package main

import "fmt"

// Appending several elements at once: when the new length exceeds twice the old capacity,
// the new capacity is the new length rounded up to a size class; otherwise the usual
// growth applies. make's capacity is exact.
func main() {
	s := []int{1, 2}
	s = append(s, 3, 4, 5)
	fmt.Println(len(s), cap(s))
	s = append(s, make([]int, 20)...)
	fmt.Println(len(s), cap(s))
	var e []int
	e = append(e, make([]int, 7)...)
	fmt.Println(len(e), cap(e))
	e = append(e, 1)
	fmt.Println(len(e), cap(e))
	big := make([]int, 300)
	big = append(big, 1)
	fmt.Println(len(big), cap(big))
	big = append(big, make([]int, 400)...)
	fmt.Println(len(big), cap(big))
	big = append(big, make([]int, 2000)...)
	fmt.Println(len(big), cap(big))
	var bs []byte
	bs = append(bs, "hello, world, this is 33 bytes!!!"...)
	fmt.Println(len(bs), cap(bs))
	bs = append(bs, '!')
	fmt.Println(len(bs), cap(bs))
	m := make([]int64, 5, 5)
	fmt.Println(len(m), cap(m))
	m = append(m, 1)
	fmt.Println(len(m), cap(m))
	f := make([]float64, 0, 3)
	f = append(f, 1, 2, 3)
	fmt.Println(len(f), cap(f))
	f = append(f, 4)
	fmt.Println(len(f), cap(f))
	u := make([]uint16, 1000)
	u = append(u, 1)
	fmt.Println(len(u), cap(u))
}
