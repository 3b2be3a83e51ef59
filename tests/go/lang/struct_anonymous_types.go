package main

import "fmt"

type Named struct {
	X int
	Y string
}

// Anonymous struct types: identical literal types are the same type; values convert to and
// from a named type with the same fields; they can be map keys, elements and fields.
func main() {
	a := struct {
		X int
		Y string
	}{1, "a"}
	var b struct {
		X int
		Y string
	}
	b = a
	fmt.Println(a == b, b)
	var n Named = a
	fmt.Println(n, Named(b) == n)
	pts := []struct{ X, Y int }{{1, 2}, {3, 4}}
	fmt.Println(pts, len(pts))
	m := map[struct{ A, B int }]string{{1, 2}: "x"}
	fmt.Println(m[struct{ A, B int }{1, 2}])
	cfg := struct {
		Name  string
		Inner struct{ On bool }
	}{Name: "cfg"}
	cfg.Inner.On = true
	fmt.Printf("%+v\n", cfg)
	fmt.Printf("%T\n", cfg)
	var empty struct{}
	fmt.Println(empty == struct{}{}, empty)
}
