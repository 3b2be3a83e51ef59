package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

func main() {
	var rw sync.RWMutex

	// Five readers hold the read lock at the same time: each waits inside RLock until all
	// five are in.
	var inside, out sync.WaitGroup
	inside.Add(5)
	for i := 0; i < 5; i++ {
		out.Add(1)
		go func() {
			defer out.Done()
			rw.RLock()
			inside.Done()
			inside.Wait()
			rw.RUnlock()
		}()
	}
	out.Wait()
	fmt.Println("five readers shared the lock")

	// Writers exclude readers and other writers: readers always see an even value.
	var value int
	var odd int32
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 200; i++ {
				rw.Lock()
				value++
				value++
				rw.Unlock()
			}
		}()
	}
	for r := 0; r < 8; r++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 200; i++ {
				rw.RLock()
				if value%2 != 0 {
					atomic.AddInt32(&odd, 1)
				}
				rw.RUnlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println("value:", value, "odd values seen:", odd)

	// TryLock and TryRLock.
	fmt.Println("TryRLock free:", rw.TryRLock())
	fmt.Println("TryRLock shared:", rw.TryRLock())
	fmt.Println("TryLock while read-locked:", rw.TryLock())
	rw.RUnlock()
	rw.RUnlock()
	fmt.Println("TryLock free:", rw.TryLock())
	fmt.Println("TryRLock while write-locked:", rw.TryRLock())
	fmt.Println("TryLock while write-locked:", rw.TryLock())
	rw.Unlock()

	// A waiting writer keeps new readers out.
	rw.RLock()
	writerIn := make(chan bool)
	go func() {
		rw.Lock()
		writerIn <- true
		rw.Unlock()
	}()
	for {
		// wait until the writer has announced itself
		if !rw.TryRLock() {
			break
		}
		rw.RUnlock()
		time.Sleep(time.Millisecond)
	}
	fmt.Println("new reader refused while a writer waits")
	rw.RUnlock()
	fmt.Println("writer got in after the last reader left:", <-writerIn)

	// RLocker.
	l := rw.RLocker()
	l.Lock()
	l.Lock()
	fmt.Println("RLocker locks twice for reading; TryLock:", rw.TryLock())
	l.Unlock()
	l.Unlock()
	fmt.Println("after RLocker unlocks, TryLock:", rw.TryLock())
	rw.Unlock()
}
