// Three workers, nine jobs: a program whose channel traffic is known exactly, for the trace
// tests. A feeder sends 9 values on jobs and closes it, the workers send 9 on results and
// then 3 on done: 21 sends, 21 receives; the close ends each worker's range loop (3
// receives of the closed channel); 4 go statements.
package main

import "fmt"

func worker(jobs <-chan int, results chan<- int, done chan<- bool) {
	for j := range jobs {
		results <- j * 2
	}
	done <- true
}

func feed(jobs chan<- int) {
	for j := 1; j <= 9; j++ {
		jobs <- j
	}
	close(jobs)
}

func main() {
	jobs := make(chan int, 3)
	results := make(chan int)
	done := make(chan bool)
	for w := 0; w < 3; w++ {
		go worker(jobs, results, done)
	}
	go feed(jobs)
	sum := 0
	for j := 1; j <= 9; j++ {
		sum += <-results
	}
	for w := 0; w < 3; w++ {
		<-done
	}
	fmt.Println(sum)
}
