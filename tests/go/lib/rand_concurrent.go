package main

import (
	"fmt"
	"math/rand"
	"sync"
)

// The top-level functions are safe for concurrent use: many goroutines drawing at once
// never get a value out of range, and a seeded shared source hands out exactly the values
// one goroutine alone would have drawn (compared as a multiset).
func main() {
	rand.Seed(2024)
	want := map[int64]int{}
	for i := 0; i < 8*500; i++ {
		want[rand.Int63()]++
	}

	rand.Seed(2024)
	var mu sync.Mutex
	got := map[int64]int{}
	var wg sync.WaitGroup
	for w := 0; w < 8; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			local := make([]int64, 0, 500)
			for i := 0; i < 500; i++ {
				local = append(local, rand.Int63())
			}
			mu.Lock()
			for _, v := range local {
				got[v]++
			}
			mu.Unlock()
		}()
	}
	wg.Wait()
	same := len(got) == len(want)
	for v, n := range want {
		if got[v] != n {
			same = false
		}
	}
	fmt.Println("same multiset:", same, len(got))

	bad := 0
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 1000; i++ {
				n := 1 + i%50
				if v := rand.Intn(n); v < 0 || v >= n {
					mu.Lock()
					bad++
					mu.Unlock()
				}
				if f := rand.Float64(); f < 0 || f >= 1 {
					mu.Lock()
					bad++
					mu.Unlock()
				}
			}
		}()
	}
	wg.Wait()
	fmt.Println("out of range:", bad)
}
