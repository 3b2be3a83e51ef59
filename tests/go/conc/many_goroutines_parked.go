package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

// 100,000 goroutines park on one channel at the same time; one close wakes
// them all.
func main() {
	const n = 100000
	gate := make(chan struct{})
	var ready, done sync.WaitGroup
	var woken int64
	ready.Add(n)
	done.Add(n)
	for i := 0; i < n; i++ {
		go func() {
			defer done.Done()
			ready.Done()
			<-gate
			atomic.AddInt64(&woken, 1)
		}()
	}
	ready.Wait()
	fmt.Println("goroutines alive:", runtime.NumGoroutine() >= n)
	close(gate)
	done.Wait()
	fmt.Println("woken:", atomic.LoadInt64(&woken))

	// The same number handing results over an unbuffered channel.
	results := make(chan int)
	for i := 0; i < n; i++ {
		go func(v int) { results <- v % 7 }(i)
	}
	sum := 0
	for i := 0; i < n; i++ {
		sum += <-results
	}
	fmt.Println("sum of results:", sum)
}
