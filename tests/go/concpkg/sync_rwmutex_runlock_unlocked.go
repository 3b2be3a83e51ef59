// exit: 2
// stderr: fatal error: sync: RUnlock of unlocked RWMutex
package main

import (
	"fmt"
	"sync"
)

func main() {
	var rw sync.RWMutex
	rw.RLock()
	rw.RUnlock()
	fmt.Println("one RUnlock too many")
	rw.RUnlock()
	fmt.Println("unreachable")
}
