package main

import "fmt"

// queue sits between a fast producer and a slow consumer. Its send case is
// switched on (out = outCh) only while it holds something to send; a nil
// channel disables it.
func queue(in <-chan int, outCh chan<- int) {
	var pending []int
	for in != nil || len(pending) > 0 {
		var out chan<- int
		var next int
		if len(pending) > 0 {
			out = outCh
			next = pending[0]
		}
		select {
		case v, ok := <-in:
			if !ok {
				in = nil
				continue
			}
			pending = append(pending, v)
		case out <- next:
			pending = pending[1:]
		}
	}
	close(outCh)
}

func main() {
	in := make(chan int)
	out := make(chan int)
	go queue(in, out)

	// The producer never blocks for long: the queue absorbs all 20 values
	// before the consumer reads any of them.
	for i := 1; i <= 20; i++ {
		in <- i * i
	}
	close(in)
	fmt.Println("producer finished before the consumer started")

	var got []int
	for v := range out {
		got = append(got, v)
	}
	fmt.Println(len(got), "values in order:", got)

	// A nil send case next to a ready receive: only the receive ever runs.
	var off chan int
	src := make(chan int, 3)
	src <- 1
	src <- 2
	src <- 3
	sum := 0
	for i := 0; i < 3; i++ {
		select {
		case off <- 100:
			fmt.Println("sent on nil (wrong)")
		case v := <-src:
			sum += v
		}
	}
	fmt.Println("sum from the receive case:", sum)
}
