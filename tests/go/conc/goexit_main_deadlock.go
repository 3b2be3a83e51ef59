// exit: 2
// stderr: fatal error: no goroutines (main called runtime.Goexit) - deadlock!
// stderr: exit status 2
package main

import (
	"fmt"
	"runtime"
)

// After main calls runtime.Goexit the program keeps running its other
// goroutines; when none is left, Go reports it as a deadlock.
func main() {
	release := make(chan struct{})
	finished := make(chan struct{})
	go func() {
		<-release
		fmt.Println("worker runs after main's Goexit")
		close(finished)
	}()
	go func() {
		<-finished
		fmt.Println("second worker runs last")
	}()
	defer close(release)
	defer fmt.Println("main's deferred calls run")
	runtime.Goexit()
	fmt.Println("unreachable")
}
