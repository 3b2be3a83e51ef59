// A deferred call of a native that parks and runs again when woken (sync.Mutex.Lock on a
// locked mutex) completes before the function returns, and nothing else runs twice; the
// same for a Lock deferred in a goroutine whose other deferred calls run after it, and for
// one run by a panic (which goes on unwinding once the Lock is done).
package main

import (
	"fmt"
	"sync"
	"time"
)

var mu sync.Mutex

func lockOnReturn(name string) {
	defer fmt.Println(name, "returned with the lock")
	defer mu.Lock()
	fmt.Println(name, "running")
}

func main() {
	mu.Lock()
	go func() {
		time.Sleep(20 * time.Millisecond)
		fmt.Println("unlocking")
		mu.Unlock()
	}()
	lockOnReturn("f")
	fmt.Println("after f")

	done := make(chan bool)
	go func() {
		defer close(done)
		lockOnReturn("g")
	}()
	time.Sleep(20 * time.Millisecond)
	fmt.Println("unlocking again")
	mu.Unlock()
	<-done

	go func() {
		time.Sleep(20 * time.Millisecond)
		fmt.Println("unlocking for the panic")
		mu.Unlock()
	}()
	lockWhilePanicking()
	fmt.Println("done")
}

func lockWhilePanicking() {
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	defer mu.Lock()
	panic("boom")
}
