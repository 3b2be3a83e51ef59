// exit: 3
// env: GOMAXPROCS=1
package main

import (
	"fmt"
	"os"
	"time"
)

// os.Exit ends the process at once, from any goroutine: no deferred call runs
// anywhere, and main's busy loop does not prevent it.
func main() {
	defer fmt.Println("main's deferred call (wrong)")
	go func() {
		defer fmt.Println("goroutine's deferred call (wrong)")
		time.Sleep(20 * time.Millisecond)
		fmt.Println("goroutine calls os.Exit(3)")
		os.Exit(3)
	}()
	fmt.Println("main spins")
	for i := 0; ; i++ {
		if i == -1 {
			break
		}
	}
	fmt.Println("unreachable")
}
