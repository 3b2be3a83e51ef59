// exit: 2
// stderr: fatal error: all goroutines are asleep - deadlock!
// stderr: goroutine 1 [sync.RWMutex.RLock]:
// go: skip (Go 1.19 names this wait [semacquire])
package main

import (
	"fmt"
	"sync"
)

func main() {
	var rw sync.RWMutex
	rw.Lock()
	fmt.Println("write-locked; a read lock now waits forever")
	rw.RLock()
}
