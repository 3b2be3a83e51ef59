// A worker panics after receiving a value: the trace marks the panic, and the program ends
// with Go's panic report and exit status 2.
package main

import "fmt"

func worker(jobs <-chan int, done chan<- bool) {
	for j := range jobs {
		if j == 3 {
			panic(fmt.Sprintf("job %d failed", j))
		}
		done <- true
	}
}

func main() {
	jobs := make(chan int)
	done := make(chan bool)
	go worker(jobs, done)
	for j := 1; j <= 3; j++ {
		jobs <- j
		if j < 3 {
			<-done
		}
	}
	select {}
}
