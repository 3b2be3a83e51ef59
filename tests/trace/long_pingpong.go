// A ball passed 2,000 times between two goroutines: a trace far longer than the HTML page
// draws (4,000 messages), for the test of the page's left-out middle.
package main

import "fmt"

func player(in <-chan int, out chan<- int) {
	for n := range in {
		out <- n + 1
	}
	close(out)
}

func main() {
	ping, pong := make(chan int), make(chan int)
	go player(ping, pong)
	total := 0
	for i := 0; i < 2000; i++ {
		ping <- i
		total += <-pong - i
	}
	close(ping)
	<-pong
	fmt.Println(total)
}
