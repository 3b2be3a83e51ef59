// exit: 2
// stderr: panic: (main.ErrNotFound) 0x
// stderr: goroutine 1 [running]:
// stderr: main.lookup(
package main

import "fmt"

type ErrNotFound struct{ Key string }

// ErrNotFound is not an error (Error has a pointer receiver), so the runtime does not call
// Error: it prints the dynamic type and an address, as for any non-basic value.
func (e *ErrNotFound) Error() string { return "not found: " + e.Key }

func lookup(k string) {
	panic(ErrNotFound{k})
}

func main() {
	fmt.Println("looking up")
	lookup("k")
}
