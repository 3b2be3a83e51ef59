package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	// A thousand goroutines sleeping at once: the sleeps overlap.
	start := time.Now()
	var wg sync.WaitGroup
	for i := 0; i < 1000; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			time.Sleep(time.Duration(50+i%10) * time.Millisecond)
		}(i)
	}
	wg.Wait()
	el := time.Since(start)
	fmt.Println("slept concurrently:", el >= 59*time.Millisecond, el < 2*time.Second)

	// Sleep(0) and negative sleeps return at once.
	start = time.Now()
	time.Sleep(0)
	time.Sleep(-time.Hour)
	fmt.Println("non-positive sleeps return:", time.Since(start) < time.Second)

	// Wake-ups follow the deadlines.
	out := make(chan int, 6)
	for _, v := range []int{3, 1, 5, 0, 4, 2} {
		go func(v int) {
			time.Sleep(time.Duration(v) * 20 * time.Millisecond)
			out <- v
		}(v)
	}
	for i := 0; i < 6; i++ {
		fmt.Print(<-out, " ")
	}
	fmt.Println()

	// Monotonic time: Since, Until, Sub.
	t0 := time.Now()
	time.Sleep(10 * time.Millisecond)
	t1 := time.Now()
	fmt.Println(t1.Sub(t0) >= 10*time.Millisecond, time.Since(t0) >= t1.Sub(t0), t1.After(t0),
		t0.Before(t1), time.Until(t0) < 0, time.Until(t1.Add(time.Hour)) > 59*time.Minute)
	fmt.Println("Round(0) strips the monotonic reading:", t1.Round(0).Equal(t1), t1.Round(0) != t1)
}
