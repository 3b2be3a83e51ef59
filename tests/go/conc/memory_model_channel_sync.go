package main

import "fmt"

// Each line relies on a happens-before edge the Go memory model gives channels;
// no mutex or atomic is used for the plain variables.
func main() {
	// A send happens before the matching receive completes.
	var msg string
	c := make(chan bool)
	go func() {
		msg = "written before the send"
		c <- true
	}()
	<-c
	fmt.Println("1:", msg)

	// A close happens before a receive that returns because of it.
	var n int
	done := make(chan struct{})
	go func() {
		n = 42
		close(done)
	}()
	<-done
	fmt.Println("2:", n)

	// On an unbuffered channel, the receive happens before the send completes.
	var fromReceiver string
	u := make(chan int)
	go func() {
		fromReceiver = "written before the receive"
		<-u
	}()
	u <- 1
	fmt.Println("3:", fromReceiver)

	// The kth receive on a channel of capacity C happens before the (k+C)th send
	// completes: a buffered channel used as a lock.
	lock := make(chan struct{}, 1)
	counter := 0
	finished := make(chan bool)
	for g := 0; g < 8; g++ {
		go func() {
			for i := 0; i < 1000; i++ {
				lock <- struct{}{}
				counter++
				<-lock
			}
			finished <- true
		}()
	}
	for g := 0; g < 8; g++ {
		<-finished
	}
	fmt.Println("4:", counter)
}
