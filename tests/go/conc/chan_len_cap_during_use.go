package main

import (
	"fmt"
	"runtime"
)

// waitLen yields until len(ch) == want; a blocked sender refills the buffer on its own.
func waitLen(ch chan int, want int) int {
	for i := 0; i < 1000000 && len(ch) != want; i++ {
		runtime.Gosched()
	}
	return len(ch)
}

func main() {
	ch := make(chan int, 3)
	go func() {
		for i := 1; i <= 5; i++ {
			ch <- i // the fourth send blocks until main makes room
		}
		close(ch)
	}()
	fmt.Println("filled by the sender: len", waitLen(ch, 3), "cap", cap(ch))
	fmt.Println("recv", <-ch)
	fmt.Println("a blocked sender refills the slot: len", waitLen(ch, 3))
	fmt.Println("recv", <-ch)
	// Only value 5 is left to send, then close: the buffer ends with 3, 4, 5.
	fmt.Println("len", waitLen(ch, 3))
	v, ok := <-ch
	fmt.Println("recv", v, ok, "len", len(ch))

	// After close, len still counts the buffered values and cap never changes.
	c := make(chan string, 4)
	c <- "a"
	c <- "b"
	close(c)
	fmt.Println("closed: len", len(c), "cap", cap(c))
	s, ok := <-c
	fmt.Println("recv", s, ok, "len", len(c))
	s, ok = <-c
	fmt.Println("recv", s, ok, "len", len(c))
	s, ok = <-c
	fmt.Printf("recv %q %v len %d cap %d\n", s, ok, len(c), cap(c))

	// len and cap through directional views of the same channel.
	b := make(chan bool, 2)
	var in chan<- bool = b
	var out <-chan bool = b
	in <- true
	fmt.Println("views: len", len(in), len(out), "cap", cap(in), cap(out))

	// A range over the first channel gets exactly the rest.
	rest := 0
	for v := range ch {
		rest += v
	}
	fmt.Println("rest of the first channel sums to", rest)
}
