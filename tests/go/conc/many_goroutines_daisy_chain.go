package main

import "fmt"

// A chain of 20,000 goroutines, each adding one to what its left neighbour
// passes on; the value travels the whole chain (after Rob Pike's "whispers").
func whisper(left chan<- int, right <-chan int) {
	left <- 1 + <-right
}

func main() {
	const n = 20000
	leftmost := make(chan int)
	right := leftmost
	left := leftmost
	for i := 0; i < n; i++ {
		right = make(chan int)
		go whisper(left, right)
		left = right
	}
	go func(c chan<- int) { c <- 1 }(right)
	fmt.Println("value after", n, "links:", <-leftmost)

	// Again, passing the chain several times in a row.
	total := 0
	for round := 0; round < 3; round++ {
		first := make(chan int)
		l := first
		for i := 0; i < n; i++ {
			r := make(chan int)
			go whisper(l, r)
			l = r
		}
		go func(c chan<- int, v int) { c <- v }(l, round)
		total += <-first
	}
	fmt.Println("three more chains:", total)
}
