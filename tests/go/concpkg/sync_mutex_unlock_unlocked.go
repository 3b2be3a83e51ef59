// exit: 2
// stderr: fatal error: sync: unlock of unlocked mutex
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	defer func() {
		// a fatal error is not a panic: nothing recovers it, deferred calls do not run
		fmt.Println("recovered (wrong):", recover())
	}()
	mu.Lock()
	mu.Unlock()
	fmt.Println("unlocking again")
	mu.Unlock()
	fmt.Println("unreachable")
}
