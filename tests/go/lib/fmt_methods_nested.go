package main

import (
	"errors"
	"fmt"
)

type S string

func (s S) String() string { return "S<" + string(s) + ">" }

type P struct{ X int }

func (p *P) String() string { return fmt.Sprintf("P(%d)", p.X) }

type V struct{ X int }

func (v V) String() string { return fmt.Sprintf("V(%d)", v.X) }

type G struct{ A int }

func (g G) GoString() string { return "G!" }

type E struct{}

func (E) Error() string { return "E-err" }

type Boom struct{}

func (Boom) String() string { panic("boom") }

type NilP struct{ x int }

func (n *NilP) String() string { return fmt.Sprint(n.x) }

type inner struct {
	Pub  V
	priv V
	PP   *P
	I    fmt.Stringer
	i    fmt.Stringer
	E    error
	G    G
}

type Both struct{}

func (Both) String() string { return "string" }
func (Both) Error() string  { return "error" }

type ErrPanic struct{}

func (ErrPanic) Error() string { panic(errors.New("inner err")) }

func main() {
	v := V{1}
	p := &P{2}
	in := inner{V{3}, V{4}, &P{5}, V{7}, V{8}, E{}, G{9}}
	fmt.Println(S("a"), v, p, *p, in)
	fmt.Printf("%v\n%+v\n%s\n", in, in, in)
	in.PP = nil
	fmt.Printf("%#v\n", in)
	fmt.Println([]V{{1}, {2}}, map[S]V{"k": {3}}, []*P{{4}}, [2]S{"x", "y"})
	fmt.Printf("%#v %#v %#v\n", G{1}, []G{{2}}, map[string]G{"a": {3}})
	fmt.Printf("%x %X %q %d\n", S("hi"), S("hi"), S("hi"), V{5})
	fmt.Println(Boom{}, []Boom{{}})
	var np *NilP
	fmt.Println(np)
	fmt.Printf("%s|%v|%d\n", np, np, np)
	fmt.Println(Both{}, E{}, []error{E{}, nil})
	fmt.Println(ErrPanic{})
	var st fmt.Stringer
	fmt.Println(st)
	fmt.Printf("%v %d\n", []any{V{1}, S("q"), 3, nil}, []any{V{1}, 3})
	fmt.Printf("%10v|%-10s|\n", V{1}, S("z"))
	m := map[V]int{{2}: 1, {1}: 2}
	fmt.Println(m)
	pv := &v
	fmt.Println(pv, &in.Pub, &in)
	type W struct{ P *V }
	fmt.Printf("%v %+v\n", W{&v}, W{nil})
	fmt.Printf("%t %v\n", Boom{}, struct{ B Boom }{})
	fmt.Printf("%s\n", error(nil))
	fmt.Printf("%v\n", [][]S{{"a"}, {"b", "c"}})
	fmt.Printf("%08v|%-8v|%+v\n", S("x"), V{3}, struct{ A S }{"x"})
}
