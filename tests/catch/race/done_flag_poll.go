// A plain boolean used as a "done" signal: the waiter polls it while the worker sets it.
// race: 15 17
package main

import (
	"fmt"
	"time"
)

var done bool

func main() {
	go func() {
		time.Sleep(time.Millisecond)
		done = true
	}()
	for !done {
		time.Sleep(time.Millisecond)
	}
	fmt.Println("done")
}
