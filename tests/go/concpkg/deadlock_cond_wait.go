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
	c := sync.NewCond(&mu)
	mu.Lock()
	c.Signal() // nobody waits yet: the signal is lost
	fmt.Println("waiting for a signal that was sent too early")
	c.Wait()
}
