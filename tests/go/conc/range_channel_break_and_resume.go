package main

import "fmt"

func main() {
	ch := make(chan int, 10)
	for i := 1; i <= 10; i++ {
		ch <- i
	}
	close(ch)

	// Leaving a range loop early leaves the rest in the channel.
	for v := range ch {
		fmt.Println("first loop got", v)
		if v == 3 {
			break
		}
	}
	fmt.Println("left in the channel:", len(ch))

	// A second loop resumes where the first one stopped.
	sum := 0
	for v := range ch {
		if v%2 == 0 {
			continue
		}
		sum += v
	}
	fmt.Println("odd values of the rest sum to", sum)

	// A third loop over the drained, closed channel runs zero times.
	n := 0
	for range ch {
		n++
	}
	fmt.Println("third loop iterations:", n)

	// The range expression is evaluated once: reassigning the variable inside
	// the loop does not change which channel is being ranged over.
	a := make(chan string, 3)
	b := make(chan string, 3)
	a <- "a1"
	a <- "a2"
	b <- "b1"
	close(a)
	close(b)
	c := a
	for s := range c {
		fmt.Println("range over the original channel:", s)
		c = b
	}
	fmt.Println("b still holds", len(b))

	// A receive-only view ranged inside a goroutine ends at close too.
	results := make(chan int)
	src := make(chan int)
	go func(in <-chan int) {
		total := 0
		for v := range in {
			total += v
		}
		results <- total
	}(src)
	for i := 1; i <= 100; i++ {
		src <- i
	}
	close(src)
	fmt.Println("goroutine's total:", <-results)
}
