package main

// Arrays inside a struct variable held in registers, indexed with a value known only at run
// time: reads, writes, op-assignments, ++, nested arrays and structs, tuple assignments, and
// the bounds check.

import "fmt"

type In struct {
	n int
	b [2]int
}

type S struct {
	tag string
	a   [3]In
	m   [2][3]int
	f   [2]float64
}

func sum(s S) (t int) {
	for i := 0; i < len(s.a); i++ {
		for j := range s.a[i].b {
			t += s.a[i].b[j] * (i + 1)
		}
		t += s.a[i].n
	}
	return t
}

func fill(s S, k int) S {
	s.a[k].n = k * 100
	s.a[k].b[k%2] = k
	return s
}

func main() {
	var s S
	i, j := 1, 2
	s.a[i].b[1] = 5
	s.a[j].n = 7
	s.m[i][j] = 9
	s.m[i-1][j-2] += 4
	s.m[i][j] *= 3
	s.a[i].b[0]++
	s.a[0].b[i]--
	s.f[i] = 2.5
	s.f[i] /= 2
	s.a[j] = In{n: 1, b: [2]int{2, 3}}
	fmt.Println(s.a, s.m, s.f, s.a[i], s.a[i].b[1], s.m[i][j], s.m[i])
	fmt.Println(sum(s), sum(fill(s, 2)))

	k := 0
	k, s.a[k].b[k] = 2, 42 // the index is evaluated before the assignment
	fmt.Println(k, s.a[0].b)

	x := s.a[i]
	x.b[j-1] = 11
	fmt.Println(x, s.a[i])

	for r := 0; r < 3; r++ {
		s.a[r].n += r
		s.m[r%2][r] = r * r
	}
	fmt.Println(s.a, s.m)

	defer func() { fmt.Println("recovered:", recover()) }()
	j = 3
	s.a[j].n = 1
}
