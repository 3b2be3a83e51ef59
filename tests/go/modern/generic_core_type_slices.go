package main

import "fmt"

type IDs []int
type Names []string

func Filter[S ~[]E, E any](s S, keep func(E) bool) S {
	var out S
	for _, v := range s {
		if keep(v) {
			out = append(out, v)
		}
	}
	return out
}

func Reverse[S ~[]E, E any](s S) S {
	out := make(S, len(s))
	for i, v := range s {
		out[len(s)-1-i] = v
	}
	return out
}

func Keys[M ~map[K]V, K comparable, V any](m M) int { return len(m) }

type Index map[string]int

// Constraints with a core type (~[]E, ~map[K]V): range, make and append work on the type
// parameter, and the named slice type survives (%T).
func main() {
	ids := IDs{5, 8, 13, 21}
	odd := Filter(ids, func(v int) bool { return v%2 == 1 })
	fmt.Printf("%T %v\n", odd, odd)
	r := Reverse(Names{"a", "b", "c"})
	fmt.Printf("%T %v\n", r, r)
	fmt.Println(Reverse([]float64{}), len(Filter(IDs(nil), func(int) bool { return true })))
	fmt.Println(Keys(Index{"a": 1, "b": 2}), Keys(map[int]bool{}))
}
