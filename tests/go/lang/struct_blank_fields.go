package main

import "fmt"

type Padded struct {
	A int
	_ int
	B string
	_ [2]bool
}

// Blank fields take space but can't be named in literals; comparison ignores them and fmt
// prints their zero values.
func main() {
	p := Padded{A: 1, B: "x"}
	q := Padded{A: 1, B: "x"}
	fmt.Println(p == q)
	fmt.Printf("%v %+v\n", p, p)
	q.B = "y"
	fmt.Println(p == q)
	m := map[Padded]int{p: 1}
	m[Padded{A: 1, B: "x"}]++
	fmt.Println(len(m), m[p])
}
