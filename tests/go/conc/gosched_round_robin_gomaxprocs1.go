// env: GOMAXPROCS=1
package main

import (
	"fmt"
	"runtime"
	"sync"
)

// On one P, goroutines that yield with runtime.Gosched after every step take
// turns: none gets far ahead of the others.
func main() {
	fmt.Println("GOMAXPROCS:", runtime.GOMAXPROCS(0))
	const steps = 300
	log := make([]byte, 0, 3*steps) // no lock needed: only one goroutine runs at a time and each yields explicitly
	var wg sync.WaitGroup
	start := make(chan struct{}) // nobody starts before all three exist
	for _, id := range []byte{'A', 'B', 'C'} {
		wg.Add(1)
		go func(id byte) {
			defer wg.Done()
			<-start
			for i := 0; i < steps; i++ {
				log = append(log, id)
				runtime.Gosched()
			}
		}(id)
	}
	close(start)
	wg.Wait()

	longest, run := 0, 0
	for i := range log {
		if i > 0 && log[i] == log[i-1] {
			run++
		} else {
			run = 1
		}
		if run > longest {
			longest = run
		}
	}
	// The moment the first goroutine logs its last step, how far are the others?
	count := map[byte]int{}
	behind := steps
	for _, c := range log {
		count[c]++
		if count[c] == steps {
			for k, v := range count {
				if k != c && v < behind {
					behind = v
				}
			}
			break
		}
	}
	fmt.Println("steps logged:", len(log))
	fmt.Println("longest streak of one goroutine at most 20:", longest <= 20)
	fmt.Println("when the first finished, the other two were within 30 steps:", behind >= steps-30)
}
