// error: 13:4: p.M undefined (type PS has no field or method M)
// A defined pointer type has no methods, not even its base type's (its fields are selected).
package main

type S struct{ f int }

func (S) M() {}

type PS *S

func main() {
	var p PS = &S{}
	p.M()
	p.f = 1
}
