// exit: 2
// stderr: fatal error: all goroutines are asleep - deadlock!
// stderr: goroutine 1 [sync.WaitGroup.Wait]:
// stderr: [sync.Mutex.Lock]:
// go: skip (Go 1.19 names these waits [semacquire])
package main

import (
	"fmt"
	"sync"
)

func main() {
	var a, b sync.Mutex
	var wg sync.WaitGroup
	ready := make(chan bool)
	wg.Add(2)
	go func() {
		defer wg.Done()
		a.Lock()
		ready <- true
		<-ready
		b.Lock() // b is held by the other goroutine
	}()
	go func() {
		defer wg.Done()
		<-ready
		b.Lock()
		ready <- true
		a.Lock() // a is held by the first goroutine
	}()
	fmt.Println("two goroutines lock two mutexes in opposite orders")
	wg.Wait()
}
