// exit: 2
// stderr: panic: runtime error: invalid memory address or nil pointer dereference
// stderr: goroutine 1 [running]:
package main

import "fmt"

type Inner struct{ V int }
type Outer struct {
	*Inner
	Name string
}

// Reading a field promoted through a nil embedded pointer dereferences nil.
func main() {
	o := Outer{Name: "o"}
	fmt.Println(o.Name)
	fmt.Println(o.V)
}
