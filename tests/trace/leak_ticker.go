// A leak: a ticker that is never stopped keeps its goroutine's range loop alive for ever.
package main

import (
	"fmt"
	"time"
)

func main() {
	ticker := time.NewTicker(time.Millisecond)
	n := 0
	done := make(chan bool)
	go func() {
		for range ticker.C {
			n++
		}
		done <- true
	}()
	time.Sleep(5 * time.Millisecond)
	fmt.Println("done, but the ticker was never stopped")
}
