// go: skip
// exit: 2
// stderr: panic: panic called with nil argument
// stderr: goroutine 1 [running]:
package main

import "fmt"

// An unrecovered panic(nil) (Go 1.21+) reports the *runtime.PanicNilError's message.
func main() {
	fmt.Println("before")
	var v interface{}
	panic(v)
}
