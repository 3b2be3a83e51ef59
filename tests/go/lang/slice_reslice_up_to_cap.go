package main

import "fmt"

// A slice can be resliced beyond its length up to its capacity; the elements there are
// visible; s[:0] keeps the capacity; a full slice expression caps it.
func main() {
	s := make([]int, 2, 8)
	s[0], s[1] = 1, 2
	t := s[:6]
	t[5] = 6
	fmt.Println(s, t, len(t), cap(t))
	u := s[3:8]
	fmt.Println(u, len(u), cap(u))
	fmt.Println(s[8:8], len(s[8:8]), cap(s[8:8]), cap(s[2:]))
	z := s[:0]
	fmt.Println(len(z), cap(z))
	z = append(z, 100)
	fmt.Println(s[0])
	c := s[1:2:3]
	fmt.Println(c, len(c), cap(c))
	c = append(c, 7)
	fmt.Println(s[:4])
	c = append(c, 8)
	c[0] = -1
	fmt.Println(s[:4], c)
	e := s[2:2:2]
	e = append(e, 55)
	fmt.Println(s[:4], e, cap(e) >= 1)
	arr := [5]int{0, 1, 2, 3, 4}
	as := arr[1:3]
	fmt.Println(len(as), cap(as), as[:cap(as)])
}
