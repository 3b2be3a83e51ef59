package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"strings"
	"time"
)

type Address struct {
	Street string `json:"street"`
	City   string `json:"city,omitempty"`
}

type Person struct {
	Name     string            `json:"name"`
	Age      int               `json:"age,omitempty"`
	Email    string            `json:"-"`
	Dash     string            `json:"-,"`
	Nick     *string           `json:"nick"`
	Tags     []string          `json:"tags,omitempty"`
	Addr     *Address          `json:"address,omitempty"`
	Home     Address           `json:"home"`
	Scores   map[string]int    `json:"scores"`
	Extra    any               `json:"extra"`
	ID       int64             `json:"id,string"`
	Ratio    float64           `json:",string"`
	Flag     bool              `json:"flag,string"`
	Quoted   string            `json:"quoted,string"`
	private  int
	Untagged int
	Bytes    []byte
	Matrix   [2][2]int
	Fn       func() `json:"-"`
}

// Embedding: promoted fields, conflicts resolved by depth and tags.
type Base struct {
	ID   int    `json:"id"`
	Kind string `json:"kind"`
}
type Meta struct {
	Kind    string `json:"kind"` // same depth as Base.Kind: both dropped
	Version int
}
type Tagged struct {
	Name string `json:"name"`
}
type Plain struct {
	Name string
}
type inner struct {
	Hidden  int `json:"hidden"`
	Visible int
}
type Doc struct {
	Base
	Meta
	*Tagged
	Plain
	inner
	Title string
	ID    string `json:"id"` // shallower than Base.ID: wins
}

// Marshalers.
type Celsius float64

func (c Celsius) MarshalJSON() ([]byte, error) {
	return []byte(fmt.Sprintf(`{"celsius": %.1f, "html": "<b>"}`, float64(c))), nil
}

type Color int

func (c Color) MarshalText() ([]byte, error) {
	return []byte([]string{"red", "green", "blue"}[c]), nil
}

type PtrMarsh struct{ N int }

func (p *PtrMarsh) MarshalJSON() ([]byte, error) { return []byte(fmt.Sprint(p.N * 100)), nil }

type Bad struct{}

func (Bad) MarshalJSON() ([]byte, error) { return []byte("{bad"), nil }

type Failing struct{}

func (Failing) MarshalJSON() ([]byte, error) { return nil, errors.New("boom") }

type FailingText struct{}

func (FailingText) MarshalText() ([]byte, error) { return nil, errors.New("text boom") }

type Node struct {
	V    int
	Next *Node `json:",omitempty"`
}

func show(v any) {
	b, err := json.Marshal(v)
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	fmt.Println(string(b))
}

func main() {
	// scalars
	show(nil)
	show(true)
	show(42)
	show(int8(-8))
	show(uint64(math.MaxUint64))
	show("plain")
	show(`quote" backslash\ slash/ tab	 nl
 cr` + "\r")
	show("<html> & \u2028 \u2029 \x01 \x1f \x7f é 日本")
	show("bad utf8: \xff\xfe end")
	show(time.Duration(1500))

	// floats: 'f' below 1e21, 'e' above; tiny values in 'e' with e-7 style exponents
	for _, f := range []float64{0, math.Copysign(0, -1), 1, -1.5, 0.1, 1e20, 1e21, 123456789e13,
		1e-6, 1e-7, 0.000001234, 3.14159265358979, 1 / 3.0, 5e-324, math.MaxFloat64, 100, 1e6} {
		show(f)
	}
	for _, f := range []float32{0.1, 1e21, 1e-7, 3.4e38, 16777216, 1.0 / 3} {
		show(f)
	}
	show(math.NaN())
	show(math.Inf(-1))
	show(float32(math.Inf(1)))

	// composite values
	show([]int{1, 2, 3})
	show([]int(nil))
	show([]int{})
	show([3]bool{true})
	show([]byte("hello, world"))
	show([]byte(nil))
	show([][]byte{[]byte("ab"), nil})
	show(map[string]int{"b": 2, "a": 1, "c": 3, "A": 0, "aa": 4})
	show(map[int]string{10: "ten", 2: "two", -1: "minus"})
	show(map[uint8]bool{200: true, 3: false})
	show(map[Color]int{2: 20, 0: 0, 1: 10})
	show(map[string]any{"z": nil, "list": []any{1, "two", 3.5, false}, "m": map[string]any{}})
	show(map[string]int(nil))
	show(struct{}{})
	show(&struct{ A, B int }{1, 2})
	var np *Person
	show(np)
	var ip any = &np
	show(ip)

	nick := "bob"
	p := Person{Name: "Alice", Age: 30, Email: "a@x", Dash: "dash", Nick: &nick,
		Tags: []string{"x", "y"}, Home: Address{Street: "Main"},
		Scores: map[string]int{"go": 9, "c": 7}, Extra: map[string]any{"k": []int{1}},
		ID: 1234567890123, Ratio: 0.5, Flag: true, Quoted: "q", private: 9, Untagged: 7,
		Bytes: []byte{0, 1, 2, 250}, Matrix: [2][2]int{{1, 2}, {3, 4}}}
	show(p)
	show(Person{})

	show(Doc{Base: Base{ID: 1, Kind: "b"}, Meta: Meta{Kind: "m", Version: 2},
		Tagged: &Tagged{Name: "tagged"}, Plain: Plain{Name: "plain"},
		inner: inner{Hidden: 5, Visible: 6}, Title: "t", ID: "top"})
	show(Doc{})

	// marshalers
	show(Celsius(21.5))
	show([]Celsius{1, 2})
	show(map[string]Celsius{"x": 3})
	show(Color(1))
	show([]Color{0, 2})
	show(PtrMarsh{7})
	show(&PtrMarsh{7})
	show([]PtrMarsh{{1}, {2}}) // slice elements are addressable
	show(struct{ P PtrMarsh }{PtrMarsh{3}})
	show(Bad{})
	show(Failing{})
	show(FailingText{})
	show(map[string]any{"f": Failing{}})
	var nilMarsh *PtrMarsh
	var nilIface json.Marshaler
	show(struct {
		A *PtrMarsh
		B json.Marshaler
		C *Color
		D json.Marshaler
	}{nilMarsh, nilIface, nil, &PtrMarsh{4}})
	show(json.RawMessage(`{"raw": [1, 2,   3]}`))
	show(struct {
		R json.RawMessage
		N json.RawMessage
	}{R: json.RawMessage(`"x"`)})
	show(json.Number("12.5e3"))
	show(struct{ N json.Number }{})
	show(json.Number("1x"))
	show(time.Date(2024, 1, 2, 3, 4, 5, 6, time.UTC))

	// unsupported
	show(make(chan int))
	show(map[bool]int{true: 1})
	show(struct{ F func() }{})
	show(complex(1, 2))
	show([]any{1, make(chan string)})

	// cycles
	cyc := &Node{V: 1}
	cyc.Next = cyc
	show(cyc)
	self := map[string]any{}
	self["self"] = self
	show(self)
	loop := []any{nil}
	loop[0] = loop
	show(loop)

	// indentation
	b, _ := json.MarshalIndent(map[string]any{"a": []int{1, 2}, "b": map[string]int{},
		"c": []int{}, "d": struct{ X, Y int }{1, 2}}, ">", "\t")
	fmt.Println(string(b))
	b, _ = json.MarshalIndent([]any{}, "", "  ")
	fmt.Println(string(b))
	b, _ = json.MarshalIndent(Node{1, &Node{2, &Node{V: 3}}}, "", " ")
	fmt.Println(string(b))
	fmt.Println(strings.Count(string(b), "\n"))
}
