package main

import (
	"errors"
	"fmt"
)

type T struct{ n int }

func (t *T) String() string { return fmt.Sprintf("T%d", t.n) }

type V struct{ n int }

func (v V) String() string { return fmt.Sprintf("V%d", v.n) }

type Inner struct{}

func (Inner) String() string { return "inner!" }

type Outer struct {
	Inner
	X int
}

type K int

func (k K) String() string { return fmt.Sprintf("k%d", -int(k)) }

type E struct{ msg string }

func (e *E) Error() string { return e.msg }

type Loop struct{ Next *Loop }

func main() {
	fmt.Println(T{1}, &T{2}, []T{{3}}, []*T{{4}}, map[string]*T{"a": {5}})
	var vp *V
	var tp *T
	fmt.Println(vp, []*V{nil})
	fmt.Printf("%v %s %d\n", vp, vp, vp)
	fmt.Println(Outer{X: 1}, []Outer{{}})
	fmt.Println(map[K]int{1: 1, 2: 2, -3: 3})
	fmt.Printf("%v %+v %#v\n", &E{"boom"}, []error{&E{"x"}}, error(&E{"y"}))
	fmt.Println(fmt.Sprintf("%w", errors.New("e")), fmt.Sprintf("%w", 5))
	l := &Loop{}
	l.Next = l
	fmt.Printf("%v %+v\n", *l == Loop{Next: l}, Loop{})
	fmt.Printf("%s %q %x\n", []fmt.Stringer{V{1}, &T{2}}, []V{{3}}, V{10})
	fmt.Printf("%v|%6v|%-6v|\n", [2]V{}, V{1}, K(2))
	_ = tp
	type pair struct {
		a fmt.Stringer
		B fmt.Stringer
	}
	fmt.Printf("%v %+v\n", pair{V{1}, V{2}}, pair{nil, nil})
	fmt.Printf("%T %T %T\n", V{}, &T{}, fmt.Stringer(V{}))
	fmt.Printf("%p\n", nil)
	var e error = &E{"x"}
	fmt.Printf("%v %d\n", e, e)
	fmt.Print(V{1}, V{2}, "s", V{3}, 4, 5, "\n")
}
