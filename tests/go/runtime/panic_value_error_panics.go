// exit: 2
// stderr: fatal error: panic while printing panic value: boom
package main

// A panic value whose Error method panics: Go gives up printing it, with a fatal error that
// quotes the second panic's string.

import "fmt"

type E struct{}

func (E) Error() string { panic("boom") }

func main() {
	fmt.Println("start")
	panic(E{})
}
