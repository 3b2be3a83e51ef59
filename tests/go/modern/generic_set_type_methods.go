package main

import (
	"fmt"
	"sort"
)

type Set[T comparable] struct {
	m map[T]struct{}
}

func NewSet[T comparable](xs ...T) *Set[T] {
	s := &Set[T]{m: make(map[T]struct{})}
	for _, x := range xs {
		s.Add(x)
	}
	return s
}

func (s *Set[T]) Add(x T)      { s.m[x] = struct{}{} }
func (s *Set[T]) Has(x T) bool { _, ok := s.m[x]; return ok }
func (s *Set[T]) Len() int     { return len(s.m) }
func (s *Set[T]) Union(o *Set[T]) *Set[T] {
	r := NewSet[T]()
	for x := range s.m {
		r.Add(x)
	}
	for x := range o.m {
		r.Add(x)
	}
	return r
}

func (s *Set[T]) Sorted(less func(a, b T) bool) []T {
	out := make([]T, 0, len(s.m))
	for x := range s.m {
		out = append(out, x)
	}
	sort.Slice(out, func(i, j int) bool { return less(out[i], out[j]) })
	return out
}

type point struct{ x, y int }

// A generic type with pointer-receiver methods, instantiated with string, int and a
// struct type; methods returning the same instantiation.
func main() {
	a := NewSet("x", "y", "x")
	b := NewSet("z", "y")
	u := a.Union(b)
	fmt.Println(a.Len(), b.Len(), u.Len(), u.Has("z"), u.Has("w"))
	fmt.Println(u.Sorted(func(p, q string) bool { return p < q }))
	n := NewSet(3, 1, 2, 3)
	fmt.Println(n.Sorted(func(p, q int) bool { return p > q }))
	ps := NewSet(point{1, 2}, point{1, 2}, point{0, 5})
	fmt.Println(ps.Len(), ps.Has(point{0, 5}))
	fmt.Printf("%T %T\n", a, ps)
}
