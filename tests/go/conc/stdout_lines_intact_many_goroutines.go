// output: sorted
package main

import (
	"fmt"
	"strings"
	"sync"
)

// Each fmt.Println is written whole: lines from 40 goroutines interleave in
// any order, but no line is torn apart or mixed with another.
func main() {
	var wg sync.WaitGroup
	for g := 0; g < 40; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 25; i++ {
				fmt.Println(fmt.Sprintf("g%02d line%02d", g, i), strings.Repeat("=", 60+g))
			}
		}(g)
	}
	wg.Wait()
	fmt.Printf("done: %d lines\n", 40*25)
}
