package main

import (
	"fmt"
	"sync"
)

// queue is a bounded FIFO guarded by a mutex, with one Cond for "not empty" and one for
// "not full".
type queue struct {
	mu       sync.Mutex
	notEmpty *sync.Cond
	notFull  *sync.Cond
	items    []int
	limit    int
	closed   bool
}

func newQueue(limit int) *queue {
	q := &queue{limit: limit}
	q.notEmpty = sync.NewCond(&q.mu)
	q.notFull = sync.NewCond(&q.mu)
	return q
}

func (q *queue) put(v int) {
	q.mu.Lock()
	for len(q.items) == q.limit {
		q.notFull.Wait()
	}
	q.items = append(q.items, v)
	q.notEmpty.Signal()
	q.mu.Unlock()
}

func (q *queue) get() (int, bool) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == 0 && !q.closed {
		q.notEmpty.Wait()
	}
	if len(q.items) == 0 {
		return 0, false
	}
	v := q.items[0]
	q.items = q.items[1:]
	q.notFull.Signal()
	return v, true
}

func (q *queue) close() {
	q.mu.Lock()
	q.closed = true
	q.notEmpty.Broadcast()
	q.mu.Unlock()
}

func main() {
	q := newQueue(4)
	var producers, consumers sync.WaitGroup
	sums := make([]int, 6)
	counts := make([]int, 6)
	for c := 0; c < 6; c++ {
		consumers.Add(1)
		go func(c int) {
			defer consumers.Done()
			for {
				v, ok := q.get()
				if !ok {
					return
				}
				sums[c] += v
				counts[c]++
			}
		}(c)
	}
	for p := 0; p < 5; p++ {
		producers.Add(1)
		go func(p int) {
			defer producers.Done()
			for i := 1; i <= 200; i++ {
				q.put(p*1000 + i)
			}
		}(p)
	}
	producers.Wait()
	q.close()
	consumers.Wait()
	total, n := 0, 0
	for c := range sums {
		total += sums[c]
		n += counts[c]
	}
	fmt.Println("items:", n, "sum:", total)

	// Broadcast wakes every waiter; Signal with nobody waiting is lost.
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	cond.Signal()
	cond.Broadcast()
	gen := 0
	var wg sync.WaitGroup
	ready := make(chan bool)
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			my := gen
			ready <- true
			for gen == my {
				cond.Wait()
			}
			mu.Unlock()
		}()
		<-ready // the waiter holds mu until it is inside Wait
	}
	mu.Lock()
	gen++
	cond.Broadcast()
	mu.Unlock()
	wg.Wait()
	fmt.Println("broadcast released all 8 waiters")

	// L is the Locker given to NewCond.
	fmt.Println("L is the mutex:", cond.L == &mu)

	// A Cond over an RWMutex's read lock.
	var rw sync.RWMutex
	rc := sync.NewCond(rw.RLocker())
	flag := false
	done := make(chan bool)
	go func() {
		rw.RLock()
		for !flag {
			rc.Wait()
		}
		rw.RUnlock()
		done <- true
	}()
	for {
		rw.Lock()
		// wait until the reader is parked (it released the read lock inside Wait)
		flag = true
		rw.Unlock()
		rc.Broadcast()
		select {
		case <-done:
			fmt.Println("reader woken through RLocker cond")
			return
		default:
		}
		rw.Lock()
		rw.Unlock()
	}
}
