// exit: 4
package main

import (
	"fmt"
	"os"
)

// os.Exit from another goroutine ends the whole program at once, with main still blocked.
func main() {
	done := make(chan bool)
	go func() {
		fmt.Println("worker: exiting the process")
		os.Exit(4)
	}()
	<-done
	fmt.Println("main: never reached")
}
