// A switch without a tag compares each case with true: a case of interface type is true
// only when it holds the bool true.
package main

import "fmt"

type B bool

func main() {
	var i interface{} = true
	var j any = 1
	var k fmt.Stringer
	b := B(false)
	switch {
	case j:
		fmt.Println("j")
	case k == nil && bool(b):
		fmt.Println("b")
	case i:
		fmt.Println("i")
	}
	switch i := interface{}(true); {
	case i:
		fmt.Println("true")
	default:
		fmt.Println("false")
	}
}
