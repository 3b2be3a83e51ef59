// exit: 2
// stderr: fatal error: sync: RUnlock of unlocked RWMutex
package main

import (
	"fmt"
	"sync"
)

func main() {
	defer func() {
		fmt.Println("recovered (wrong):", recover())
	}()
	var rw sync.RWMutex
	rw.RLock()
	rw.RLock()
	rw.RUnlock()
	rw.RUnlock()
	fmt.Println("two readers in and out")
	rw.RUnlock()
	fmt.Println("unreachable")
}
