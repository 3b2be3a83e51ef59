// Many goroutines select on channels that other goroutines close; closes wake every
// receiver exactly once, and a closed channel is always ready in a select.
// timeout: 30
package main

import "fmt"

func main() {
	for round := 0; round < 200; round++ {
		chans := make([]chan int, 8)
		for i := range chans {
			chans[i] = make(chan int)
		}
		woke := make(chan int, 64)
		for w := 0; w < 64; w++ {
			go func(w int) {
				a, b := chans[w%8], chans[(w+3)%8]
				select {
				case _, ok := <-a:
					if ok {
						panic("a value on a channel nobody sends on")
					}
				case _, ok := <-b:
					if ok {
						panic("a value on a channel nobody sends on")
					}
				}
				woke <- w
			}(w)
		}
		for _, c := range chans {
			close(c)
		}
		seen := 0
		for i := 0; i < 64; i++ {
			seen |= 1 << (<-woke % 64)
		}
		if seen != -1 {
			fmt.Println("round", round, "missing wake-ups")
			return
		}
	}
	fmt.Println("all rounds woke every goroutine")
}
