package main

import (
	"errors"
	"fmt"
)

type Color int

func (c Color) String() string { return [...]string{"red", "green", "blue"}[c] }

type PtrOnly struct{ n int }

func (p *PtrOnly) String() string { return fmt.Sprint("ptr#", p.n) }

type Holder struct {
	Public  Color
	private Color
	Err     error
}

type Panicky struct{}

func (Panicky) String() string { panic("boom") }

type NilSafe struct{}

func (*NilSafe) String() string { return "nil-safe" }

// fmt calls String and Error for operands and for elements of slices, arrays, maps and
// exported struct fields, but not for unexported fields; a String method of *T is not used
// for a T value; %d prints the number; a panicking String method is reported inline.
func main() {
	fmt.Println(Color(1), []Color{0, 2}, [2]Color{1, 1})
	fmt.Println(map[Color]Color{2: 0, 0: 1})
	h := Holder{Public: 2, private: 2, Err: errors.New("bad")}
	fmt.Printf("%v\n%+v\n", h, h)
	fmt.Printf("%d %s %q %x\n", Color(2), Color(2), Color(2), Color(2))
	fmt.Println(PtrOnly{3}, &PtrOnly{4}, []*PtrOnly{{5}}, []PtrOnly{{6}})
	fmt.Println(Panicky{})
	fmt.Printf("[%s]\n", Panicky{})
	var ns *NilSafe
	fmt.Println(ns)
	var c *Color
	fmt.Println(c)
}
