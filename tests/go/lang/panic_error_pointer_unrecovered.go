// exit: 2
// stderr: panic: not found: k
// stderr: goroutine 1 [running]:
package main

import "fmt"

type ErrNotFound struct{ Key string }

func (e *ErrNotFound) Error() string { return "not found: " + e.Key }

// A panic value that implements error is printed with its Error method.
func main() {
	defer fmt.Println("deferred print runs first")
	var err error = &ErrNotFound{"k"}
	panic(err)
}
