// A slice appended to from several goroutines.
// race: 17 17
package main

import (
	"fmt"
	"sync"
)

func main() {
	var results []int
	var wg sync.WaitGroup
	for i := 1; i <= 2; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			results = append(results, n*n)
		}(i)
	}
	wg.Wait()
	fmt.Println(len(results) > 0)
}
