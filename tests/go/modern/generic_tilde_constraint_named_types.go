package main

import "fmt"

type Number interface {
	~int | ~int8 | ~int64 | ~float32 | ~float64
}

type Cents int64
type Ratio float32

func Sum[T Number](xs ...T) T {
	var total T
	for _, x := range xs {
		total += x
	}
	return total
}

func Scale[T Number](xs []T, k T) []T {
	out := make([]T, len(xs))
	for i, x := range xs {
		out[i] = x * k
	}
	return out
}

// A ~T constraint admits named types with that underlying type; results keep the named
// type, and arithmetic follows it (int8 wraps, float32 rounds).
func main() {
	c := Sum(Cents(150), 250, 99)
	fmt.Printf("%T %v\n", c, c)
	r := Sum[Ratio](0.1, 0.2)
	fmt.Printf("%T %v\n", r, r)
	var i8 int8 = Sum[int8](100, 27, 1)
	fmt.Println(i8)
	fmt.Println(Scale([]float64{1.5, -2}, 2), Scale([]Cents{3}, 7))
	fmt.Printf("%T\n", Scale([]Cents{3}, 7))
	fmt.Println(Sum[int]())
}
