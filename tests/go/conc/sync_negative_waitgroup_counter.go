// exit: 2
// stderr: panic: sync: negative WaitGroup counter
// stderr: goroutine 1 [running]:
package main

import (
	"fmt"
	"sync"
)

// A negative WaitGroup counter is an ordinary panic: it can be recovered.
func main() {
	var wg sync.WaitGroup
	func() {
		defer func() {
			fmt.Println("recovered:", recover())
		}()
		wg.Add(1)
		wg.Done()
		wg.Done()
	}()
	var wg2 sync.WaitGroup
	func() {
		defer func() {
			fmt.Println("recovered:", recover())
		}()
		wg2.Add(-3)
	}()
	defer fmt.Println("deferred call runs while panicking")
	var wg3 sync.WaitGroup
	wg3.Add(2)
	wg3.Add(-5)
	fmt.Println("unreachable")
}
