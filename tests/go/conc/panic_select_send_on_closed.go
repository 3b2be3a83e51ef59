// exit: 2
// stderr: panic: send on closed channel
// stderr: goroutine 1 [running]:
package main

import "fmt"

func main() {
	ch := make(chan int, 5) // plenty of room
	close(ch)
	fmt.Println("a send case on a closed channel panics, even next to default")
	select {
	case ch <- 1:
		fmt.Println("sent (wrong)")
	default:
		fmt.Println("default (wrong)")
	}
	fmt.Println("unreachable")
}
