package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

func main() {
	// Many goroutines, Add in bulk.
	var wg sync.WaitGroup
	var sum int64
	wg.Add(500)
	for i := 1; i <= 500; i++ {
		go func(i int) {
			defer wg.Done()
			atomic.AddInt64(&sum, int64(i))
		}(i)
	}
	wg.Wait()
	fmt.Println("sum:", sum)

	// Several waiters are all released by the last Done.
	var work, waiters sync.WaitGroup
	work.Add(3)
	var released int32
	for i := 0; i < 10; i++ {
		waiters.Add(1)
		go func() {
			defer waiters.Done()
			work.Wait()
			atomic.AddInt32(&released, 1)
		}()
	}
	for i := 0; i < 3; i++ {
		time.Sleep(2 * time.Millisecond)
		work.Done()
	}
	waiters.Wait()
	fmt.Println("waiters released:", released)

	// Reuse after a completed round; Wait on zero returns at once.
	for round := 1; round <= 3; round++ {
		var n int32
		for i := 0; i < round*10; i++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				atomic.AddInt32(&n, 1)
			}()
		}
		wg.Wait()
		fmt.Println("round", round, "done:", n)
	}
	wg.Wait()

	// Nested: goroutines that start goroutines.
	var count int32
	var spawn func(depth int)
	spawn = func(depth int) {
		defer wg.Done()
		atomic.AddInt32(&count, 1)
		if depth == 0 {
			return
		}
		wg.Add(2)
		go spawn(depth - 1)
		go spawn(depth - 1)
	}
	wg.Add(1)
	go spawn(6)
	wg.Wait()
	fmt.Println("tree of goroutines:", count)

	// A negative counter panics.
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var w sync.WaitGroup
		w.Add(1)
		w.Add(-2)
	}()
}
