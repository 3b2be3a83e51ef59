package main

import (
	"fmt"
	"runtime"
	"sync"
)

func deep(n int, log *[]string) {
	if n == 0 {
		runtime.Goexit() // ends the whole goroutine, not just this call
	}
	defer func() { *log = append(*log, fmt.Sprint("deferred in deep ", n)) }()
	deep(n-1, log)
	*log = append(*log, "after recursion (wrong)")
}

func main() {
	var wg sync.WaitGroup
	var log []string
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer func() {
			// Goexit is not a panic: recover returns nil and does not stop it.
			log = append(log, fmt.Sprint("recover during Goexit: ", recover()))
		}()
		deep(3, &log)
		log = append(log, "after deep (wrong)")
	}()
	wg.Wait()
	for _, l := range log {
		fmt.Println(l)
	}

	// Goexit in one goroutine leaves the others running.
	results := make(chan string, 2)
	go func() {
		defer func() { results <- "quitter's deferred send" }()
		runtime.Goexit()
	}()
	go func() { results <- "other goroutine unaffected" }()
	got := []string{<-results, <-results}
	if got[0] > got[1] {
		got[0], got[1] = got[1], got[0]
	}
	fmt.Println(got)
}
