package main

import (
	"fmt"
	"sync/atomic"
	"time"
)

func main() {
	// Stop and Reset results.
	t := time.NewTimer(time.Hour)
	fmt.Println("Stop active:", t.Stop(), "Stop again:", t.Stop())
	fmt.Println("Reset stopped:", t.Reset(time.Hour), "Reset active:", t.Reset(5*time.Millisecond))
	start := time.Now()
	fired := <-t.C
	fmt.Println("fired after Reset:", time.Since(start) >= 5*time.Millisecond, !fired.Before(start))
	fmt.Println("Stop expired:", t.Stop(), "Reset expired:", t.Reset(time.Millisecond))
	<-t.C

	// A fired timer whose value was not received: Stop says false, the value waits in C.
	t2 := time.NewTimer(time.Millisecond)
	time.Sleep(20 * time.Millisecond)
	fmt.Println("Stop after firing:", t2.Stop(), "value buffered:", len(t2.C))
	<-t2.C

	// Zero and negative durations fire at once.
	for _, d := range []time.Duration{0, -time.Second} {
		select {
		case <-time.NewTimer(d).C:
			fmt.Println(d, "timer fired")
		case <-time.After(time.Second):
			fmt.Println(d, "timer did not fire (wrong)")
		}
	}

	// time.After in a select with a timeout.
	slow := make(chan int)
	select {
	case <-slow:
		fmt.Println("slow won (wrong)")
	case <-time.After(10 * time.Millisecond):
		fmt.Println("timeout")
	}

	// Many timers fire in deadline order.
	order := make(chan int, 5)
	for _, i := range []int{4, 2, 5, 1, 3} {
		i := i
		time.AfterFunc(time.Duration(i)*15*time.Millisecond, func() { order <- i })
	}
	for k := 0; k < 5; k++ {
		fmt.Print(<-order, " ")
	}
	fmt.Println()

	// AfterFunc: Stop before it fires; Reset; the callback runs in its own goroutine.
	var ran int32
	af := time.AfterFunc(time.Hour, func() { atomic.AddInt32(&ran, 1) })
	fmt.Println("AfterFunc C is nil:", af.C == nil)
	fmt.Println("AfterFunc Stop:", af.Stop(), "Reset:", af.Reset(time.Millisecond))
	for atomic.LoadInt32(&ran) == 0 {
		time.Sleep(time.Millisecond)
	}
	fmt.Println("AfterFunc ran:", atomic.LoadInt32(&ran), "Stop after run:", af.Stop())
	fmt.Println("Reset after run:", af.Reset(time.Millisecond))
	for atomic.LoadInt32(&ran) == 1 {
		time.Sleep(time.Millisecond)
	}
	fmt.Println("ran again after Reset:", atomic.LoadInt32(&ran))

	// A thousand timers at once.
	done := make(chan bool, 1000)
	for i := 0; i < 1000; i++ {
		time.AfterFunc(time.Duration(i%10)*time.Millisecond, func() { done <- true })
	}
	for i := 0; i < 1000; i++ {
		<-done
	}
	fmt.Println("1000 AfterFuncs ran")

	// Uninitialised Timer.
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var bad time.Timer
		bad.Stop()
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		new(time.Timer).Reset(time.Second)
	}()
}
