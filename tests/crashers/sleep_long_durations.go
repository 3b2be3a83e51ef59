// Sleeps and timers as long as a Duration goes do not fire early (beside
// sleep_maxint64_wakes_at_once.go): the deadline saturates instead of wrapping around.
package main

import (
	"fmt"
	"math"
	"time"
)

func main() {
	fired := make(chan string, 8)
	for _, d := range []time.Duration{math.MaxInt64, math.MaxInt64 - 1, 1 << 62, 1<<63 - 1e9} {
		d := d
		go func() {
			time.Sleep(d)
			fired <- fmt.Sprint("sleep ", d)
		}()
	}
	after := time.After(math.MaxInt64)
	timer := time.NewTimer(math.MaxInt64 - 5)
	select {
	case s := <-fired:
		fmt.Println("woke early:", s)
	case <-after:
		fmt.Println("After fired early")
	case <-timer.C:
		fmt.Println("Timer fired early")
	case <-time.After(300 * time.Millisecond):
		fmt.Println("none fired")
	}
	fmt.Println(timer.Stop())
}
