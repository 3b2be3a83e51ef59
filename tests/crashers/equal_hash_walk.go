// timeout: 60
// Equality and hashing walk values without C recursion (beside equal_deep_nested_iface.go):
// the same answers in the same order as Go — blank fields skipped, the first difference wins
// before an uncomparable part is reached, map keys nested a million deep.
package main

import "fmt"

type T struct{ a any }

type P struct {
	x int
	_ int
	s string
	i any
}

type A [3]any

func deep(n int, leaf any) any {
	var x any = leaf
	for i := 0; i < n; i++ {
		x = T{x}
	}
	return x
}

func main() {
	fmt.Println(deep(3, 1) == deep(3, 1), deep(3, 1) == deep(3, 2), deep(3, 1) == deep(2, 1))
	fmt.Println(P{1, 2, "a", 1.5} == P{1, 3, "a", 1.5}, P{1, 0, "a", "x"} == P{1, 0, "a", "y"})
	fmt.Println(A{1, "a", T{2}} == A{1, "a", T{2}}, A{1, "a", T{2}} == A{1, "a", T{3}})
	fmt.Println(A{1, nil, nil} == A{1, nil, nil}, A{nil, 1, nil} == A{1, nil, nil})
	fmt.Println(A{1, []int{1}} == A{2, []int{1}})
	m := map[any]int{}
	m[deep(1000000, "k")] = 1
	m[deep(1000000, "j")] = 2
	m[deep(3, 1)] = 3
	m[P{1, 2, "a", T{A{1, 2, 3}}}] = 4
	fmt.Println(len(m), m[deep(1000000, "k")], m[deep(1000000, "j")], m[deep(3, 1)], m[deep(3, 2)],
		m[P{1, 5, "a", T{A{1, 2, 3}}}])
	defer func() { fmt.Println("recovered:", recover()) }()
	m[A{1, T{[]int{1}}}] = 5
}
