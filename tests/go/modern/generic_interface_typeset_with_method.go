package main

import (
	"fmt"
	"strconv"
)

type Label interface {
	~int | ~string
	Label() string
}

type Code int

func (c Code) Label() string { return "C" + strconv.Itoa(int(c)) }

type Tag string

func (t Tag) Label() string { return "#" + string(t) }

func Describe[T Label](xs []T) string {
	s := ""
	for _, x := range xs {
		s += x.Label() + fmt.Sprintf("(%v) ", x)
	}
	return s
}

func Zero[T any]() T {
	var z T
	return z
}

// A constraint with both a type set and a method; the zero value of a type parameter
// instantiated with an interface, pointer or struct type.
func main() {
	fmt.Println(Describe([]Code{7, 42}))
	fmt.Println(Describe([]Tag{"go", "c"}))
	fmt.Println(Zero[error]() == nil, Zero[*int]() == nil, Zero[struct{ A int }](), Zero[string]() == "")
	fmt.Printf("%q %v %v\n", Zero[string](), Zero[[]int]() == nil, Zero[float64]())
}
