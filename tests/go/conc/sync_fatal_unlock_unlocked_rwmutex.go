// exit: 2
// stderr: fatal error: sync: Unlock of unlocked RWMutex
package main

import (
	"fmt"
	"sync"
)

func main() {
	var rw sync.RWMutex
	rw.Lock()
	rw.Unlock()
	fmt.Println("writer in and out")
	done := make(chan bool)
	go func() {
		defer fmt.Println("goroutine's deferred call (wrong)")
		rw.Unlock()
		done <- true
	}()
	<-done
	fmt.Println("unreachable")
}
