// exit: 2
// stderr: fatal error: all goroutines are asleep - deadlock!
// stderr: goroutine 1 [sync.WaitGroup.Wait]:
// stderr: [sync.Mutex.Lock]:
// stderr: [sync.RWMutex.RLock]:
// stderr: [sync.RWMutex.Lock]:
// go: skip (Go 1.20 named the lock waits and Go 1.24+ the WaitGroup wait; 1.19 prints [semacquire] for all four)
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	var rw sync.RWMutex
	var rw2 sync.RWMutex
	mu.Lock()
	rw.Lock()
	rw2.RLock()
	var wg sync.WaitGroup
	wg.Add(3)
	go func() { defer wg.Done(); mu.Lock() }()
	go func() { defer wg.Done(); rw.RLock() }()
	go func() { defer wg.Done(); rw2.Lock() }()
	fmt.Println("three goroutines wait for locks main holds; main waits for them")
	wg.Wait()
	fmt.Println("unreachable")
}
