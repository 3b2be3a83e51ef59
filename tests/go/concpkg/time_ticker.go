package main

import (
	"fmt"
	"time"
)

func main() {
	// Ticks arrive at the period; a slow receiver loses ticks rather than queueing them.
	start := time.Now()
	tk := time.NewTicker(10 * time.Millisecond)
	var last time.Time
	increasing := true
	for i := 0; i < 5; i++ {
		v := <-tk.C
		if !v.After(last) {
			increasing = false
		}
		last = v
	}
	fmt.Println("5 ticks, >= 50ms:", time.Since(start) >= 50*time.Millisecond, "times increase:", increasing)
	time.Sleep(55 * time.Millisecond)
	fmt.Println("ticks buffered after a slow pause:", len(tk.C), "cap:", cap(tk.C))
	tk.Stop()
	select {
	case <-tk.C:
	default:
	}
	select {
	case <-tk.C:
		fmt.Println("tick after Stop (wrong)")
	case <-time.After(40 * time.Millisecond):
		fmt.Println("silent after Stop")
	}

	// Reset restarts a stopped ticker with a new period.
	tk.Reset(2 * time.Millisecond)
	n := 0
	deadline := time.After(2 * time.Second)
loop:
	for {
		select {
		case <-tk.C:
			n++
			if n == 10 {
				break loop
			}
		case <-deadline:
			break loop
		}
	}
	tk.Stop()
	fmt.Println("ticks after Reset:", n)

	// time.Tick.
	c := time.Tick(time.Millisecond)
	<-c
	<-c
	fmt.Println("Tick ticks; Tick(0) is nil:", time.Tick(0) == nil, time.Tick(-1) == nil)

	for _, d := range []time.Duration{0, -time.Second} {
		func() {
			defer func() { fmt.Println("NewTicker", d, "recovered:", recover()) }()
			time.NewTicker(d)
		}()
	}
	func() {
		defer func() { fmt.Println("Reset(0) recovered:", recover()) }()
		tk.Reset(0)
	}()
}
