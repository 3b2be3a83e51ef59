// exit: 2
// stderr: fatal error: all goroutines are asleep - deadlock!
// stderr: goroutine 1 [chan send (nil chan)]:
package main

import "fmt"

// A select with a single case and no default waits like the plain channel
// operation, and Go reports it as one.
func main() {
	ready := make(chan int, 1)
	ready <- 5
	select {
	case v := <-ready:
		fmt.Println("single ready case:", v)
	}
	var nilCh chan int
	fmt.Println("single send case on a nil channel")
	select {
	case nilCh <- 1:
	}
	fmt.Println("unreachable")
}
