// A leak: a goroutine waits for a reply that nobody sends. With an argument, main waits for
// it too, and the program deadlocks instead.
package main

import (
	"fmt"
	"os"
)

func main() {
	replies := make(chan string)
	go func() {
		r := <-replies
		fmt.Println("got", r)
	}()
	fmt.Println("asked; the reply is never sent")
	if len(os.Args) > 1 {
		<-replies
	}
}
