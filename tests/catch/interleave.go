// Three goroutines log their steps into one channel: the order of the log is the schedule's,
// so different seeds of --sched=random give different logs, and one seed always the same.
package main

import (
	"fmt"
	"sync"
)

func main() {
	log := make(chan string, 30)
	var wg sync.WaitGroup
	for _, name := range []string{"a", "b", "c"} {
		wg.Add(1)
		go func(name string) {
			defer wg.Done()
			for i := 0; i < 4; i++ {
				log <- fmt.Sprint(name, i)
			}
		}(name)
	}
	wg.Wait()
	close(log)
	for s := range log {
		fmt.Print(s, " ")
	}
	fmt.Println()
}
