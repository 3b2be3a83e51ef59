// env: GOMAXPROCS=1
package main

import (
	"fmt"
	"time"
)

// Two goroutines spin forever on the only P; channel hand-offs and timers in
// other goroutines keep working.
func main() {
	for i := 0; i < 2; i++ {
		go func() {
			n := 0
			for {
				n++
			}
		}()
	}
	ping := make(chan int)
	pong := make(chan int)
	go func() {
		for v := range ping {
			pong <- v + 1
		}
	}()
	v := 0
	for i := 0; i < 200; i++ {
		ping <- v
		v = <-pong
	}
	close(ping)
	fmt.Println("200 round trips, value", v)

	select {
	case <-time.After(30 * time.Millisecond):
		fmt.Println("timer fired despite the spinners")
	}
	t := time.Now()
	time.Sleep(10 * time.Millisecond)
	fmt.Println("slept at least 10ms:", time.Since(t) >= 10*time.Millisecond)
}
