// The ok of v, ok = <-c / m[k] / x.(T) stored into an interface or a named bool variable:
// the bool is boxed (Go's issue 16870 and 53619).
package main

import "fmt"

type B bool

var c = b
var d = a

var a, b any = any(nil).(bool)

func main() {
	fmt.Println(c, d)
	ch := make(chan int, 1)
	ch <- 3
	var i int
	var ok interface{}
	i, ok = <-ch
	fmt.Println(i, ok)
	m := map[int]int{1: 2}
	i, ok = m[5]
	fmt.Println(i, ok)
	var x interface{} = 5
	i, ok = x.(int)
	fmt.Println(i, ok)
	var nb B
	_, nb = m[1]
	fmt.Printf("%T %v\n", nb, nb)
	var e error
	e, ok = x.(error)
	fmt.Println(e, ok)
}
