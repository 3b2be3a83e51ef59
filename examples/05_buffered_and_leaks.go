// 05_buffered_and_leaks.go: buffered channels, and a goroutine leak.
//
// `make(chan T, n)` makes a channel with room for n values. A send only
// blocks when the buffer is full, a receive only when it is empty. len(ch)
// tells how many values are waiting, cap(ch) the size of the buffer.
//
// Part 2 shows the classic bug buffered channels fix: a goroutine LEAK.
// firstAnswer asks three replicas the same question and returns as soon as
// one answers. With an unbuffered channel the two slower replicas try to
// send their answer to a channel nobody will ever read again: they block
// forever. Nothing crashes, nothing is reported; they just stay there, using
// memory, for the rest of the program. runtime.NumGoroutine() makes them
// visible.
//
// The fix: give the channel room for every answer (capacity 3). The late
// senders drop their answer in the buffer and finish; the garbage collector
// later reclaims the channel.
//
// What to look for: the goroutine count after each version. (A goroutine
// takes a moment to finish after its last statement, so the program polls the
// count briefly instead of reading it once.)
//
// Run it with: gosub run examples/05_buffered_and_leaks.go
package main

import (
	"fmt"
	"runtime"
	"time"
)

// replica computes the answer: every replica gives the same one.
func replica(id int, question int, answers chan<- string) {
	answers <- fmt.Sprintf("%d squared is %d", question, question*question)
}

// firstAnswer returns the first of three answers. capacity is the buffer size
// of the answers channel: 0 leaks two goroutines per call, 3 leaks none.
func firstAnswer(question int, capacity int) string {
	answers := make(chan string, capacity)
	for id := 1; id <= 3; id++ {
		go replica(id, question, answers)
	}
	return <-answers // take the first one, ignore the rest
}

// goroutinesAfterSettling waits until the count falls to want (up to a second),
// then reports it.
func goroutinesAfterSettling(want int) int {
	for i := 0; i < 1000 && runtime.NumGoroutine() > want; i++ {
		time.Sleep(time.Millisecond)
	}
	return runtime.NumGoroutine()
}

func main() {
	// Part 1: a buffer decouples sender and receiver.
	queue := make(chan int, 3)
	fmt.Println("empty:    len", len(queue), "cap", cap(queue))
	queue <- 10 // none of these three sends blocks: there is room
	queue <- 20
	queue <- 30
	fmt.Println("full:     len", len(queue), "cap", cap(queue))
	fmt.Println("received", <-queue, "(first in, first out)")
	fmt.Println("after one receive: len", len(queue))

	// Part 2: the leak.
	fmt.Println("goroutines at start:", runtime.NumGoroutine())
	fmt.Println(firstAnswer(7, 0))
	fmt.Println("after unbuffered call:", goroutinesAfterSettling(3), "(two replicas stuck forever)")
	fmt.Println(firstAnswer(8, 0))
	fmt.Println("after a second call:  ", goroutinesAfterSettling(5), "(the leak grows with every call)")

	// The fix.
	fmt.Println(firstAnswer(9, 3))
	fmt.Println("after buffered call:  ", goroutinesAfterSettling(5), "(no new leak)")
}
