// From ../shared/crashers/sleep_maxint64_wakes_at_once.go (README.md there); expectation checked with Go 1.19.
// fmt.Println rather than println, so that stdout shows the early wake-up too.
package main

import (
	"fmt"
	"time"
)

func main() {
	go func() {
		time.Sleep(1<<63 - 1) // Go: sleeps ~292 years
		fmt.Println("woke up early: wrong")
	}()
	time.Sleep(500 * time.Millisecond)
	fmt.Println("main done")
}
