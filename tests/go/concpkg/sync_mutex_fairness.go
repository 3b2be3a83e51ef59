package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

// A goroutine that re-locks a mutex as soon as it unlocks it does not starve a waiter.
func main() {
	var mu sync.Mutex
	var stop int32
	var hogRounds int64
	var wg sync.WaitGroup
	for h := 0; h < 2; h++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for atomic.LoadInt32(&stop) == 0 {
				mu.Lock()
				x := 0
				for k := 0; k < 100; k++ {
					x += k
				}
				_ = x
				atomic.AddInt64(&hogRounds, 1)
				mu.Unlock()
			}
		}()
	}
	time.Sleep(5 * time.Millisecond)
	start := time.Now()
	got := 0
	for got < 20 {
		mu.Lock()
		got++
		mu.Unlock()
	}
	atomic.StoreInt32(&stop, 1)
	wg.Wait()
	fmt.Println("waiter got the lock 20 times:", got, "within 5s:", time.Since(start) < 5*time.Second,
		"hogs ran:", atomic.LoadInt64(&hogRounds) > 0)
}
