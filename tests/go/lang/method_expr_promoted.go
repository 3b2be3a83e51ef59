package main

// Method expressions T.m and (*T).m of methods promoted through embedded fields: through an
// embedded pointer (first field or not), through two levels, and an embedded interface's
// method.

import "fmt"

type A struct{ val int }

func (p *A) m1(v int)    { p.val = v }
func (a A) get() int     { return a.val }

type B struct {
	filler int
	*A
}

type C struct {
	*A
	x int
}

type D struct {
	name string
	B
}

type I interface{ Get() string }
type named string

func (n named) Get() string { return string(n) }

type E struct {
	n int
	I
}

func main() {
	b := B{A: &A{}}
	m := B.m1
	m(b, 7)
	fmt.Println(b.val, B.get(b), (*B).get(&b))
	c := C{A: &A{}}
	C.m1(c, 8)
	(*C).m1(&c, 9)
	fmt.Println(c.val, C.get(c))
	d := D{"d", b}
	D.m1(d, 10)
	fmt.Println(d.val, D.get(d), (*D).get(&d), b.val)
	e := E{1, named("hi")}
	fmt.Println(E.Get(e), (*E).Get(&e))
	f := (*D).m1
	f(&d, 11)
	fmt.Println(d.val)
}
