package main

import "fmt"

const (
	Red = iota
	Green
	Blue
)

type P struct{ X, Y int }

// Array and slice literals with index keys, [...] length inference, constant keys, and
// elided element types.
func main() {
	a := [...]int{5: 1, 2, 1: 7}
	fmt.Println(len(a), a)
	names := [...]string{Blue: "blue", Red: "red"}
	fmt.Println(len(names), names, names[Green] == "")
	s := []int{3: 9, 1: 1}
	fmt.Println(len(s), cap(s), s)
	ps := [...]P{{1, 2}, 3: {Y: 4}}
	fmt.Println(len(ps), ps)
	pp := []*P{{5, 6}, nil}
	fmt.Println(*pp[0], pp[1] == nil)
	nested := [2][3]int{{1}, {2: 3}}
	fmt.Println(nested)
	var zero [0]int
	fmt.Println(len(zero), zero, [0]int{} == zero)
	m := map[P][2]string{{1, 2}: {"a"}, {}: {1: "b"}}
	fmt.Println(m[P{1, 2}], m[P{}], len(m))
}
