package main

import "fmt"

type Matrix [][]float64

func identity(n int) Matrix {
	m := make(Matrix, n)
	for i := range m {
		m[i] = make([]float64, n)
		m[i][i] = 1
	}
	return m
}

func (a Matrix) Mul(b Matrix) Matrix {
	out := make(Matrix, len(a))
	for i := range a {
		out[i] = make([]float64, len(b[0]))
		for j := range b[0] {
			var s float64
			for k := range b {
				s += a[i][k] * b[k][j]
			}
			out[i][j] = s
		}
	}
	return out
}

// Matrix powers of the Fibonacci matrix, and float products printed with %v and %.3f.
func main() {
	fib := Matrix{{1, 1}, {1, 0}}
	p := identity(2)
	for i := 0; i < 40; i++ {
		p = p.Mul(fib)
	}
	fmt.Println(p)
	r := Matrix{{0.5, 0.25}, {0.125, 2}}
	det := 0.5*2 - 0.25*0.125
	inv := Matrix{{2 / det, -0.25 / det}, {-0.125 / det, 0.5 / det}}
	fmt.Println(r.Mul(inv))
	fmt.Printf("%.3f\n", r.Mul(r))
}
