// exit: 2
// stderr: fatal error: all goroutines are asleep - deadlock!
// stderr: goroutine 1 [chan receive]:
package main

import (
	"fmt"
	"time"
)

// Pending timers keep the program alive: the deadlock is only reported once
// the AfterFunc callback and the sleeper have run and nothing is left to wake.
func main() {
	time.AfterFunc(30*time.Millisecond, func() { fmt.Println("timer callback ran") })
	go func() {
		time.Sleep(130 * time.Millisecond)
		fmt.Println("sleeper woke and exits")
	}()
	_ = time.After(200 * time.Millisecond) // a timer nobody listens to
	fmt.Println("main blocks forever")
	<-make(chan int)
}
