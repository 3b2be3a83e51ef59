// exit: 2
// stderr: fatal error: all goroutines are asleep - deadlock!
// stderr: goroutine 1 [chan receive]:
// stderr: [chan send]:
// stderr: [select]:
// stderr: [select (no cases)]:
// stderr: [chan receive (nil chan)]:
// stderr: [chan send (nil chan)]:
// stderr: [sync.Cond.Wait]:
// stderr: created by main.main
package main

import (
	"fmt"
	"sync"
)

// Every blocked goroutine is listed with what it waits for, main first.
func main() {
	var nilCh chan int
	full := make(chan int, 1)
	full <- 0
	never := make(chan string)
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	var started sync.WaitGroup
	started.Add(6)

	go func() { started.Done(); full <- 1 }()
	go func() {
		started.Done()
		select {
		case <-never:
		case full <- 2:
		}
	}()
	go func() { started.Done(); select {} }()
	go func() { started.Done(); <-nilCh }()
	go func() { started.Done(); nilCh <- 3 }()
	go func() {
		mu.Lock()
		started.Done()
		cond.Wait()
	}()
	started.Wait()
	fmt.Println("six goroutines blocked; main waits too")
	<-never
}
