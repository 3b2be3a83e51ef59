package main

import "fmt"

func main() {
	// The same channel in two receive cases: both are ready, both get chosen.
	c := make(chan int)
	close(c)
	first, second := 0, 0
	for i := 0; i < 2000; i++ {
		select {
		case <-c:
			first++
		case <-c:
			second++
		}
	}
	fmt.Println("total:", first+second, "each case chosen at least 600 times:", first >= 600 && second >= 600)

	// Two send cases on one channel with different values: each value gets through.
	b := make(chan string, 2000)
	for i := 0; i < 2000; i++ {
		select {
		case b <- "left":
		case b <- "right":
		}
	}
	close(b)
	counts := map[string]int{}
	for s := range b {
		counts[s]++
	}
	fmt.Println("values seen:", len(counts), "total:", counts["left"]+counts["right"],
		"both frequent:", counts["left"] >= 600 && counts["right"] >= 600)

	// Duplicate cases with a late sender: each value is received exactly once.
	u := make(chan int)
	go func() {
		for i := 1; i <= 100; i++ {
			u <- i
		}
		close(u)
	}()
	sum, n := 0, 0
	for done := false; !done; {
		select {
		case v, ok := <-u:
			if !ok {
				done = true
			}
			sum += v
			n++
		case v, ok := <-u:
			if !ok {
				done = true
			}
			sum += v
			n++
		}
	}
	fmt.Println("late sender: received", n-1, "values, sum", sum)
}
