// 15_semaphore.go: limit how many goroutines do something at once.
//
// A buffered channel of capacity N works as a counting semaphore:
//
//	sem <- struct{}{}   acquire: blocks while N holders are inside
//	<-sem               release: makes room for the next one
//
// Unlike a worker pool (example 13), every task still gets its own goroutine;
// only the section between acquire and release is limited. struct{} values
// take no memory: only the count in the buffer matters.
//
// What to look for: 10 tasks, at most 3 inside the limited section at any
// moment. The program measures the peak with a mutex-protected counter and
// prints it; it is never above 3.
//
// Run it with: gosub run examples/15_semaphore.go
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	const limit = 3
	sem := make(chan struct{}, limit)

	var mu sync.Mutex
	inside, peak := 0, 0
	finished := make([]bool, 10)

	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			sem <- struct{}{}        // acquire
			defer func() { <-sem }() // release, however we leave

			mu.Lock()
			inside++
			if inside > peak {
				peak = inside
			}
			mu.Unlock()

			time.Sleep(5 * time.Millisecond) // the "expensive" part
			finished[i] = true

			mu.Lock()
			inside--
			mu.Unlock()
		}(i)
	}
	wg.Wait()

	done := 0
	for _, f := range finished {
		if f {
			done++
		}
	}
	fmt.Println("tasks finished:", done)
	fmt.Println("never more than", limit, "at once:", peak <= limit)
	fmt.Println("semaphore empty at the end:", len(sem) == 0)
}
