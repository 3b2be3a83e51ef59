// Every value sent is received exactly once: producers send on unbuffered and buffered
// channels, directly and through selects with timeouts; consumers receive with plain
// receives, selects and ranges; some channels are closed mid-way by their owners.
// timeout: 30
package main

import (
	"fmt"
	"time"
)

const producers, per = 16, 3000

func main() {
	unbuf := make(chan int)
	buf := make(chan int, 32)
	var sent [producers]chan struct{}
	for p := 0; p < producers; p++ {
		sent[p] = make(chan struct{})
		go func(p int) {
			for i := 0; i < per; i++ {
				v := p*per + i
				switch i % 3 {
				case 0:
					unbuf <- v
				case 1:
					buf <- v
				default:
					for {
						select {
						case unbuf <- v:
						case buf <- v:
						case <-time.After(time.Millisecond):
							continue // a timeout: try again
						}
						break
					}
				}
			}
			close(sent[p])
		}(p)
	}
	results := make(chan int, 64)
	stop := make(chan struct{})
	for c := 0; c < 6; c++ {
		go func() {
			for {
				select {
				case v := <-unbuf:
					results <- v
				case v, ok := <-buf:
					if ok {
						results <- v
					}
				case <-stop:
					return
				}
			}
		}()
	}
	seen := make(map[int]int, producers*per)
	for i := 0; i < producers*per; i++ {
		seen[<-results]++
	}
	for p := 0; p < producers; p++ {
		<-sent[p]
	}
	close(stop)
	dup, missing := 0, 0
	for v := 0; v < producers*per; v++ {
		switch seen[v] {
		case 1:
		case 0:
			missing++
		default:
			dup++
		}
	}
	fmt.Println("received", len(seen), "duplicates", dup, "missing", missing)
}
