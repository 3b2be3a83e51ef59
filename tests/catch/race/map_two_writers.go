// A map written by two goroutines without a lock.
// race: 17 17
package main

import (
	"fmt"
	"sync"
)

func main() {
	seen := make(map[string]int)
	var wg sync.WaitGroup
	for _, w := range []string{"a", "b"} {
		wg.Add(1)
		go func(word string) {
			defer wg.Done()
			seen[word]++
		}(w)
	}
	wg.Wait()
	fmt.Println(len(seen), "words")
}
