// go: skip (Go 1.22 per-iteration loop variables; checked with Go 1.19 by copying i)
package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	// Since Go 1.22 each iteration of a three-clause loop has its own i, so
	// goroutines started in the loop each see a different value.
	var wg sync.WaitGroup
	var mu sync.Mutex
	var seen []int
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			seen = append(seen, i)
			mu.Unlock()
		}()
	}
	wg.Wait()
	sort.Ints(seen)
	fmt.Println(seen)

	// The post statement works on the next iteration's copy: a goroutine that
	// captured i and a channel that waits for it still see their own value.
	results := make(chan int, 4)
	gates := make([]chan bool, 4)
	for i := 0; i < 4; i++ {
		gates[i] = make(chan bool)
		go func() {
			<-gates[i]
			results <- i * 100
		}()
	}
	for k := 3; k >= 0; k-- {
		close(gates[k])
		fmt.Println("released", k, "got", <-results)
	}
}
