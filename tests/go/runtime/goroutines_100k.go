// 100,000 goroutines at once: all parked on one channel, then released; and a chain of
// 10,000 goroutines passing a value along.
// timeout: 30
package main

import "fmt"

func main() {
	const n = 100000
	gate := make(chan struct{})
	done := make(chan int, n)
	for i := 0; i < n; i++ {
		go func(i int) {
			<-gate
			done <- i
		}(i)
	}
	close(gate)
	sum := 0
	for i := 0; i < n; i++ {
		sum += <-done
	}
	fmt.Println("sum", sum)

	first := make(chan int)
	in := first
	for i := 0; i < 10000; i++ {
		out := make(chan int)
		go func(in <-chan int, out chan<- int) { out <- 1 + <-in }(in, out)
		in = out
	}
	first <- 0
	fmt.Println("chain", <-in)
}
