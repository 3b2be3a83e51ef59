package main

import "fmt"

type Base struct {
	ID   int
	tags []string
}

func (b *Base) SetID(id int)    { b.ID = id }
func (b Base) Describe() string { return fmt.Sprintf("base#%d", b.ID) }

type Derived struct {
	*Base
	Name string
}

type IDSetter interface{ SetID(int) }

// Embedding a pointer: fields and methods are promoted through it, copies of the outer
// struct share the embedded value, and the outer value's method set includes the pointer
// methods of the embedded type.
func main() {
	d := Derived{&Base{ID: 1}, "d"}
	d.SetID(7)
	fmt.Println(d.ID, d.Base.ID, d.Describe())
	c := d
	c.ID = 99
	c.Name = "c"
	fmt.Println(d.ID, d.Name, c.Name)
	var s IDSetter = d
	s.SetID(42)
	fmt.Println(d.ID, c.Describe())
	d.tags = append(d.tags, "x")
	fmt.Println(len(c.tags))
	e := Derived{Name: "empty"}
	fmt.Println(e.Base == nil)
}
