package main

import (
	"fmt"
	"time"
)

func main() {
	// Zero and negative durations return (or fire) at once.
	start := time.Now()
	time.Sleep(0)
	time.Sleep(-5 * time.Second)
	<-time.After(0)
	<-time.After(-time.Minute)
	t := time.NewTimer(-1)
	<-t.C
	done := make(chan bool)
	time.AfterFunc(0, func() { done <- true })
	<-done
	fmt.Println("all immediate:", time.Since(start) < 2*time.Second)

	// A sleep lasts at least its duration.
	for _, d := range []time.Duration{time.Millisecond, 15 * time.Millisecond, 40 * time.Millisecond} {
		t0 := time.Now()
		time.Sleep(d)
		fmt.Printf("slept %v: at least that long: %v\n", d, time.Since(t0) >= d)
	}

	// Elapsed time never runs backwards, and Until is the other side of Since.
	a := time.Now()
	b := time.Now()
	fmt.Println("monotonic:", !b.Before(a), b.Sub(a) >= 0)
	future := time.Now().Add(time.Hour)
	fmt.Println("until an hour ahead is positive:", time.Until(future) > 59*time.Minute)

	// Sleeping goroutines wake in order of their deadlines.
	order := make(chan int, 3)
	for _, ms := range []int{150, 30, 90} {
		go func(ms int) {
			time.Sleep(time.Duration(ms) * time.Millisecond)
			order <- ms
		}(ms)
	}
	fmt.Println("woke in order:", <-order, <-order, <-order)
}
