// WaitGroup.Add called inside the goroutine instead of before the go statement: when Wait
// starts before a worker's Add, Wait returns early and the total is short.
// explore: output
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	total := 0
	for i := 1; i <= 3; i++ {
		go func(n int) {
			wg.Add(1)
			defer wg.Done()
			mu.Lock()
			total += n
			mu.Unlock()
		}(i)
	}
	work := 0
	for i := 0; i < 200000; i++ { // some work before waiting: the workers have long started
		work += i % 7
	}
	wg.Wait()
	mu.Lock()
	fmt.Println("total:", total, "work:", work)
	mu.Unlock()
}
