// exit: 2
// stderr: panic: close of closed channel
// stderr: [running]:
// stderr: created by main.main
package main

import "fmt"

func main() {
	ch := make(chan int)
	done := make(chan bool)
	close(ch)
	fmt.Println("main closed the channel")
	go func() {
		defer fmt.Println("goroutine's deferred call runs")
		close(ch)
		done <- true
	}()
	<-done
	fmt.Println("unreachable")
}
