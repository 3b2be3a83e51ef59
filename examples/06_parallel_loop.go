// 06_parallel_loop.go: run the iterations of a loop in parallel, keep the order.
//
// A loop whose iterations do not depend on each other can run every iteration
// in its own goroutine. The question is how to get the results back in the
// right order, since the goroutines finish in any order. Two common ways:
//
//  1. Preallocate the result slice and let goroutine i write only results[i].
//     Different goroutines write different elements, so no lock is needed;
//     a WaitGroup tells when all are written.
//  2. Send (index, value) pairs on a channel and let the receiver put each
//     value in its place. The receiver knows how many to expect.
//
// What to look for: both versions print the results in input order, although
// the work was done concurrently. Go's `go` statement takes the loop variables
// as arguments, so each goroutine works on its own i and word.
//
// Run it with: gosub run examples/06_parallel_loop.go
package main

import (
	"fmt"
	"strings"
	"sync"
)

// score is the "expensive" function we want to apply to every element.
func score(word string) int {
	s := 0
	for _, r := range strings.ToLower(word) {
		if r >= 'a' && r <= 'z' {
			s += int(r-'a') + 1
		}
	}
	return s
}

type indexed struct {
	i     int
	score int
}

func main() {
	words := []string{"Go", "channel", "select", "goroutine", "mutex", "context"}

	// Way 1: each goroutine owns one slot of the result slice.
	scores := make([]int, len(words))
	var wg sync.WaitGroup
	for i, w := range words {
		wg.Add(1)
		go func(i int, w string) {
			defer wg.Done()
			scores[i] = score(w)
		}(i, w)
	}
	wg.Wait()
	for i, w := range words {
		fmt.Printf("%-10s %3d\n", w, scores[i])
	}

	// Way 2: results come back over a channel, tagged with their index.
	results := make(chan indexed)
	for i, w := range words {
		go func(i int, w string) {
			results <- indexed{i, score(w) * 2}
		}(i, w)
	}
	doubled := make([]int, len(words))
	for range words { // exactly one result per word
		r := <-results
		doubled[r.i] = r.score
	}
	fmt.Println("doubled, in input order:", doubled)
}
