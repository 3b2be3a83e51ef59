// 02_unbuffered_handshake.go: an unbuffered channel is a meeting point.
//
// `make(chan T)` makes an unbuffered channel. A send `ch <- v` waits until
// another goroutine is ready to receive `<-ch`, and the receive waits for a
// sender. When they meet, the value passes from one to the other and both go
// on. So a send/receive pair is not only a way to pass data: it is also a
// synchronisation point. Everything the sender did before the send has
// happened by the time the receiver has the value.
//
// This program uses two channels as a handshake between main and a "printer"
// goroutine:
//   - main sends a job on `jobs` and then waits on `done`;
//   - the printer receives the job, does it, and sends back on `done`.
//
// What to look for: the lines come out in strict turn-taking order, every
// time, although two goroutines are printing. No sleeps, no locks: the
// channels alone order the steps.
//
// Run it with: gosub run examples/02_unbuffered_handshake.go
package main

import "fmt"

func printer(jobs <-chan string, done chan<- bool) {
	for job := range jobs { // receives until main closes jobs
		fmt.Println("  printer: printing", job)
		done <- true // tell main this job is finished
	}
	fmt.Println("  printer: no more jobs, going home")
	done <- true
}

func main() {
	jobs := make(chan string) // unbuffered: no capacity at all
	done := make(chan bool)
	go printer(jobs, done)

	for _, doc := range []string{"invoice", "letter", "poster"} {
		fmt.Println("main: handing over", doc)
		jobs <- doc // blocks until the printer takes it
		<-done      // blocks until the printer says it is finished
		fmt.Println("main:", doc, "is done")
	}
	close(jobs) // no more values: the printer's range loop ends
	<-done      // wait for the printer to say goodbye
	fmt.Println("main: finished")

	// The simplest handshake of all: a goroutine signals that it has finished.
	// The value is not interesting, only the moment it arrives.
	finished := make(chan struct{})
	go func() {
		fmt.Println("helper: working")
		close(finished) // closing also wakes the receiver
	}()
	<-finished
	fmt.Println("main: helper has finished")
}
