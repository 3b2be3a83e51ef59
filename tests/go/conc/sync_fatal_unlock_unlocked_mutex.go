// exit: 2
// stderr: fatal error: sync: unlock of unlocked mutex
package main

import (
	"fmt"
	"sync"
)

// Unlocking an unlocked mutex is a fatal error, not a panic: recover cannot
// stop it and deferred calls do not run.
func main() {
	defer func() {
		fmt.Println("recovered (wrong):", recover())
	}()
	var mu sync.Mutex
	mu.Lock()
	mu.Unlock()
	fmt.Println("locked and unlocked once")
	mu.Unlock()
	fmt.Println("unreachable")
}
