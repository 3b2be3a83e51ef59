package main

import (
	"encoding/json"
	"fmt"
)

type Name struct {
	First string `json:"first"`
	Last  string `json:"last"`
}

type Contact struct {
	Email string `json:"email"`
	Last  string `json:"last"` // same depth as Name.Last: both dropped
}

type Tagged struct {
	Email string `json:"email"`
}

type Untagged struct {
	Email string
}

type MyInt int
type myInt int

type deep struct {
	Inner int `json:"inner"`
	First string `json:"first"` // deeper than Name.First: loses
}

type Level1 struct {
	deep
}

type Profile struct {
	Name
	Contact
	*Level1
	MyInt
	myInt
	Named Name `json:"named"`
	Plain Name `json:",omitempty"`
}

// Tagged beats untagged at the same depth.
type Both struct {
	Tagged
	Untagged
}

// The same type embedded twice at the same depth: its fields vanish.
type X struct{ V int }
type HasX1 struct{ X }
type HasX2 struct{ X }
type Twice struct {
	HasX1
	HasX2
}

// An embedded struct with a tag name is an ordinary field.
type WithTag struct {
	Name `json:"name"`
	Age  int
}

type unexported struct {
	A int
	b int
}

type Outer struct {
	*unexported
	C int
}

func show(v any) {
	b, err := json.Marshal(v)
	fmt.Println(string(b), err)
}

func main() {
	p := Profile{Name: Name{"Ada", "Lovelace"}, Contact: Contact{"ada@x", "L"},
		Level1: &Level1{deep{7, "deep"}}, MyInt: 3, myInt: 4, Named: Name{"N", "M"}}
	show(p)
	show(Profile{})
	show(Both{Tagged{"t"}, Untagged{"u"}})
	show(Twice{HasX1{X{1}}, HasX2{X{2}}})
	show(WithTag{Name{"a", "b"}, 3})

	var q Profile
	fmt.Println(json.Unmarshal([]byte(`{"first":"F","last":"L","email":"E","inner":9,
		"MyInt":5,"myInt":6,"named":{"first":"n"}}`), &q))
	fmt.Printf("%+v %+v %v %d %d\n", q.Name, q.Contact, q.Level1 != nil && q.Level1.Inner == 9,
		q.MyInt, q.myInt)

	var b Both
	json.Unmarshal([]byte(`{"email":"e","Email":"E"}`), &b)
	fmt.Printf("%+v\n", b)

	var o Outer
	fmt.Println(json.Unmarshal([]byte(`{"A":1,"C":2}`), &o), o.C, o.unexported == nil)
	show(Outer{&unexported{1, 2}, 3})
	show(Outer{nil, 3})
}
