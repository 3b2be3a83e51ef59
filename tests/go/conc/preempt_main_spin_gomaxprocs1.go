// env: GOMAXPROCS=1
package main

import (
	"fmt"
	"sync/atomic"
)

// With one P, a goroutine that spins without calling anything must still be
// preempted so that the goroutine it waits for can run.
func main() {
	var flag int32
	go func() {
		atomic.StoreInt32(&flag, 1)
	}()
	spins := 0
	for atomic.LoadInt32(&flag) == 0 {
		spins++
	}
	fmt.Println("main saw the goroutine's store")

	// Both directions: a goroutine spins until main's store, and main spins
	// until the goroutine's reply.
	var ping, pong int32
	go func() {
		for atomic.LoadInt32(&ping) == 0 {
		}
		atomic.StoreInt32(&pong, 1)
	}()
	x := 0
	for i := 0; i < 1000000; i++ {
		x += i % 3
	}
	atomic.StoreInt32(&ping, 1)
	for atomic.LoadInt32(&pong) == 0 {
	}
	fmt.Println("spin handshake complete, x =", x)
}
