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
	fmt.Println("one Unlock too many")
	rw.Unlock()
	fmt.Println("unreachable")
}
