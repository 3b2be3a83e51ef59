// Types that refer to each other through a pointer, in any order of declaration: a struct
// holding another by value that points back, a defined type of a pointer to an array of
// itself (type T *[3]U; type U T), and generic types that refer to each other (a list and
// its elements, an interface and a struct that implements it).
package main

import "fmt"

type T1 struct{ Next *T2 }
type T2 T1

type T18 *[3]T19
type T19 T18

type M *[2][3]N
type N struct{ m M }

type A struct{ b *B }
type B struct{ a A }

type Element[T any] struct {
	next *Element[T]
	list *List[T]
	v    T
}

func (e *Element[T]) Next() *Element[T] {
	if p := e.next; p != &e.list.root {
		return p
	}
	return nil
}

type List[T any] struct{ root Element[T] }

type Shape[a any] interface {
	Match(f func(Cons[a]) int) int
}

type Cons[a any] struct {
	Head a
	Tail Shape[a]
}

func (c Cons[a]) Match(f func(Cons[a]) int) int { return f(c) }

func main() {
	t := &T1{&T2{}}
	fmt.Println(t.Next.Next == nil)
	var x T19 = &[3]T19{}
	x[1] = x
	fmt.Println(x[0] == nil, x[1] != nil, len(x))
	var m M = &[2][3]N{}
	m[1][2].m = m
	fmt.Println(m[1][2].m == m, len(m[0]))
	var b B
	b.a.b = &b
	fmt.Println(b.a.b.a.b == &b)
	var l List[string]
	l.root.list = &l
	l.root.next = &l.root
	l.root.v = "root"
	fmt.Println(l.root.Next() == nil, l.root.list.root.v)
	var s Shape[int] = Cons[int]{3, Cons[int]{4, nil}}
	fmt.Println(s.Match(func(c Cons[int]) int { return c.Head + c.Tail.(Cons[int]).Head }))
}
