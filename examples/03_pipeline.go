// 03_pipeline.go: a pipeline of three stages connected by channels.
//
// A pipeline is a chain of goroutines, each reading values from the channel
// before it and writing results to the channel after it:
//
//	generate ──ch──▶ square ──ch──▶ main (prints)
//
// Each stage is an ordinary function that starts a goroutine and returns its
// output channel, so stages plug together like function calls:
// square(generate(1, 2, 3)).
//
// The rules that make it work:
//   - The stage that sends on a channel is the one that closes it, when it
//     has nothing more to send.
//   - The next stage uses `for v := range in`, which ends once the channel is
//     closed and drained. So "end of data" flows down the pipeline by itself.
//
// What to look for: all three stages run at the same time (the generator is
// already producing 3 while main prints the square of 1), yet the values come
// out in order, because each channel delivers values in the order they were
// sent.
//
// Run it with: gosub run examples/03_pipeline.go
package main

import "fmt"

// generate sends each of nums, then closes its channel.
func generate(nums ...int) <-chan int {
	out := make(chan int)
	go func() {
		for _, n := range nums {
			out <- n
		}
		close(out)
	}()
	return out
}

// square receives numbers until its input is closed and sends their squares.
func square(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		for n := range in {
			out <- n * n
		}
		close(out)
	}()
	return out
}

func main() {
	for v := range square(generate(1, 2, 3, 4, 5)) {
		fmt.Println(v)
	}

	// Stages compose: square twice gives fourth powers.
	sum := 0
	for v := range square(square(generate(1, 2, 3, 4, 5))) {
		sum += v
	}
	fmt.Println("sum of fourth powers of 1..5:", sum)
}
