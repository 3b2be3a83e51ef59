// 04_directional_channels.go: channel types that can only send or only receive.
//
// A channel value `chan T` can both send and receive. In a function signature
// you can promise to use only one end of it:
//
//	chan<- T   send-only: the function may send (and close), never receive
//	<-chan T   receive-only: the function may receive, never send or close
//
// (Read the arrow as the direction data flows relative to `chan`.)
//
// A `chan T` converts to either direction automatically when you pass it, so
// callers do not have to do anything special. The gain is that the compiler
// now checks the data flow: a consumer that tries `in <- 1` on a `<-chan int`
// does not compile. Signatures also document who owns the channel: the one
// holding the send end is the one that closes it.
//
// What to look for: the types printed by %T, and a producer / consumer pair
// whose roles are visible in their signatures alone.
//
// Run it with: gosub run examples/04_directional_channels.go
package main

import "fmt"

// produce owns the send end: it sends, then closes.
func produce(out chan<- string, words []string) {
	for _, w := range words {
		out <- w
	}
	close(out) // closing is a send-side operation, allowed on chan<-
}

// consume owns the receive end, and reports on a send-only result channel.
func consume(in <-chan string, total chan<- int) {
	letters := 0
	for w := range in {
		fmt.Println("consumed:", w)
		letters += len(w)
	}
	total <- letters
	// in <- "x"  would not compile: cannot send to receive-only channel in
}

// counter returns only the receive end: callers cannot send into it or close it.
func counter(n int) <-chan int {
	ch := make(chan int)
	go func() {
		defer close(ch)
		for i := 1; i <= n; i++ {
			ch <- i
		}
	}()
	return ch
}

func main() {
	words := make(chan string) // bidirectional
	total := make(chan int)
	go produce(words, []string{"send", "only", "receive", "only"})
	go consume(words, total)
	fmt.Println("letters consumed:", <-total)

	c := counter(3)
	for v := range c {
		fmt.Println("count", v)
	}

	var both chan int = make(chan int, 1)
	var sendEnd chan<- int = both // implicit conversion: same channel, fewer rights
	var recvEnd <-chan int = both
	sendEnd <- 42
	fmt.Println("sent through one end, received at the other:", <-recvEnd)
	fmt.Printf("types: %T, %T, %T\n", both, sendEnd, recvEnd)
}
