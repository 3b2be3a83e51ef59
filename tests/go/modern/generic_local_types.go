// Generic types declared inside a function: in the block's scope (its constants, its other
// types), one type per declaration (a Pair in an inner block is another type), instances
// identical when their type arguments are. A generic type may instantiate another with
// itself when that one does not need its layout (X[A] below is an int).
package main

import "fmt"

type Num interface{ ~int | ~float64 }

type U[_ any] int
type X[A any] U[X[A]]

func main() {
	const n = 3
	type Arr[T any] [n]T
	var a Arr[int]
	a[2] = 7
	fmt.Println(a, len(a))
	type List[T any] struct {
		next *List[T]
		v    T
	}
	l := &List[string]{v: "a", next: &List[string]{v: "b"}}
	fmt.Println(l.v, l.next.v, l.next.next == nil)
	type Pair[A Num, B any] struct {
		a A
		b B
	}
	p := Pair[int, string]{1, "x"}
	var i interface{} = p
	_, ok := i.(Pair[int, string])
	_, ok2 := i.(Pair[float64, string])
	fmt.Printf("%v %T %v %v\n", p, p, ok, ok2)
	{
		type Pair[T any] struct{ t T }
		var j interface{} = Pair[int]{}
		_, ok := j.(Pair[int])
		fmt.Println(ok, i == j)
	}
	type LU[_ any] int
	type LX[A any] LU[LX[A]]
	var x X[int] = 3
	var lx LX[string] = 4
	fmt.Println(x+1, lx*2)
}
