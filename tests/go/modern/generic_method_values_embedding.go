package main

import "fmt"

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(x T) { s.items = append(s.items, x) }
func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	x := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return x, true
}
func (s Stack[T]) Len() int { return len(s.items) }

type History struct {
	Stack[string]
	name string
}

// Method values and method expressions of generic types, and a generic type embedded in
// an ordinary struct (its methods are promoted).
func main() {
	var s Stack[int]
	push := s.Push
	push(1)
	push(2)
	pop := (*Stack[int]).Pop
	v, ok := pop(&s)
	fmt.Println(v, ok, s.Len())
	h := History{name: "h"}
	h.Push("a")
	h.Push("b")
	top, _ := h.Pop()
	fmt.Println(top, h.Len(), h.items)
	lenOf := Stack[string].Len
	fmt.Println(lenOf(h.Stack))
	var empty Stack[[]int]
	z, ok := empty.Pop()
	fmt.Println(z == nil, ok)
	fmt.Printf("%T %T\n", push, lenOf)
}
