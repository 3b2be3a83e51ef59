package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	ch := make(chan int, 2)
	ch <- 100
	ch <- 200 // full: every further send blocks
	var wg sync.WaitGroup
	var mu sync.Mutex
	var reports []string
	report := func(s string) {
		mu.Lock()
		reports = append(reports, s)
		mu.Unlock()
	}
	for i := 0; i < 6; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			defer func() {
				report(fmt.Sprintf("sender %d: %v", id, recover()))
			}()
			if id%2 == 0 {
				ch <- id
			} else {
				select {
				case ch <- id:
				}
			}
			report(fmt.Sprintf("sender %d delivered (wrong)", id))
		}(i)
	}
	close(ch) // whether they block before or after this, every send panics
	wg.Wait()
	sort.Strings(reports)
	for _, r := range reports {
		fmt.Println(r)
	}

	// The values buffered before close are still delivered.
	for i := 0; i < 3; i++ {
		v, ok := <-ch
		fmt.Println("after close:", v, ok)
	}
}
