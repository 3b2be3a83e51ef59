package main

import (
	"fmt"
	"sort"
	"sync"
	"time"
)

func main() {
	// Timers fire in deadline order, not creation order: each timer's channel
	// receives the time it fired, so after all have fired the values tell the order.
	durations := []int{250, 50, 200, 100, 150}
	timers := make([]*time.Timer, len(durations))
	for i, ms := range durations {
		timers[i] = time.NewTimer(time.Duration(ms) * time.Millisecond)
	}
	time.Sleep(350 * time.Millisecond)
	type fired struct {
		ms int
		at time.Time
	}
	var all []fired
	for i, t := range timers {
		all = append(all, fired{durations[i], <-t.C})
	}
	sort.Slice(all, func(i, j int) bool { return all[i].ms < all[j].ms })
	inOrder := true
	for i := 1; i < len(all); i++ {
		if all[i].at.Before(all[i-1].at) {
			inOrder = false
		}
	}
	fmt.Println("fire times follow the deadlines:", inOrder)

	// AfterFunc callbacks never run before their deadline.
	var mu sync.Mutex
	early := 0
	var wg sync.WaitGroup
	start := time.Now()
	for _, ms := range durations {
		d := time.Duration(ms) * time.Millisecond
		wg.Add(1)
		time.AfterFunc(d, func() {
			defer wg.Done()
			if time.Since(start) < d {
				mu.Lock()
				early++
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	fmt.Println("AfterFunc callbacks run:", len(durations), "early:", early)

	// Timer channels in one select loop deliver in deadline order too.
	t1 := time.NewTimer(300 * time.Millisecond)
	t2 := time.NewTimer(100 * time.Millisecond)
	t3 := time.NewTimer(200 * time.Millisecond)
	for i := 0; i < 3; i++ {
		select {
		case <-t1.C:
			fmt.Println("t1 (300ms)")
		case <-t2.C:
			fmt.Println("t2 (100ms)")
		case <-t3.C:
			fmt.Println("t3 (200ms)")
		}
	}

	// A stopped timer drops out of the order; a reset one moves.
	a := time.NewTimer(150 * time.Millisecond)
	b := time.NewTimer(200 * time.Millisecond)
	c := time.NewTimer(300 * time.Millisecond)
	b.Stop()
	c.Reset(30 * time.Millisecond)
	for i := 0; i < 2; i++ {
		select {
		case <-a.C:
			fmt.Println("a (150ms)")
		case <-b.C:
			fmt.Println("b (stopped, wrong)")
		case <-c.C:
			fmt.Println("c (reset to 30ms)")
		}
	}
}
