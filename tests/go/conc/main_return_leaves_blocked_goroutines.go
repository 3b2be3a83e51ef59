package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

// Goroutines blocked in every kind of wait do not keep the program alive:
// main returns, the program exits with status 0 at once.
func main() {
	start := time.Now()
	var mu sync.Mutex
	mu.Lock()
	var rw sync.RWMutex
	rw.Lock()
	var wg sync.WaitGroup
	wg.Add(1)
	cond := sync.NewCond(&sync.Mutex{})
	never := make(chan int)  // nobody sends
	noRoom := make(chan int) // nobody receives
	var nilCh chan int
	ticker := time.NewTicker(time.Hour)
	var started sync.WaitGroup
	waits := []func(){
		func() { mu.Lock() },
		func() { rw.RLock() },
		func() { wg.Wait() },
		func() { cond.L.Lock(); cond.Wait() },
		func() { <-never },
		func() { noRoom <- 1 },
		func() { <-nilCh },
		func() { select {} },
		func() { time.Sleep(time.Hour) },
		func() { <-ticker.C },
		func() { <-time.After(time.Hour) },
		func() {
			for {
				runtime.Gosched()
			}
		},
	}
	started.Add(len(waits))
	for _, w := range waits {
		go func(w func()) {
			started.Done()
			w()
			fmt.Println("a waiter got through (wrong)")
		}(w)
	}
	started.Wait()
	fmt.Println("goroutines:", runtime.NumGoroutine())
	time.Sleep(10 * time.Millisecond)
	fmt.Println("main returns; nobody waits for the others")
	if time.Since(start) > 5*time.Second {
		fmt.Println("took too long")
	}
}
