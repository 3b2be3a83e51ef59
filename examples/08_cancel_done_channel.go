// 08_cancel_done_channel.go: tell goroutines to stop by closing a channel.
//
// A goroutine cannot be killed from outside; it has to be asked to stop, and
// it has to listen. The simplest way: a `done` channel that is never sent on,
// only closed. Receiving from a closed channel succeeds immediately, for
// every receiver, forever. So close(done) is a broadcast that any number of
// goroutines can see, in a select next to their real work:
//
//	select {
//	case out <- v:     // normal work
//	case <-done:       // asked to stop
//		return
//	}
//
// What to look for: the generator would count forever, but main takes five
// values and closes done; the generator notices and says goodbye. Then one
// close stops three workers at once.
//
// Run it with: gosub run examples/08_cancel_done_channel.go
package main

import (
	"fmt"
	"sync"
)

// naturals sends 1, 2, 3, ... until done is closed, then reports on stopped.
func naturals(done <-chan struct{}, stopped chan<- string) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for i := 1; ; i++ {
			select {
			case out <- i:
			case <-done:
				stopped <- fmt.Sprintf("generator stopped after sending %d values", i-1)
				return
			}
		}
	}()
	return out
}

func main() {
	done := make(chan struct{})
	stopped := make(chan string)
	nums := naturals(done, stopped)
	for i := 0; i < 5; i++ {
		fmt.Println("got", <-nums)
	}
	close(done) // no more values wanted
	fmt.Println(<-stopped)

	// One close, many listeners.
	quit := make(chan struct{})
	var wg sync.WaitGroup
	results := make([]string, 3)
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			<-quit // every worker waits here until quit is closed
			results[w] = fmt.Sprintf("worker %d stopped", w)
		}(w)
	}
	close(quit)
	wg.Wait()
	for _, r := range results {
		fmt.Println(r)
	}
}
