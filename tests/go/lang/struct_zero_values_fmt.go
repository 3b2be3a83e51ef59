package main

import "fmt"

type Inner struct {
	N int
	S string
}

type All struct {
	I   int
	F   float64
	B   bool
	S   string
	Sl  []int
	M   map[string]int
	P   *int
	Fn  func()
	E   error
	Any interface{}
	Arr [2]uint8
	In  Inner
	IP  *Inner
}

// The zero value of every kind of field, printed with %v and %+v.
func main() {
	var a All
	fmt.Printf("%v\n", a)
	fmt.Printf("%+v\n", a)
	fmt.Println(a.Sl == nil, a.M == nil, a.P == nil, a.Fn == nil, a.E == nil, a.Any == nil)
	a.IP = &Inner{2, "two"}
	a.Sl = []int{}
	a.M = map[string]int{}
	fmt.Printf("%+v\n", a.IP)
	fmt.Printf("%v %v %d %d\n", a.Sl, a.M, len(a.Sl), len(a.M))
}
