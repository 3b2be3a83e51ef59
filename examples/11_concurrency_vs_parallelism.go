// 11_concurrency_vs_parallelism.go: the same work on one core and on all cores.
//
// Concurrency is about structure: the program is written as several
// independent activities (goroutines). Parallelism is about execution: several
// of them actually running at the same instant, on different cores.
//
// runtime.GOMAXPROCS(n) sets how many goroutines may run Go code at the same
// instant. With 1, the goroutines are still concurrent (they all make
// progress, taking turns on one core) but nothing runs in parallel. With
// runtime.NumCPU() (the default), CPU-bound goroutines can run side by side.
//
// The program counts the primes below 200,000 by splitting the range into
// eight chunks, one goroutine each, first with GOMAXPROCS(1) and then with all
// cores. The answer is the same either way: that is the point of a correct
// concurrent program. Only the time changes (on a machine with several cores
// the second run is faster). Times vary from run to run, so they are written
// to stderr, and stdout shows only facts that never change.
//
// Run it with: gosub run examples/11_concurrency_vs_parallelism.go
package main

import (
	"fmt"
	"os"
	"runtime"
	"sync"
	"time"
)

func isPrime(n int) bool {
	if n < 2 {
		return false
	}
	for d := 2; d*d <= n; d++ {
		if n%d == 0 {
			return false
		}
	}
	return true
}

// countPrimes counts primes in [0, limit) with one goroutine per chunk.
func countPrimes(limit, chunks int) int {
	counts := make([]int, chunks)
	var wg sync.WaitGroup
	size := limit / chunks
	for c := 0; c < chunks; c++ {
		wg.Add(1)
		go func(c int) {
			defer wg.Done()
			for n := c * size; n < (c+1)*size; n++ {
				if isPrime(n) {
					counts[c]++
				}
			}
		}(c)
	}
	wg.Wait()
	total := 0
	for _, n := range counts {
		total += n
	}
	return total
}

func timed(label string, procs int) int {
	previous := runtime.GOMAXPROCS(procs)
	defer runtime.GOMAXPROCS(previous)
	start := time.Now()
	n := countPrimes(200000, 8)
	fmt.Fprintf(os.Stderr, "%s (GOMAXPROCS=%d): %v\n", label, procs, time.Since(start).Round(time.Millisecond))
	return n
}

func main() {
	initial := runtime.GOMAXPROCS(0) // reading it: an argument below 1 changes nothing
	one := timed("one core", 1)
	all := timed("all cores", runtime.NumCPU())
	fmt.Println("primes below 200000 on one core:  ", one)
	fmt.Println("primes below 200000 on all cores: ", all)
	fmt.Println("same answer:", one == all)
	fmt.Println("GOMAXPROCS restored afterwards:", runtime.GOMAXPROCS(0) == initial)
}
