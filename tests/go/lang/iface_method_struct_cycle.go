package main

import "fmt"

// An interface whose methods return structs that hold the interface: valid Go, whichever
// of the three declarations the checker meets first.
type Type interface {
	Field(i int) Field
	Method(i int) Method
	Name() string
}

type Field struct {
	Name string
	Type Type
}

type Method struct {
	Name string
	Type Type
}

type named string

func (n named) Field(i int) Field   { return Field{fmt.Sprint("f", i), n} }
func (n named) Method(i int) Method { return Method{fmt.Sprint("m", i), n} }
func (n named) Name() string        { return string(n) }

func main() {
	var t Type = named("T")
	f := t.Field(1)
	m := t.Method(2)
	fmt.Println(t.Name(), f.Name, f.Type.Name(), m.Name, m.Type.Field(3).Name)
}
