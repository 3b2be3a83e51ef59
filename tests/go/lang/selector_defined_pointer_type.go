// A value of a defined pointer type selects the fields of its base type, promoted ones
// included (x.f is (*x).f), but none of its methods; a literal element of such a type may
// elide &S.
package main

import "fmt"

type S struct {
	f int
	E
}
type E struct{ g string }

func (S) M() {}

type PS *S

func main() {
	type T *struct{ x int }
	var q T = &struct{ x int }{1}
	q.x = 7
	fmt.Println(q.x)
	p := PS(&S{f: 1, E: E{"e"}})
	p.f++
	p.g += "!"
	fmt.Println(p.f, p.g, (*p).f)
	x := []PS{{f: 5}}
	fmt.Println(x[0].f)
}
