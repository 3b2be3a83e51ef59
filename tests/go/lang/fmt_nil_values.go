package main

import "fmt"

type T struct{ A int }

// How fmt prints nil of every kind, with %v, %+v, %d, %s and %T.
func main() {
	var sl []int
	var m map[string]int
	var p *T
	var f func()
	var i interface{}
	var e error
	var ch chan int
	fmt.Println(sl, m, p, f == nil, i, e, ch)
	fmt.Printf("%v %v %v %v %v %v\n", sl, m, p, i, e, ch)
	fmt.Printf("%+v %d %s\n", p, sl, sl)
	fmt.Printf("%T %T %T %T %T %T\n", sl, m, p, i, e, ch)
	fmt.Printf("%#v %#v %#v %#v\n", sl, m, p, i)
	fmt.Printf("%s %d\n", i, i)
	fmt.Printf("[%5v] [%-5v]\n", i, p)
	fmt.Println([]interface{}{nil, sl, p}, map[string]*T{"x": nil})
	fmt.Printf("%v\n", f)
}
