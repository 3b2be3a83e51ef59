package main

import "fmt"

type Size float64

// iota in float, string and bit-mask expressions; an implicitly repeated expression list
// reuses the whole expression with the new iota; iota counts specs, not names.
const (
	_       = iota
	KB Size = 1 << (10 * iota)
	MB
	GB
)

const (
	a, b = iota * iota, -iota
	c, d
	_, _
	e, f
)

const (
	low = 1<<iota - 1
	mid
	high
	top = iota * 1.5
	next
)

const (
	first = "x" + string(rune('a'+iota))
	second
	third
)

const (
	m0 = iota % 3
	m1
	m2
	m3
	m4
)

func main() {
	fmt.Println(KB, MB, GB)
	fmt.Printf("%T\n", GB)
	fmt.Println(a, b, c, d, e, f)
	fmt.Println(low, mid, high, top, next)
	fmt.Printf("%T %T\n", high, next)
	fmt.Println(first, second, third)
	fmt.Println(m0, m1, m2, m3, m4)
	const (
		x = iota + 10
		y
	)
	fmt.Println(x, y)
}
