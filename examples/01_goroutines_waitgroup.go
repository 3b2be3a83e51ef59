// 01_goroutines_waitgroup.go: start goroutines, then wait for all of them.
//
// A goroutine is a function call that runs on its own, alongside the code that
// started it: `go f(x)` returns at once, and f runs "in the background". They
// are cheap (you can have hundreds of thousands) and the runtime spreads them
// over all your CPU cores.
//
// The catch: when main returns, the program ends, finished goroutines or not.
// So main needs a way to wait. sync.WaitGroup is a counter for exactly that:
//
//	wg.Add(n)   before starting n goroutines
//	wg.Done()   at the end of each one (usually with defer)
//	wg.Wait()   blocks until the counter is back to zero
//
// What to look for:
//   - Goroutines run in no fixed order, so each one writes its result into its
//     own slot of a slice, and main prints the slice only after wg.Wait().
//     The printed output is therefore always the same.
//   - The loop passes i to the goroutine as an argument: every goroutine gets
//     its own copy, taken when the go statement runs.
//
// Run it with: gosub run examples/01_goroutines_waitgroup.go
package main

import (
	"fmt"
	"sync"
)

// collatzSteps counts the steps the Collatz sequence takes from n down to 1:
// a small computation, so each goroutine has some real work to do.
func collatzSteps(n int) int {
	steps := 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	return steps
}

func main() {
	numbers := []int{6, 7, 27, 97, 871, 6171}
	steps := make([]int, len(numbers)) // one slot per goroutine: no two share a slot

	var wg sync.WaitGroup
	for i := range numbers {
		wg.Add(1) // count the goroutine before starting it, never inside it
		go func(i int) {
			defer wg.Done() // runs however the function returns
			steps[i] = collatzSteps(numbers[i])
		}(i)
	}
	fmt.Println("started", len(numbers), "goroutines; waiting...")
	wg.Wait() // after this line every goroutine has called Done

	for i, n := range numbers {
		fmt.Printf("%5d reaches 1 in %3d steps\n", n, steps[i])
	}
}
