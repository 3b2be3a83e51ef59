package main

// Elements of more than 65,535 slots (and of more than 32,767) are indexed, sliced, copied
// and ranged over at their full size: the element sizes travel in 32-bit operands
// (SADDR, SLICE, COPY, CLEAR), and an array pointer beyond PADDR's and SLICEP's operands is
// indexed and sliced as a slice. Checked with Go 1.19.

import "fmt"

type E [40000]int
type F [70000]int

func main() {
	s := make([]E, 3)
	s[2][39999] = 5
	t := s[1:3]
	fmt.Println(t[1][39999], len(t), cap(t))
	u := make([]F, 4)
	u[3][69999] = 6
	v := u[2:]
	fmt.Println(v[1][69999])
	var arr [3]F
	p := &arr
	p[2][5] = 9
	w := p[1:]
	fmt.Println(w[1][5], len(w))
	n := copy(u, u[3:])
	fmt.Println(n, u[0][69999])
	for i := range u {
		u[i][1] = i
	}
	fmt.Println(u[3][1])
	var three [3]int
	q := &three
	fmt.Println(len(q[1:]), q[2])
}
