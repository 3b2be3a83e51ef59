package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type lazy struct {
	once  sync.Once
	value []int
}

func (l *lazy) get() []int {
	l.once.Do(func() {
		for i := 0; i < 5; i++ {
			l.value = append(l.value, i*i)
		}
	})
	return l.value
}

func main() {
	var once sync.Once
	var calls int32
	var wg sync.WaitGroup
	results := make([]int32, 100)
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			once.Do(func() { atomic.AddInt32(&calls, 1) })
			results[i] = atomic.LoadInt32(&calls) // Do returned: the call has happened
		}(i)
	}
	wg.Wait()
	seenZero := false
	for _, r := range results {
		if r != 1 {
			seenZero = true
		}
	}
	fmt.Println("calls:", calls, "some Do returned before the call finished:", seenZero)

	// Lazy initialisation shared by many goroutines.
	var l lazy
	sums := make(chan int, 20)
	for i := 0; i < 20; i++ {
		go func() {
			s := 0
			for _, v := range l.get() {
				s += v
			}
			sums <- s
		}()
	}
	all := true
	for i := 0; i < 20; i++ {
		if <-sums != 30 {
			all = false
		}
	}
	fmt.Println("every goroutine saw the full value:", all, l.get())

	// Separate Once values are independent.
	var a, b sync.Once
	a.Do(func() { fmt.Println("a runs") })
	b.Do(func() { fmt.Println("b runs") })
	a.Do(func() { fmt.Println("a again (wrong)") })

	// A panic in f: Do panics too, and the Once counts as done.
	var p sync.Once
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		p.Do(func() { panic("boom") })
	}()
	p.Do(func() { fmt.Println("after panic (wrong)") })
	fmt.Println("done")
}
