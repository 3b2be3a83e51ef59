// exit: 2
// stderr: fatal error: all goroutines are asleep - deadlock!
// stderr: goroutine 1 [sync.RWMutex.Lock]:
// go: skip (Go 1.19 names this wait [semacquire])
package main

import (
	"fmt"
	"sync"
)

func main() {
	var rw sync.RWMutex
	rw.RLock()
	fmt.Println("read-locked; the writer waits for a reader that never leaves")
	rw.Lock()
}
