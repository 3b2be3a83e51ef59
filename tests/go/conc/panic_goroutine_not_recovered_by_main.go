// exit: 2
// stderr: panic: disk full
// stderr: [running]:
// stderr: created by main.main
package main

import (
	"errors"
	"fmt"
)

// recover only stops a panic in its own goroutine: main's deferred recover
// cannot save the program from a panic in another goroutine.
func main() {
	defer func() {
		fmt.Println("main recovered (wrong):", recover())
	}()
	proceed := make(chan bool)
	go func() {
		<-proceed
		panic(errors.New("disk full")) // an error value prints as its Error() text
	}()
	fmt.Println("main has a deferred recover")
	proceed <- true
	select {}
}
