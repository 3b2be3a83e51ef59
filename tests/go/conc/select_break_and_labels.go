package main

import "fmt"

func main() {
	// break inside a select leaves only the select, not the enclosing loop.
	ch := make(chan int, 5)
	for i := 1; i <= 5; i++ {
		ch <- i
	}
	close(ch)
	iterations, seen := 0, 0
	for i := 0; i < 6; i++ {
		iterations++
		select {
		case v, ok := <-ch:
			if !ok {
				break // leaves the select; the loop goes on
			}
			seen += v
		}
	}
	fmt.Println("iterations:", iterations, "sum seen:", seen)

	// A labelled break leaves the loop from inside the select.
	data := make(chan int, 10)
	for i := 0; i < 10; i++ {
		data <- i
	}
	count := 0
loop:
	for {
		select {
		case v := <-data:
			if v == 6 {
				break loop
			}
			count++
		}
	}
	fmt.Println("stopped at 6 after", count, "values; left:", len(data))

	// continue inside a select continues the loop.
	odd := 0
	for len(data) > 0 {
		select {
		case v := <-data:
			if v%2 == 0 {
				continue
			}
			odd++
		}
	}
	fmt.Println("odd values in the rest:", odd)

	// A select can be the target of a labelled break inside a nested loop.
	c := make(chan int, 1)
	c <- 3
	found := -1
	select {
	case n := <-c:
	search:
		for i := 0; i < 10; i++ {
			for j := 0; j < 10; j++ {
				if i*j == n*4 {
					found = i*10 + j
					break search
				}
			}
		}
	}
	fmt.Println("found:", found)
}
