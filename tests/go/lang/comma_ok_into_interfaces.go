// The ok of a comma-ok form assigned to a variable of interface type holds a bool, at
// package level (initialised before the variables that read it) and in a function.
package main

import "fmt"

var c = b
var d = a

var a, b any = any(nil).(bool)

func main() {
	fmt.Println(c, d, c == false, d == false)
	m := map[string]int{"k": 1}
	var v, ok any = m["k"]
	fmt.Println(v, ok)
	var w, ok2 interface{} = m["x"]
	fmt.Println(w, ok2)
	ch := make(chan int, 1)
	ch <- 3
	var r, ok3 any
	r, ok3 = <-ch
	fmt.Printf("%v %v %T\n", r, ok3, ok3)
}
