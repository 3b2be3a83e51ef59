package main

import (
	"fmt"
	"sync"
)

type counter struct {
	mu sync.Mutex
	n  map[string]int
}

func (c *counter) inc(key string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.n[key]++
}

func main() {
	// 1000 goroutines, 100 increments each, one mutex.
	var mu sync.Mutex
	total := 0
	var wg sync.WaitGroup
	for g := 0; g < 1000; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 100; i++ {
				mu.Lock()
				total++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println("total:", total)

	// A mutex inside a struct, locked through a method with defer.
	c := counter{n: map[string]int{}}
	keys := []string{"a", "b", "c", "d"}
	for g := 0; g < 200; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 50; i++ {
				c.inc(keys[(g+i)%len(keys)])
			}
		}(g)
	}
	wg.Wait()
	fmt.Println("per key:", c.n)

	// TryLock.
	var m sync.Mutex
	fmt.Println("TryLock on free mutex:", m.TryLock())
	fmt.Println("TryLock on held mutex:", m.TryLock())
	m.Unlock()
	fmt.Println("TryLock after Unlock:", m.TryLock())
	m.Unlock()

	// The Locker interface.
	var l sync.Locker = &m
	l.Lock()
	done := make(chan bool)
	go func() {
		m.Lock() // waits for main's Unlock
		done <- true
		m.Unlock()
	}()
	l.Unlock()
	fmt.Println("other goroutine got the lock:", <-done)

	// A lock handed between goroutines in strict alternation through two mutexes.
	var ping, pong sync.Mutex
	pong.Lock()
	var seq []int
	go func() {
		for i := 1; i < 10; i += 2 {
			pong.Lock()
			seq = append(seq, i)
			ping.Unlock()
		}
	}()
	for i := 0; i < 10; i += 2 {
		ping.Lock()
		seq = append(seq, i)
		pong.Unlock()
	}
	ping.Lock()
	fmt.Println("alternation:", seq)
}
