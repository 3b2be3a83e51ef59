// One select loop over three channels, a sleep and a timer: known counts for the trace tests.
// 5 sends on a, 3 on b (buffered), 1 on quit, 1 by time.After's timer: 10 sends, 10
// receives; 2 go statements; time.Sleep ends with one wake-up by the timer thread.
package main

import (
	"fmt"
	"time"
)

func main() {
	a, b := make(chan int), make(chan string, 2)
	quit := make(chan bool)
	go func() {
		for i := 0; i < 5; i++ {
			a <- i
		}
		quit <- true
	}()
	go func() {
		for _, s := range []string{"x", "y", "z"} {
			b <- s
		}
	}()
	na, nb := 0, 0
	for done := false; !done || nb < 3; {
		select {
		case <-a:
			na++
		case <-b:
			nb++
		case <-quit:
			done = true
		}
	}
	time.Sleep(time.Millisecond)
	<-time.After(time.Millisecond)
	fmt.Println(na, nb)
}
