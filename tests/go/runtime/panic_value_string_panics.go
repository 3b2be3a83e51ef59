// exit: 2
// stderr: fatal error: panic while printing panic value: type main.E
package main

// A panic value whose String method panics with a value that is not a string: Go's fatal
// error names that value's type.

import "fmt"

type E struct{}

type S struct{}

func (S) String() string { panic(E{}) }

func main() {
	fmt.Println("start")
	panic(S{})
}
