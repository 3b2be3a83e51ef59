// exit: 2
// stderr: fatal error: all goroutines are asleep - deadlock!
// stderr: goroutine 1 [chan receive]:
package main

import "fmt"

// The classic mistake: the producer forgets to close, so the range never ends.
func main() {
	ch := make(chan int)
	go func() {
		for i := 1; i <= 3; i++ {
			ch <- i * 10
		}
		// missing: close(ch)
	}()
	for v := range ch {
		fmt.Println("got", v)
	}
	fmt.Println("unreachable")
}
