// A value every 10 ms for about 100 ms: the trace tests cut a window out of its trace.
package main

import (
	"fmt"
	"time"
)

func main() {
	ticks := make(chan int)
	go func() {
		for i := 0; i < 10; i++ {
			time.Sleep(10 * time.Millisecond)
			ticks <- i
		}
		close(ticks)
	}()
	sum := 0
	for v := range ticks {
		sum += v
	}
	fmt.Println(sum)
}
