// exit: 2
// stderr: runtime: goroutine stack exceeds 1000000000-byte limit
// stderr: fatal error: stack overflow
// A cyclic value printed by a String method that fmt calls, in a goroutine whose deferred
// function recovers: the stack overflow is fatal, neither fmt nor recover catches it.
// Checked with Go 1.19.
package main

import "fmt"

type T struct{}

func (T) String() string {
	s := []any{nil}
	s[0] = s
	return fmt.Sprint(s)
}

func main() {
	done := make(chan bool)
	go func() {
		defer func() { fmt.Println("recovered", recover()) }()
		fmt.Println(T{})
		done <- true
	}()
	<-done
	fmt.Println("not reached")
}
