// The loop variable bug of Go 1.21 and before, written so that it stays one in 1.22: the
// loop variable lives outside the loop, so every goroutine reads the one variable the loop
// keeps writing.
// race: 20 16
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	var i int
	results := make([]int, 3)
	for i = 0; i < 3; i++ {
		wg.Add(1)
		go func(slot int) {
			defer wg.Done()
			results[slot] = i * 10
		}(i)
	}
	wg.Wait()
	fmt.Println(len(results))
}
