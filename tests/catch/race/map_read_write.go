// A map read by one goroutine while another writes it (a cache without a lock).
// race: 13 24
package main

import (
	"fmt"
	"sync"
)

var cache = map[int]int{}

func lookup(k int) int {
	if v, ok := cache[k]; ok {
		return v
	}
	return -1
}

func main() {
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		cache[1] = 100
	}()
	go func() {
		defer wg.Done()
		_ = lookup(1)
	}()
	wg.Wait()
	fmt.Println(len(cache))
}
