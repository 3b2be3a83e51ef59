// A method's receiver declares its own type parameters: a blank one (L[_, K]) still stands
// for its type argument (the fields keep their offsets), and their constraints are the
// type's with the receiver's parameters substituted ([N NodeC[E], E EdgeC[N]]). Methods
// named _ may repeat and join no method set.
package main

import "fmt"

type L[T any, K any] struct {
	ID T
	A  []K
}

func (l L[_, K]) As() []K { return l.A }

type Foo[T1, T2 any] struct {
	t1 T1
	t2 T2
}

func (f *Foo[_, _]) String() string { return fmt.Sprintf("%v/%v", f.t1, f.t2) }

type NodeC[E any] interface{ Edges() []E }
type EdgeC[N any] interface{ Node() N }

type Graph[N NodeC[E], E EdgeC[N]] struct{ n N }
type path[N NodeC[E], E EdgeC[N]] struct{ n N }

func (g *Graph[N, E]) Len() int {
	p := path[N, E]{g.n}
	return len(p.n.Edges())
}

type node int
type edge int

func (n node) Edges() []edge { return make([]edge, int(n)) }
func (e edge) Node() node     { return node(e) }

type T struct{}

func (T) _()  {}
func (T) _()  {}
func (*T) _() {}

func main() {
	l := L[string, int]{"fake", []int{1, 2}}
	fmt.Println(len(l.As()), l.As())
	fmt.Println(&Foo[string, int]{"a", 3})
	g := &Graph[node, edge]{3}
	fmt.Println(g.Len())
	fmt.Println(T{})
}
