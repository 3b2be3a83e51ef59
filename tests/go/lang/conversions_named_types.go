package main

import "fmt"

type Celsius float64
type Fahrenheit float64
type Bytes []byte
type Text string
type Runes []rune

type Point struct{ X, Y int }
type Tagged struct {
	X int `json:"x"`
	Y int `json:"y"`
}

// Conversions between named types sharing an underlying type; string conversions through
// named byte and rune slices; struct conversion ignores tags; pointer conversion between
// named pointer base types.
func main() {
	c := Celsius(100)
	f := Fahrenheit(c*9/5 + 32)
	fmt.Printf("%T %v %T %v\n", c, c, f, f)
	t := Text("héllo")
	b := Bytes(t)
	r := Runes(t)
	fmt.Println(len(b), len(r), string(b), string(r), Text(r[1:3]))
	b[0] = 'H'
	fmt.Println(t, Text(b))
	p := Point{1, 2}
	tg := Tagged(p)
	tg.X = 10
	fmt.Println(p, tg, Point(tg))
	pp := &p
	tp := (*Tagged)(pp)
	tp.Y = 20
	fmt.Println(p)
	anon := struct{ X, Y int }{3, 4}
	p = anon
	fmt.Println(p)
	fmt.Printf("%T %T\n", anon, Point(anon))
}
