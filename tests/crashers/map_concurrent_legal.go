// env: GOMAXPROCS=4
// timeout: 60
// What Go allows of a map shared by goroutines is not taken for misuse (beside
// map_concurrent_read_write.go): readers at once, writers under a mutex, and a goroutine
// writing to the map it ranges over.
package main

import (
	"fmt"
	"sync"
)

func main() {
	m := map[int]int{}
	for i := 0; i < 1000; i++ {
		m[i] = i
	}
	var wg sync.WaitGroup
	sums := make([]int, 8)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for r := 0; r < 200; r++ {
				for k, v := range m {
					sums[g] += k + v - m[k]
				}
				sums[g] += m[r]
			}
		}(g)
	}
	wg.Wait()
	var mu sync.Mutex
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 20000; i++ {
				mu.Lock()
				m[g*100000+i] = i
				delete(m, g*100000+i-5)
				mu.Unlock()
			}
		}(g)
	}
	wg.Wait()
	for k := range m {
		if k < 1000 {
			delete(m, k)
			m[k+2000000] = 1
		}
	}
	fmt.Println(sums, len(m))
}
