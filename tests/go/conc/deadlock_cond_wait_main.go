// exit: 2
// stderr: fatal error: all goroutines are asleep - deadlock!
// stderr: goroutine 1 [sync.Cond.Wait]:
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	ready := false
	go func() {
		mu.Lock()
		fmt.Println("helper signals without setting ready")
		cond.Signal()
		mu.Unlock()
	}()
	mu.Lock()
	for !ready { // the condition never becomes true
		cond.Wait()
	}
	mu.Unlock()
	fmt.Println("unreachable")
}
