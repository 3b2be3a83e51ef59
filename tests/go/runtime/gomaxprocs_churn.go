// GOMAXPROCS changes while goroutines hand values around: nothing is lost, nothing
// deadlocks, and every worker's queue survives its P being retired.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	const workers = 16
	const perWorker = 2000
	in := make(chan int)
	out := make(chan int, 64)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for v := range in {
				if v%7 == 0 {
					runtime.Gosched()
				}
				out <- v * 2
			}
		}()
	}
	go func() {
		for i := 1; i <= workers*perWorker; i++ {
			in <- i
		}
		close(in)
	}()
	go func() {
		wg.Wait()
		close(out)
	}()
	// spawn bursts of short goroutines that sit in run queues while the limit moves
	done := make(chan bool)
	go func() {
		var bw sync.WaitGroup
		for round := 0; round < 200; round++ {
			for k := 0; k < 50; k++ {
				bw.Add(1)
				go func() { bw.Done() }()
			}
			runtime.GOMAXPROCS(1 + round%8)
		}
		bw.Wait()
		done <- true
	}()
	sum, n := 0, 0
	procs := []int{1, 8, 2, 5, 1, 3, 8, 1}
	for v := range out {
		sum += v
		n++
		if n%1000 == 0 {
			runtime.GOMAXPROCS(procs[(n/1000)%len(procs)])
		}
	}
	<-done
	total := workers * perWorker
	fmt.Println(n, sum == total*(total+1))
	runtime.GOMAXPROCS(2)
	fmt.Println(runtime.GOMAXPROCS(0))
}
