// timeout: 30
// From ../shared/crashers/many_goroutines_parked_in_string.go (README.md there); expectation checked with Go 1.19.
// limits.sh runs it under `ulimit -u 5000`, as the comment below asks.
package main

// 100,000 goroutines each block on a channel inside a String method that fmt calls.
// A goroutine parked inside a nested call keeps its OS thread (vm.c nested_call,
// sched.c rt_park -> sched_block_thread), and a fresh thread takes over its P, so this
// asks for ~100,000 threads. Go: prints "done" in well under a second.
// RUN ONLY UNDER `ulimit -u 5000`: without it gosub exhausts the user's process limit and
// nothing else on the machine can fork.
import (
	"fmt"
	"sync"
)

type T struct{ ch chan int }

func (t T) String() string { return fmt.Sprint(<-t.ch) }

func main() {
	ch := make(chan int)
	var wg sync.WaitGroup
	const N = 100000
	for i := 0; i < N; i++ {
		wg.Add(1)
		go func() { defer wg.Done(); _ = fmt.Sprint(T{ch}) }()
	}
	for i := 0; i < N; i++ {
		ch <- i
	}
	wg.Wait()
	fmt.Println("done")
}
