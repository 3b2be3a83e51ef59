// exit: -2
package main

import (
	"fmt"
	"os"
	"time"
)

// A program that never calls Notify dies of SIGINT, like a Go program: no output after it.
func main() {
	fmt.Println("before the interrupt")
	p, _ := os.FindProcess(os.Getpid())
	p.Signal(os.Interrupt)
	time.Sleep(2 * time.Second)
	fmt.Println("not reached")
}
