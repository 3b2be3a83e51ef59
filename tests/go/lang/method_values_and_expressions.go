package main

import "fmt"

type Pt struct{ X, Y int }

func (p Pt) Sum() int     { return p.X + p.Y }
func (p *Pt) Scale(k int) { p.X *= k; p.Y *= k }
func (p Pt) Add(q Pt) Pt  { return Pt{p.X + q.X, p.Y + q.Y} }

type Summer interface{ Sum() int }

// Method expressions from value and pointer types and from interface types; method values
// from interface values bind the dynamic value at evaluation time.
func main() {
	sum := Pt.Sum
	psum := (*Pt).Sum
	scale := (*Pt).Scale
	add := Pt.Add
	p := Pt{1, 2}
	scale(&p, 10)
	fmt.Println(sum(p), psum(&p), add(p, Pt{1, 1}))
	fmt.Printf("%T\n%T\n%T\n", sum, scale, add)
	isum := Summer.Sum
	fmt.Println(isum(Pt{3, 4}))
	var s Summer = Pt{5, 5}
	f := s.Sum
	s = Pt{100, 100}
	fmt.Println(f(), s.Sum())
	g := p.Scale
	g(2)
	fmt.Println(p)
	fs := []func() int{Pt{1, 1}.Sum, (&Pt{2, 2}).Sum}
	fmt.Println(fs[0](), fs[1]())
}
